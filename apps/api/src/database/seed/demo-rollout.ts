import { computeBaseline, DEFAULT_READINESS_CHECKLIST, DEFAULT_READINESS_WEIGHTS, isoWeekStart, shiftDays, type WaveUnitStage } from '@rollout/domain';
import { And, In, LessThan, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { AssessmentBaselineEntity } from '../../modules/assessment-inventory/assessment-baseline.entity.js';
import { DecisionEntity } from '../../modules/decisions/decision.entity.js';
import { MeasurementEntity } from '../../modules/measurements/measurement.entity.js';
import { PilotEntity } from '../../modules/pilots/pilot.entity.js';
import { SuccessMetricEntity } from '../../modules/pilots/success-metric.entity.js';
import { RolloutPlanEntity } from '../../modules/waves/rollout-plan.entity.js';
import { RolloutWaveEntity } from '../../modules/waves/rollout-wave.entity.js';
import { WaveUnitMoveEntity } from '../../modules/waves/wave-unit-move.entity.js';
import { WaveUnitEntity } from '../../modules/waves/wave-unit.entity.js';
import { DEMO_PILOTS } from './demo-pilots.js';
import type { Story } from './story-clock.js';

/** A moment relative to the week the demo is loaded: weeks from this week's Monday, then days from that Monday, at a UTC time. */
type When = { week: number; day: number; time: string };
type DemoMove = { to: WaveUnitStage; on: When; by: string; reason?: string; override?: boolean };
/** Readiness as reported once: the checklist ticked in order up to `done`. */
type DemoReadiness = { on: When; by: string; done: number; peopleInScope: number; peopleTrained: number; sponsorName: string };
type DemoWaveUnit = {
  code: string;
  readiness?: DemoReadiness;
  /** In order, from not started. */
  moves: DemoMove[];
  /** Weekly values on the scaled pilot's metrics (by catalog key), one per week from the wave's start. */
  values?: { by: string; series: Record<string, number[]> };
};
type DemoWave = { name: string; startWeek: number; weeks: number; units: DemoWaveUnit[] };

const priya = 'priya.shah@northwind.example';
const daniel = 'daniel.kim@northwind.example';
const marco = 'marco.rossi@northwind.example';
const lena = 'lena.fischer@northwind.example';

/** The DACH pilot: the one decided, 3 days after its end (week -4, Wednesday). */
const SCALED_PILOT = DEMO_PILOTS.find((pilot) => pilot.decision)?.name;
// The plan and its waves are made the day after that gate.
const PLANNED: When = { week: -4, day: 3, time: '10:00' };

/**
 * The data-quality audit of the units to roll out to (data readiness), and for the units with no
 * values on the pilot's metrics yet, those metrics' figures: their own baselines in the wave.
 */
const AUDIT: Record<string, Record<string, number>> = {
  'EMEA-NORD': { crm_data_completeness: 91, duplicate_record_rate: 2.5 },
  'EMEA-FRB': { crm_data_completeness: 66, duplicate_record_rate: 8.5 },
  'NA-CA': { crm_data_completeness: 84, duplicate_record_rate: 3.5, lead_response_time: 19.5, forecast_accuracy: 76, win_rate: 25.5 },
  'APAC-ANZ': { crm_data_completeness: 72, duplicate_record_rate: 5, lead_response_time: 22.2, forecast_accuracy: 71, win_rate: 22.5 },
  'APAC-JP': { crm_data_completeness: 61, duplicate_record_rate: 11, lead_response_time: 26, forecast_accuracy: 68, win_rate: 19 },
};
const AUDIT_SOURCES: Record<string, string> = {
  crm_data_completeness: 'Salesforce field audit before the roll-out',
  duplicate_record_rate: 'Duplicate account report',
  lead_response_time: 'Lead-to-first-touch report, last 8 weeks',
  forecast_accuracy: 'Forecast vs. booked, last 4 quarters',
  win_rate: 'Closed won / closed, last 4 quarters',
};

/**
 * Wave 1 went live in the Nordics the Monday after the plan and has met both primary metrics every
 * week since: the four weeks from the wave's start to this week are the four adoption asks (adopted).
 * France & Benelux went live a week later before it was ready (no sponsor, so no briefing on the
 * pilot's lessons): response time barely moved (the figures it reports as a comparison unit of wave 0)
 * and win rate fell through the guardrail this week, which pauses the wave. Wave 2 starts after the
 * holidays and is preparing. The Nordics' and France & Benelux's own baselines come from their values
 * as comparison units of the DACH pilot (response ≈ 16.5 h and 17.3 h, forecast accuracy ≈ 74.3 % and
 * 73.2 %, win rate ≈ 25 % and 23 %).
 */
const DEMO_WAVES: DemoWave[] = [
  {
    name: 'Wave 1',
    startWeek: -3,
    weeks: 5,
    units: [
      {
        code: 'EMEA-NORD',
        readiness: { on: { week: -4, day: 4, time: '11:00' }, by: marco, done: 5, peopleInScope: 42, peopleTrained: 40, sponsorName: 'Johan Lindqvist, VP Sales Nordics' },
        moves: [
          { to: 'preparing', on: { week: -4, day: 3, time: '14:00' }, by: marco },
          { to: 'ready', on: { week: -4, day: 4, time: '11:30' }, by: marco },
          { to: 'live', on: { week: -3, day: 0, time: '08:30' }, by: daniel },
          { to: 'adopted', on: { week: 0, day: 4, time: '17:30' }, by: daniel, reason: 'Both primary metrics at the Nordics’ own targets four weeks running; win rate steady.' },
        ],
        values: { by: marco, series: { lead_response_time: [6.0, 5.7, 5.4, 5.2], forecast_accuracy: [88.0, 88.6, 89.1, 89.5], win_rate: [25.1, 25.4, 25.2, 25.6] } },
      },
      {
        code: 'EMEA-FRB',
        readiness: { on: { week: -3, day: 4, time: '16:00' }, by: marco, done: 4, peopleInScope: 68, peopleTrained: 51, sponsorName: '' },
        moves: [
          { to: 'preparing', on: { week: -4, day: 3, time: '14:10' }, by: marco },
          {
            to: 'live',
            on: { week: -2, day: 0, time: '08:30' },
            by: daniel,
            override: true,
            reason: 'The Q4 pipeline push cannot wait for a sponsor; the briefing on the pilot’s lessons follows once one is named.',
          },
        ],
        values: { by: marco, series: { lead_response_time: [18.1, 17.8, 17.5, 17.3], forecast_accuracy: [73.5, 74.6, 75.2, 75.9], win_rate: [23.1, 22.3, 21.5, 20.4] } },
      },
    ],
  },
  {
    name: 'Wave 2',
    startWeek: 5,
    weeks: 6,
    units: [
      {
        code: 'NA-CA',
        readiness: { on: { week: -1, day: 1, time: '10:15' }, by: lena, done: 2, peopleInScope: 24, peopleTrained: 9, sponsorName: 'Maya Chen, VP Sales Canada' },
        moves: [{ to: 'preparing', on: { week: -1, day: 1, time: '10:00' }, by: lena }],
      },
      {
        code: 'APAC-ANZ',
        readiness: { on: { week: -1, day: 3, time: '09:15' }, by: daniel, done: 1, peopleInScope: 36, peopleTrained: 0, sponsorName: '' },
        moves: [{ to: 'preparing', on: { week: -1, day: 3, time: '09:00' }, by: daniel }],
      },
      { code: 'APAC-JP', moves: [] },
    ],
  },
];

type Lookup = (key: string) => string;
type Ids = { orgId: string; programId: () => string; unit: Lookup; user: Lookup; today: string };

/**
 * The roll-out of the program whose DACH pilot was decided scale, as story events written as the
 * roll-out's service writes them: the plan, its waves with each unit's checklist and own baselines,
 * readiness reports, every stage move with who and why, and the wave units' weekly values. Dated
 * relative to the day the demo is loaded, as the pilots are.
 */
export function storyOfDemoRollout(story: Story, em: EntityManager, ids: Ids): void {
  const { orgId, programId, unit, user, today } = ids;
  const thisWeek = isoWeekStart(today);
  const day = (when: When) => shiftDays(thisWeek, when.week * 7 + when.day);
  const at = (when: When) => `${day(when)}T${when.time}:00Z`;
  const by = (email: string) => () => user(email);
  let planId = '';
  let pilotId = '';
  let metrics: SuccessMetricEntity[] = [];
  const waveUnitIds = new Map<string, string>();
  const waveUnitId = (code: string) => {
    const id = waveUnitIds.get(code);
    if (!id) throw new Error(`demo roll-out refers to ${code} before its wave`);
    return id;
  };

  story.on(at({ ...PLANNED, time: '09:00' }), by(priya), async (when) => {
    // The hub audited the units' data the day of the gate.
    const measuredOn = shiftDays(day(PLANNED), -1);
    for (const [code, figures] of Object.entries(AUDIT)) {
      for (const [catalogKey, value] of Object.entries(figures)) {
        const dataSource = AUDIT_SOURCES[catalogKey] ?? '';
        await em.insert(AssessmentBaselineEntity, { orgId, programId: programId(), catalogKey, unitId: unit(code), value, measuredOn, dataSource, createdAt: when, updatedAt: when });
      }
    }
  });

  story.on(at(PLANNED), by(priya), async (when) => {
    const pilot = await em.findOneBy(PilotEntity, { programId: programId(), name: SCALED_PILOT ?? '' });
    // As the service refuses a plan from a pilot whose latest gate decision is not scale, so does the demo.
    const decision = pilot && (await em.findOne(DecisionEntity, { where: { pilotId: pilot.id }, order: { decidedAt: 'DESC' } }));
    if (!pilot || decision?.decision !== 'scale') throw new Error('The demo roll-out is planned from a pilot decided scale before it.');
    pilotId = pilot.id;
    metrics = await em.find(SuccessMetricEntity, { where: { pilotId }, order: { createdAt: 'ASC' } });
    const plan = await em.save(em.create(RolloutPlanEntity, { orgId, programId: programId(), pilotId, readinessWeights: DEFAULT_READINESS_WEIGHTS, createdAt: when, updatedAt: when }));
    planId = plan.id;
  });

  for (const [position, wave] of DEMO_WAVES.entries()) {
    const plannedStart = shiftDays(thisWeek, wave.startWeek * 7);
    // Each wave a minute after the one before, its units a millisecond apart so they keep their order.
    story.on(new Date(Date.parse(at(PLANNED)) + (position + 1) * 60_000), by(priya), async (when) => {
      const plannedEnd = shiftDays(plannedStart, wave.weeks * 7 - 3);
      const saved = await em.save(em.create(RolloutWaveEntity, { orgId, planId, programId: programId(), name: wave.name, plannedStart, plannedEnd, createdAt: when, updatedAt: when }));
      for (const [index, demo] of wave.units.entries()) {
        const createdAt = new Date(when.getTime() + index);
        const row = em.create(WaveUnitEntity, {
          orgId,
          waveId: saved.id,
          planId,
          programId: programId(),
          unitId: unit(demo.code),
          checklist: DEFAULT_READINESS_CHECKLIST.map((label) => ({ label, done: false })),
          baselines: await ownBaselines(em, metrics, programId(), unit(demo.code), plannedStart),
          createdAt,
          updatedAt: createdAt,
        });
        waveUnitIds.set(demo.code, (await em.save(row)).id);
      }
    });
    for (const demo of wave.units) storyOfWaveUnit(demo, plannedStart);
  }

  function storyOfWaveUnit(demo: DemoWaveUnit, plannedStart: string): void {
    const { readiness, values } = demo;
    if (readiness) {
      story.on(at(readiness.on), by(readiness.by), async (when) => {
        const checklist = DEFAULT_READINESS_CHECKLIST.map((label, index) => ({ label, done: index < readiness.done }));
        const { peopleInScope, peopleTrained, sponsorName } = readiness;
        await em.update(WaveUnitEntity, { id: waveUnitId(demo.code) }, { checklist, peopleInScope, peopleTrained, sponsorName, updatedAt: when });
      });
    }
    let fromStage: WaveUnitStage = 'not_started';
    for (const move of demo.moves) {
      const from = fromStage;
      story.on(at(move.on), by(move.by), async (when) => {
        const id = waveUnitId(demo.code);
        await em.update(WaveUnitEntity, { id }, { stage: move.to, blockedFrom: null, updatedAt: when });
        const reason = move.reason ?? '';
        await em.insert(WaveUnitMoveEntity, { orgId, waveUnitId: id, programId: programId(), fromStage: from, toStage: move.to, reason, override: move.override ?? false, movedById: user(move.by), movedAt: when });
      });
      fromStage = move.to;
    }
    if (!values) return;
    // Each week's values dated on its Monday and entered by the partner on its Friday, as the pilots' are.
    for (const [catalogKey, series] of Object.entries(values.series)) {
      series.forEach((value, week) => {
        const date = shiftDays(plannedStart, week * 7);
        story.on(`${shiftDays(date, 4)}T17:00:00Z`, by(values.by), async (when) => {
          const metric = metrics.find((candidate) => candidate.catalogKey === catalogKey);
          if (!metric) throw new Error(`The scaled demo pilot has no ${catalogKey} metric.`);
          await em.insert(MeasurementEntity, {
            orgId,
            metricId: metric.id,
            pilotId,
            programId: programId(),
            unitId: unit(demo.code),
            date,
            value,
            source: 'manual',
            enteredById: user(values.by),
            createdAt: when,
            updatedAt: when,
          });
        });
      });
    }
  }
}

/** A unit's own baseline per metric, as adding it to a wave takes it: its mean in the eight weeks before the wave, else the assessment's figure. */
async function ownBaselines(em: EntityManager, metrics: readonly SuccessMetricEntity[], programId: string, unitId: string, start: string): Promise<Record<string, number | null>> {
  const before = await em.findBy(MeasurementEntity, { metricId: In(metrics.map((metric) => metric.id)), unitId, date: And(MoreThanOrEqual(shiftDays(start, -56)), LessThan(start)) });
  const assessed = await em.findBy(AssessmentBaselineEntity, { programId, unitId });
  return Object.fromEntries(
    metrics.map((metric) => {
      const own = computeBaseline(
        before.filter((row) => row.metricId === metric.id),
        [unitId],
        start,
      );
      return [metric.id, own ?? assessed.find((row) => row.catalogKey === metric.catalogKey)?.value ?? null];
    }),
  );
}
