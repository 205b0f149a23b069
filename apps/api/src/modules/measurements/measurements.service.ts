import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkMeasurementsWritable,
  expectedVersion as expectedVersionField,
  id,
  importDateRange,
  invalidField,
  measurementSchema,
  metricValueProblem,
  parseId,
  parseInput,
  shiftDays,
  waveMeasurementRange,
  type Actor,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { today } from '../../common/time/today.js';
import type { PilotEntity } from '../pilots/pilot.entity.js';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { MeasurementEntity } from './measurement.entity.js';
import { MeasurementsRepository } from './measurements.repository.js';
import type { RecordMeasurementInput } from './measurement.input.js';
import { toMeasurementModel } from './measurement.mapper.js';
import type { MeasurementModel } from './measurement.model.js';
import { loadPilotFor } from '../pilots/pilot-access.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';

/** Most measurements one `measurements` query returns. */
export const MAX_MEASUREMENTS_PAGE = 500;

const recordSchema = measurementSchema.extend({ expectedVersion: expectedVersionField.optional() });
const listSchema = z.object({
  metricId: id,
  unitId: id.optional(),
  first: z.number().int().min(1, `Ask for 1 to ${MAX_MEASUREMENTS_PAGE} values.`).max(MAX_MEASUREMENTS_PAGE, `Ask for 1 to ${MAX_MEASUREMENTS_PAGE} values.`).default(100),
});

/** Success-metric values entered by hand, and reading them back. */
@Injectable()
export class MeasurementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measurements: MeasurementsRepository,
    private readonly pilots: PilotsRepository,
  ) {}

  /**
   * Enters a value, or corrects the value of a day that already has one (which needs the version
   * the user saw: CONFLICT otherwise; the same value again changes nothing and needs none). Who may: the regional partners of the unit, the program's
   * owner and leads, admins. The unit must be a pilot or comparison unit (the day within a year
   * before the start and the end, the pilot not decided) or in a roll-out wave of the pilot (see
   * `writableRange`). The audit trigger keeps the old value.
   */
  async record(actor: Actor, input: RecordMeasurementInput): Promise<MeasurementModel> {
    return writeTransaction(this.dataSource, actor, async (em) => {
      const metricKey = parseId(input.metricId, 'metricId');
      const metric = await this.pilots.findMetric(em, actor.orgId, metricKey);
      if (!metric) throw new NotFoundError('SuccessMetric', metricKey);
      // Permission first: someone who may not record for this unit learns nothing from field errors.
      const pilot = await loadPilotFor(em, actor, metric.pilotId, 'measurement.record', { unitId: parseId(input.unitId, 'unitId') });
      const { metricId, unitId, date, value, expectedVersion } = parseInput(recordSchema, input);
      if (!Number.isFinite(value)) throw invalidField('value', 'Enter a number.');
      const outOfRange = metricValueProblem(metric, value);
      if (outOfRange) throw invalidField('value', outOfRange);
      const { earliestDate, latestDate, period } = await this.writableRange(em, pilot, unitId);
      if (date < earliestDate || date > latestDate) throw invalidField('date', `Pick a day from ${earliestDate} to ${latestDate} (${period}).`);
      const changes = { value, source: 'manual' as const, enteredById: actor.id, importId: null };
      const existing = await this.measurements.find(em, { metricId, unitId, date });
      if (existing) {
        // Re-sending the day's value is idempotent: nothing is written, no version is needed.
        if (existing.value === value) return toMeasurementModel(existing);
        // A correction must name the version the user saw, or it could silently overwrite someone else's.
        if (expectedVersion === undefined) throw new ConflictError('Measurement', existing.version, { ...toMeasurementModel(existing) });
        const key = { id: existing.id, orgId: actor.orgId, expectedVersion };
        return toMeasurementModel(await updateVersioned(em, MeasurementEntity, 'Measurement', key, changes));
      }
      return toMeasurementModel(await this.measurements.insert(em, { ...changes, orgId: actor.orgId, metricId, pilotId: pilot.id, programId: pilot.programId, unitId, date }));
    });
  }

  /**
   * The days a unit's values may have: a pilot or comparison unit's from a year before the pilot's
   * start to its end while the pilot is not decided; a unit in a roll-out wave of the pilot's plan,
   * from a year before its wave to today, the pilot decided or not.
   */
  private async writableRange(em: EntityManager, pilot: PilotEntity, unitId: string): Promise<{ earliestDate: string; latestDate: string; period: string }> {
    // A comparison unit may have joined a wave since: its wave's values go on after the pilot's end,
    // never into the period the pilot was judged on.
    const waveStart = pilot.unitIds.includes(unitId) ? null : await this.pilots.waveStartOf(em, pilot.id, unitId);
    if (waveStart !== null) {
      const range = waveMeasurementRange(waveStart, today());
      if (!pilot.comparisonUnitIds.includes(unitId)) return { ...range, period: 'a year before its wave’s start to today' };
      const afterPilot = shiftDays(pilot.endDate, 1);
      return { earliestDate: afterPilot > range.earliestDate ? afterPilot : range.earliestDate, latestDate: range.latestDate, period: 'after the pilot it was compared in, to today' };
    }
    if (!pilot.unitIds.includes(unitId) && !pilot.comparisonUnitIds.includes(unitId)) {
      throw invalidField('unitId', 'This unit is neither a pilot unit, a comparison unit nor in a roll-out wave of the pilot.');
    }
    checkMeasurementsWritable(pilot);
    return { ...importDateRange(pilot), period: 'a year before the pilot’s start to its end' };
  }

  /** A metric's values, newest day first (then by unit), optionally of one unit; any signed-in user. */
  async list(actor: Actor, input: { metricId: string; unitId?: string | null; first?: number | null }): Promise<MeasurementModel[]> {
    const { metricId, unitId, first } = parseInput(listSchema, input);
    const metric = await this.pilots.findMetric(this.dataSource.manager, actor.orgId, metricId);
    if (!metric) throw new NotFoundError('SuccessMetric', metricId);
    const rows = await this.measurements.list(actor.orgId, { metricId, unitId, first });
    return rows.map(toMeasurementModel);
  }
}
