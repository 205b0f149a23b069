import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  checkCheckInCommentary,
  checkCheckInOpen,
  checkCheckInTarget,
  checkInSchema,
  checkWaveCheckInWeek,
  expectedVersion as expectedVersionField,
  isAfterPilotEnd,
  isGateReviewOverdue,
  isSameCheckInReport,
  isStale,
  localDate,
  parseId,
  parseInput,
  shiftDays,
  weekStart as weekStartOf,
  type Actor,
} from '@rollout/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ConflictError } from '../../common/errors/app-error.js';
import { groupInKeyOrder } from '../../common/graphql/loaders.js';
import { groupBy } from '../../common/group-by.js';
import { today } from '../../common/time/today.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { LiveEvents } from '../../common/live/live-events.js';
import { loadPilotFor } from '../pilots/pilot-access.js';
import { toPilotModel } from '../pilots/pilot.mapper.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { CheckInEntity } from './check-in.entity.js';
import type { SubmitCheckInInput } from './check-in.input.js';
import { toCheckInModel } from './check-in.mapper.js';
import type { CheckInModel, OwedCheckInModel, OwedWaveModel, PilotUnitReportModel } from './check-in.model.js';
import type { PilotEntity } from '../pilots/pilot.entity.js';
import { CheckInsRepository } from './check-ins.repository.js';

const submitSchema = checkInSchema.and(z.object({ expectedVersion: expectedVersionField.optional() }));
const owedSchema = z.object({ weekStart: localDate.optional() });

