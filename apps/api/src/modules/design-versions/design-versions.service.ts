import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkNewVersion, checkSignOff, parseId, parseInput, signOffDesignSchema, startDesignVersionSchema, type Actor } from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { writeTransaction } from '../../database/write-transaction.js';
import { currentDesignVersion } from '../design/design-version-state.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import type { SignOffDesignInput, StartDesignVersionInput } from './design-versions.input.js';
import { blockersOf, liveSnapshot, toDesignVersionsModel } from './design-versions.mapper.js';
import type { DesignVersionsModel } from './design-versions.model.js';
import { DesignVersionsRepository } from './design-versions.repository.js';

/**
 * Sign-off and versions of the target design. Both writes lock the program (the design's writes
 * take the same lock), so what is signed is exactly what the blockers were computed on.
 */
@Injectable()
export class DesignVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: DesignVersionsRepository,
  ) {}

  /** Freezes the current draft with a snapshot of what was signed; refused while a blocker stands. */
  async signOff(actor: Actor, input: SignOffDesignInput): Promise<DesignVersionsModel> {
    return this.write(actor, input.programId, async (em, programId) => {
      const { version, note } = parseInput(signOffDesignSchema, input);
      const { state, row } = await currentDesignVersion(em, programId);
      const records = await this.versions.recordsOf(em, programId);
      checkSignOff(state, version, blockersOf(records));
      const signed = { snapshot: liveSnapshot(records), note, signedOffById: actor.id, signedOffAt: new Date() };
      if (row) await this.versions.update(em, row.id, signed);
      else await this.versions.insert(em, { ...signed, orgId: actor.orgId, programId, number: 1 });
    });
  }

  /** Opens the next version as a draft, starting from the signed-off one. */
  async startVersion(actor: Actor, input: StartDesignVersionInput): Promise<DesignVersionsModel> {
    return this.write(actor, input.programId, async (em, programId) => {
      const { version } = parseInput(startDesignVersionSchema, input);
      const { state } = await currentDesignVersion(em, programId);
      checkNewVersion(state, version);
      await this.versions.insert(em, { orgId: actor.orgId, programId, number: state.version + 1 });
    });
  }

  private async write(actor: Actor, programIdInput: string, change: (em: EntityManager, programId: string) => Promise<void>): Promise<DesignVersionsModel> {
    const programId = parseId(programIdInput, 'programId');
    return writeTransaction(this.dataSource, actor, async (em) => {
      await loadActiveProgramFor(em, actor, programId, 'design.manage');
      await change(em, programId);
      return toDesignVersionsModel(await this.versions.recordsOf(em, programId));
    });
  }
}
