import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, inboundRequestSchema, invalidField, lookupKey, parseId, parseInput } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { ACTOR_SOURCE, type ActorSource } from '../../common/auth/actor-source.js';
import { verifyWebhookSignature } from '../notifications/webhook-payload.js';
import type { RevopsRequestModel } from './backlog.model.js';
import { BacklogRepository } from './backlog.repository.js';
import { BacklogService } from './backlog.service.js';

/**
 * Requests filed through the inbound webhook: the body must carry a fresh signature made with the
 * program's inbound secret, and the requester it names files it, with their own permissions (a
 * partner only for units in their scope), exactly as in the app.
 */
@Injectable()
export class InboundRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACTOR_SOURCE) private readonly actors: ActorSource,
    private readonly backlog: BacklogRepository,
    private readonly requests: BacklogService,
  ) {}

  async receive(programIdInput: string, body: Buffer | undefined, signature: string | undefined): Promise<RevopsRequestModel> {
    const programId = parseId(programIdInput, 'programId');
    const raw = Buffer.isBuffer(body) ? body.toString('utf8') : '';
    const [settings] = await this.dataSource.query<{ org_id: string; inbound_secret: string | null }[]>(`SELECT org_id, inbound_secret FROM backlog_settings WHERE program_id = $1`, [programId]);
    // One answer for "no such program", "no webhook" and "wrong signature": nothing to probe.
    if (!settings?.inbound_secret || !verifyWebhookSignature(settings.inbound_secret, raw, signature, new Date())) {
      throw new DomainError('UNAUTHENTICATED', 'The signature is missing, wrong or older than five minutes: sign "<t>.<body>" with the backlog’s inbound secret.');
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw invalidField('body', 'Send a JSON object.');
    }
    const inbound = parseInput(inboundRequestSchema, json);
    const [user] = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM app_user WHERE org_id = $1 AND lower(email) = lower($2) AND active`, [settings.org_id, inbound.requesterEmail]);
    const actor = user ? await this.actors.findActiveActor(user.id) : null;
    if (!actor) throw invalidField('requesterEmail', 'No active account has this email address: the requester files with their own account.');
    const records = await this.backlog.recordsOf(this.dataSource.manager, programId);
    const unit = records.units.find((candidate) => lookupKey(candidate.name) === lookupKey(inbound.unit));
    if (!unit) throw invalidField('unit', `No unit of this program is called ${inbound.unit}.`);
    const types = records.types;
    const type = types.find((candidate) => lookupKey(candidate.name) === lookupKey(inbound.type));
    if (!type) throw invalidField('type', `Pick one of: ${types.map((candidate) => candidate.name).join(', ')}.`);
    let activityId: string | null = null;
    if (inbound.activity !== null) {
      const [activity] = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM activity WHERE program_id = $1 AND lower(name) = lower($2)`, [programId, inbound.activity]);
      if (!activity) throw invalidField('activity', `No activity of this program’s catalog is called ${inbound.activity}.`);
      activityId = activity.id;
    }
    return this.requests.file(actor, { programId, typeId: type.id, unitId: unit.id, activityId, problem: inbound.problem, impact: inbound.impact, wishedOn: inbound.wishedOn });
  }
}