/** Weekly check-ins of pilot units: submitting, staleness, and what each partner owes this week. */
@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checkIns: CheckInsRepository,
    private readonly pilots: PilotsRepository,
    private readonly programs: ProgramsRepository,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Submits (or, for a week already reported, updates) a unit's check-in. Partners may report only
   * units in their scope; the unit must be one of the pilot's or in a roll-out wave of it; the week
   * may not be in the future.
   */
  async submit(actor: Actor, input: SubmitCheckInInput): Promise<CheckInModel> {
    const now = today();
    return writeTransaction(this.dataSource, actor, async (em) => {
      // Permission first: someone who may not report on this unit learns nothing from field errors.
      const pilot = await loadPilotFor(em, actor, parseId(input.pilotId, 'pilotId'), 'check_in.submit', { unitId: parseId(input.unitId, 'unitId') });
      const { pilotId, unitId, weekStart, expectedVersion, ...report } = parseInput(submitSchema, input);
      // A unit of the pilot reports while the pilot runs; a unit in a roll-out wave of it, from its wave's first week on.
      const waveStart = pilot.unitIds.includes(unitId) ? null : await this.pilots.waveStartOf(em, pilotId, unitId);
      if (waveStart === null) {
        checkCheckInOpen(pilot);
        checkCheckInTarget(pilot, { unitId, weekStart }, now);
      } else {
        checkWaveCheckInWeek(waveStart, weekStart, now);
      }
      checkCheckInCommentary(report, await this.checkIns.previous(em, { pilotId, unitId, weekStart }));
      const changes = { ...report, submittedById: actor.id, submittedOn: now };
      const existing = await this.checkIns.forWeek(em, { pilotId, unitId, weekStart });
      if (existing) {
        // Re-sending the same report is idempotent: nothing is written, no version is needed.
        if (isSameCheckInReport(existing, report)) return toCheckInModel(existing);
        // Someone already reported this week: changing it must name the version they saw.
        if (expectedVersion === undefined) throw new ConflictError('Check-in', existing.version, { ...toCheckInModel(existing) });
        const key = { id: existing.id, orgId: actor.orgId, expectedVersion };
        const updated = await updateVersioned(em, CheckInEntity, 'Check-in', key, changes);
        await this.live.publish(em, { type: 'check_in', programId: pilot.programId, pilotId, unitId });
        return toCheckInModel(updated);
      }
      const inserted = await this.checkIns.insert(em, { ...changes, orgId: actor.orgId, pilotId, programId: pilot.programId, unitId, weekStart });
      // Pages showing this pilot refresh: at commit, on every API process.
      await this.live.publish(em, { type: 'check_in', programId: pilot.programId, pilotId, unitId });
      return toCheckInModel(inserted);
    });
  }

  /**
   * The check-ins the actor owes for a week (default this week): every unit of a running pilot
   * they may report on — a partner's scope, the pilots a program manager leads, all for admins —
   * unless the week starts after the pilot's last day (then its gate review is due instead); and
   * every unit rolling out in a wave that has started, on the pilot the wave scales.
   */
  async owed(actor: Actor, input: { weekStart?: string | null }): Promise<OwedCheckInModel[]> {
    const week = weekStartOf(parseInput(owedSchema, input).weekStart ?? today());
    if (actor.role === 'executive') return [];
    const scope = actor.role === 'regional_partner' ? actor.scopeUnitIds : null;
    const running = (await this.pilots.withStatusInUnits(actor.orgId, 'running', scope)).filter((pilot) => !isAfterPilotEnd(week, pilot));
    const inWaves = await this.pilots.reportingWaveUnits(actor.orgId, scope, shiftDays(week, 7));
    const wavePilots = inWaves.length === 0 ? [] : await this.pilots.byIds([...new Set(inWaves.map((row) => row.pilotId))]);
    const programIds = [...new Set([...running, ...wavePilots].map((pilot) => pilot.programId))];
    const access = await this.programs.accessByIds(programIds);
    const accessById = new Map(programIds.map((id, i) => [id, access[i] ?? null]));
    const mayReport = (programId: string, unitId: string) => {
      const program = accessById.get(programId);
      return program !== null && program !== undefined && can(actor, 'check_in.submit', { program, unitId });
    };
    const owed: { pilot: PilotEntity; unitId: string; wave: OwedWaveModel | null }[] = [
      ...running.flatMap((pilot) => pilot.unitIds.filter((unitId) => mayReport(pilot.programId, unitId)).map((unitId) => ({ pilot, unitId, wave: null }))),
      ...inWaves.flatMap((row) => {
        const pilot = wavePilots.find((candidate) => candidate.id === row.pilotId);
        return pilot && mayReport(row.programId, row.unitId) ? [{ pilot, unitId: row.unitId, wave: { id: row.waveId, name: row.waveName, plannedStart: row.waveStart } }] : [];
      }),
    ];
    if (owed.length === 0) return [];
    const checkIns = groupBy(
      await this.checkIns.lastTwoBefore(
        owed.map(({ pilot, unitId }) => ({ pilotId: pilot.id, unitId })),
        shiftDays(week, 7),
      ),
      (checkIn) => `${checkIn.pilotId}/${checkIn.unitId}`,
    );
    const now = today();
    return owed.map(({ pilot, unitId, wave }) => {
      const mine = checkIns.get(`${pilot.id}/${unitId}`) ?? [];
      const current = mine.find((c) => c.weekStart === week) ?? null;
      const previous = mine.find((c) => c.weekStart < week) ?? null;
      const last = current ?? previous;
      return {
        pilot: toPilotModel(pilot),
        unitId,
        weekStart: week,
        checkIn: current && toCheckInModel(current),
        previousCheckIn: previous && toCheckInModel(previous),
        // A wave unit's clock runs from its wave's start, a pilot unit's from the pilot's.
        stale: isStale(last?.submittedOn ?? null, now, wave?.plannedStart ?? pilot.startDate),
        wave,
      };
    });
  }

  /** Per pilot, each pilot unit's latest check-in and staleness (a DataLoader batch). */
  async reportsByPilots(pilots: readonly PilotModel[]): Promise<PilotUnitReportModel[][]> {
    const latestOf = groupInKeyOrder(
      pilots.map((pilot) => pilot.id),
      await this.checkIns.latest(pilots.map((pilot) => pilot.id)),
      (row) => row.pilotId,
      (row) => row,
    );
    const now = today();
    return pilots.map((pilot, i) =>
      pilot.unitIds.map((unitId) => {
        const last = latestOf[i]?.find((c) => c.unitId === unitId) ?? null;
        return { pilotId: pilot.id, unitId, lastCheckIn: last && toCheckInModel(last), stale: owesCheckIn(pilot, last?.submittedOn ?? null, now) };
      }),
    );
  }

  /** Per pilot, the pilot units owing a check-in, as `reportsByPilots` judges them, from each one's last day submitted only. */
  async owingByPilots(pilots: readonly PilotModel[]): Promise<{ pilotId: string; unitId: string }[][]> {
    const lastOf = groupBy(await this.checkIns.lastSubmitted(pilots.map((pilot) => pilot.id)), (row) => `${row.pilotId}/${row.unitId}`);
    const now = today();
    return pilots.map((pilot) =>
      pilot.unitIds.filter((unitId) => owesCheckIn(pilot, lastOf.get(`${pilot.id}/${unitId}`)?.[0]?.submittedOn ?? null, now)).map((unitId) => ({ pilotId: pilot.id, unitId })),
    );
  }
}

/** A pilot unit owes a check-in when its last is stale; past its last day a pilot waits for its gate review: nobody is chased. */
const owesCheckIn = (pilot: PilotModel, lastSubmittedOn: string | null, now: string) =>
  pilot.status === 'running' && !isGateReviewOverdue(pilot, now) && isStale(lastSubmittedOn, now, pilot.startDate);
