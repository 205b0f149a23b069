import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  checkCheckInCommentary,
  checkCheckInOpen,
  checkInSchema,
  expectedVersion as expectedVersionField,
  invalidField,
  isStale,
  localDate,
  parseInput,
  shiftDays,
  weekStart as weekStartOf,
  type Actor,
} from '@rollout/domain';
import { DataSource, In, LessThan } from 'typeorm';
import { z } from 'zod';
import { ConflictError } from '../../common/errors/app-error.js';
import { today } from '../../common/time/today.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { ProgramsService } from '../programs/programs.service.js';
import { CheckInEntity } from './check-in.entity.js';
import type { SubmitCheckInInput } from './check-in.input.js';
import type { CheckInModel, OwedCheckInModel, PilotUnitReportModel } from './check-in.model.js';
import { latestCheckIns } from './latest-check-ins.js';
import { loadPilotFor } from './pilot-access.js';
import { groupInKeyOrder, toCheckInModel, toPilotModel } from './pilot.mapper.js';
import type { PilotModel } from './pilot.model.js';
import { PilotsService } from './pilots.service.js';

const submitSchema = checkInSchema.and(z.object({ expectedVersion: expectedVersionField.optional() }));
const owedSchema = z.object({ weekStart: localDate.optional() });

/** Weekly check-ins of pilot units: submitting, staleness, and what each partner owes this week. */
@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pilots: PilotsService,
    private readonly programs: ProgramsService,
  ) {}

  /**
   * Submits (or, for a week already reported, updates) a unit's check-in. Partners may report only
   * units in their scope; the unit must be one of the pilot's; the week may not be in the future.
   */
  async submit(actor: Actor, input: SubmitCheckInInput): Promise<CheckInModel> {
    const values = parseInput(submitSchema, input);
    const { pilotId, unitId, weekStart, expectedVersion, ...report } = values;
    const now = today();
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await loadPilotFor(em, actor, pilotId, 'unit_status.update', { unitId });
      checkCheckInOpen(pilot);
      if (!pilot.unitIds.includes(unitId)) throw invalidField('unitId', 'This unit is not one of the pilot’s units.');
      if (weekStart > weekStartOf(now)) throw invalidField('weekStart', 'You cannot check in for a future week.');
      if (weekStart < weekStartOf(pilot.startDate)) throw invalidField('weekStart', `The pilot starts on ${pilot.startDate}: pick a week from then on.`);
      const previous = await em.findOne(CheckInEntity, { where: { pilotId, unitId, weekStart: LessThan(weekStart) }, order: { weekStart: 'DESC' } });
      checkCheckInCommentary(report, previous);
      const changes = { ...report, submittedById: actor.id, submittedOn: now };
      const existing = await em.findOneBy(CheckInEntity, { pilotId, unitId, weekStart });
      if (existing) {
        // Someone already reported this week: updating it must name the version they saw.
        if (expectedVersion === undefined) throw new ConflictError('Check-in', existing.version, { ...toCheckInModel(existing) });
        const key = { id: existing.id, orgId: actor.orgId, expectedVersion };
        return toCheckInModel(await updateVersioned(em, CheckInEntity, 'Check-in', key, changes));
      }
      const row = em.create(CheckInEntity, { ...changes, orgId: actor.orgId, pilotId, programId: pilot.programId, unitId, weekStart });
      return toCheckInModel(await em.save(row));
    });
  }

  /**
   * The check-ins the actor owes for a week (default this week): every unit of a running pilot
   * they may report on — a partner's scope, the pilots a program manager leads, all for admins.
   */
  async owed(actor: Actor, input: { weekStart?: string | null }): Promise<OwedCheckInModel[]> {
    const week = weekStartOf(parseInput(owedSchema, input).weekStart ?? today());
    if (actor.role === 'executive') return [];
    const scope = actor.role === 'regional_partner' ? actor.scopeUnitIds : null;
    const running = await this.pilots.pilotsWithUnits(actor.orgId, 'running', scope);
    const programIds = [...new Set(running.map((pilot) => pilot.programId))];
    const access = await this.programs.accessByIds(programIds);
    const accessById = new Map(programIds.map((id, i) => [id, access[i] ?? null]));
    const owed = running.flatMap((pilot) =>
      pilot.unitIds
        .filter((unitId) => {
          const program = accessById.get(pilot.programId);
          return program !== null && program !== undefined && can(actor, 'unit_status.update', { program, unitId });
        })
        .map((unitId) => ({ pilot, unitId })),
    );
    if (owed.length === 0) return [];
    const checkIns = await this.dataSource.getRepository(CheckInEntity).find({
      where: { pilotId: In(owed.map(({ pilot }) => pilot.id)), weekStart: LessThan(shiftDays(week, 7)) },
      order: { weekStart: 'DESC' },
    });
    const now = today();
    return owed.map(({ pilot, unitId }) => {
      const mine = checkIns.filter((c) => c.pilotId === pilot.id && c.unitId === unitId);
      const current = mine.find((c) => c.weekStart === week) ?? null;
      const previous = mine.find((c) => c.weekStart < week) ?? null;
      const last = current ?? previous;
      return {
        pilot: toPilotModel(pilot),
        unitId,
        weekStart: week,
        checkIn: current && toCheckInModel(current),
        previousCheckIn: previous && toCheckInModel(previous),
        stale: isStale(last?.submittedOn ?? null, now, pilot.startDate),
      };
    });
  }

  /** DataLoader batch: per pilot, each pilot unit's latest check-in and staleness. */
  async reportsByPilots(pilots: readonly PilotModel[]): Promise<PilotUnitReportModel[][]> {
    const latest = await latestCheckIns(this.dataSource, pilots.map((pilot) => pilot.id));
    const now = today();
    return pilots.map((pilot) =>
      pilot.unitIds.map((unitId) => {
        const last = latest.find((c) => c.pilotId === pilot.id && c.unitId === unitId) ?? null;
        return {
          pilotId: pilot.id,
          unitId,
          lastCheckIn: last && toCheckInModel(last),
          stale: pilot.status === 'running' && isStale(last?.submittedOn ?? null, now, pilot.startDate),
        };
      }),
    );
  }

  /** DataLoader batch: check-ins per pilot, newest week first. */
  async checkInsByPilotIds(pilotIds: readonly string[]): Promise<CheckInModel[][]> {
    const rows = await this.dataSource.getRepository(CheckInEntity).find({ where: { pilotId: In([...pilotIds]) }, order: { weekStart: 'DESC', unitId: 'ASC' } });
    return groupInKeyOrder(pilotIds, rows, (row) => row.pilotId, toCheckInModel);
  }
}
