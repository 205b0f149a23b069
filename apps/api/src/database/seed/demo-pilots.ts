import {
  defaultPilotEndDate,
  evaluatePilotMetrics,
  isoWeekStart,
  recommendGate,
  shiftDays,
  type LessonKind,
  type MetricDirection,
  type MetricUnit,
  type RagStatus,
  type SuccessMetricKind,
} from '@rollout/domain';
import type { EntityManager } from 'typeorm';
import type { Story } from './story-clock.js';
import { ActivityEntity } from '../../modules/assessments/activity.entity.js';
import { CheckInEntity } from '../../modules/check-ins/check-in.entity.js';
import { DecisionEntity } from '../../modules/decisions/decision.entity.js';
import { LessonEntity } from '../../modules/decisions/lesson.entity.js';
import { MeasurementEntity } from '../../modules/measurements/measurement.entity.js';
import { PilotEntity } from '../../modules/pilots/pilot.entity.js';
import { SuccessMetricEntity } from '../../modules/pilots/success-metric.entity.js';


const BASELINE_WEEKS = 6;

type DemoMetric = {
  catalogKey: string;
  name: string;
  unit: MetricUnit;
  direction: MetricDirection;
  kind: SuccessMetricKind;
  /** null: computed from the weeks before the start. */
  baseline: number | null;
  target: number;
  tolerance?: number;
  /** Weekly values per unit code: the BASELINE_WEEKS before the start, then the pilot weeks. */
  values: Record<string, number[]>;
};

type DemoCheckIn = { unit: string; week: number; status: RagStatus; confidence: number; by: string; highlights?: string; blockers?: string; asks?: string; commentary?: string };

type DemoPilot = {
  name: string;
  hypothesis: string;
  /** Monday of the first pilot week, in weeks relative to this week (negative: in the past). */
  startWeek: number;
  units: string[];
  comparison: string[];
  steering: string[];
  /** Names of default catalog activities the pilot changes. */
  activities: string[];
  status: 'running' | 'decided';
  metrics: DemoMetric[];
  checkIns: DemoCheckIn[];
  decision?: { by: string; rationale?: string; lessonsLearned: string; daysAfterEnd: number };
  lessons?: { activity: string; kind: LessonKind; text: string; by: string }[];
};

const priya = 'priya.shah@northwind.example';
const daniel = 'daniel.kim@northwind.example';
const marco = 'marco.rossi@northwind.example';
const lena = 'lena.fischer@northwind.example';
const erin = 'erin.walsh@northwind.example';

export const DEMO_PILOT_PROGRAM = 'Global hub-and-spoke RevOps';

export const DEMO_PILOTS: DemoPilot[] = [
  {
    name: 'DACH hub routing and forecast pilot',
    hypothesis:
      'If the hub owns lead routing and runs one weekly forecast call, DACH answers leads within 8 hours and forecasts within 15 % — without hurting win rate.',
    startWeek: -8,
    units: ['EMEA-DACH'],
    comparison: ['EMEA-FRB', 'EMEA-NORD'],
    steering: [erin, priya],
    activities: ['Lead routing', 'Forecasting framework'],
    status: 'decided',
    metrics: [
      {
        catalogKey: 'lead_response_time',
        name: 'Lead response time',
        unit: 'hours',
        direction: 'lower_is_better',
        kind: 'primary',
        baseline: 18,
        target: 8,
        values: {
          'EMEA-DACH': [18.4, 17.6, 18.9, 17.8, 18.2, 17.5, 13.8, 10.2, 7.6, 6.1],
          'EMEA-FRB': [17.9, 18.3, 17.2, 18.0, 17.7, 18.1, 17.4, 16.9, 16.5, 16.2],
          'EMEA-NORD': [16.8, 17.1, 16.5, 17.3, 16.9, 17.0, 16.6, 16.1, 15.8, 15.5],
        },
      },
      {
        catalogKey: 'forecast_accuracy',
        name: 'Forecast accuracy',
        unit: 'percent',
        direction: 'higher_is_better',
        kind: 'primary',
        baseline: 72,
        target: 85,
        values: {
          'EMEA-DACH': [71.5, 72.8, 71.9, 72.3, 71.6, 72.1, 76.4, 80.2, 84.1, 87.3],
          'EMEA-FRB': [73.1, 72.4, 73.6, 72.9, 73.3, 72.7, 73.4, 72.8, 73.9, 73.2],
          'EMEA-NORD': [74.2, 73.8, 74.6, 74.1, 73.9, 74.4, 74.0, 74.7, 74.3, 74.8],
        },
      },
      {
        catalogKey: 'win_rate',
        name: 'Win rate',
        unit: 'percent',
        direction: 'higher_is_better',
        kind: 'guardrail',
        baseline: 24,
        target: 24,
        tolerance: 2,
        values: {
          'EMEA-DACH': [23.8, 24.3, 24.1, 23.7, 24.2, 23.9, 24.0, 23.6, 24.4, 24.9],
          'EMEA-FRB': [22.9, 23.3, 23.1, 22.8, 23.2, 23.0, 23.1, 22.7, 23.0, 23.4],
          'EMEA-NORD': [25.1, 24.8, 25.3, 25.0, 24.9, 25.2, 25.0, 24.7, 25.1, 25.3],
        },
      },
    ],
    checkIns: [
      { unit: 'EMEA-DACH', week: 0, status: 'green', confidence: 3, by: marco, highlights: 'Routing rules live in Salesforce; SDRs trained.', blockers: 'Two legacy web forms still bypass routing.' },
      { unit: 'EMEA-DACH', week: 1, status: 'green', confidence: 4, by: marco, highlights: 'Web forms fixed; response time down to 10 h.' },
      { unit: 'EMEA-DACH', week: 2, status: 'green', confidence: 4, by: marco, highlights: 'First hub-run forecast call: one number, no spreadsheet merge.' },
      { unit: 'EMEA-DACH', week: 3, status: 'green', confidence: 5, by: marco, highlights: 'Both targets met; win rate steady.', asks: 'Decide on UK&I as the next wave before enablement slots expire.' },
    ],
    decision: {
      by: daniel,
      lessonsLearned: 'Routing wins came from fixing forms first; the hub forecast call needs a regional owner in the room.',
      daysAfterEnd: 3,
    },
    lessons: [
      { activity: 'Lead routing', kind: 'worked', text: 'Auditing every inbound form before go-live removed the leads that bypassed routing.', by: daniel },
      { activity: 'Lead routing', kind: 'change_before_scaling', text: 'Give each region a named routing owner for exceptions; the hub queue alone was too slow for partner leads.', by: marco },
      { activity: 'Forecasting framework', kind: 'did_not_work', text: 'A forecast call run only by the hub lost the deal context; regional sales leads must attend.', by: marco },
    ],
  },
  {
    name: 'UK & Ireland and US East routing wave 0',
    hypothesis: 'The DACH routing model works in a larger English-speaking market and in North America without changes to the hub.',
    startWeek: -2,
    units: ['EMEA-UKI', 'NA-USE'],
    comparison: ['EMEA-FRB', 'APAC-ANZ'],
    steering: [erin, daniel],
    activities: ['Lead routing', 'Data quality'],
    status: 'running',
    metrics: [
      {
        catalogKey: 'lead_response_time',
        name: 'Lead response time',
        unit: 'hours',
        direction: 'lower_is_better',
        kind: 'primary',
        baseline: 20,
        target: 8,
        values: {
          'EMEA-UKI': [20.3, 19.8, 20.6, 19.9, 20.2, 20.1, 17.2, 15.1, 14.0],
          'NA-USE': [21.0, 20.4, 19.7, 20.8, 20.1, 19.6, 18.9, 16.4, 15.2],
          'EMEA-FRB': [17.9, 18.3, 17.2, 18.0, 17.7, 18.1, 17.8, 17.5, 17.3],
          'APAC-ANZ': [22.4, 21.9, 22.8, 22.1, 22.5, 22.0, 22.3, 21.8, 22.1],
        },
      },
      {
        catalogKey: 'crm_data_completeness',
        name: 'CRM data completeness',
        unit: 'percent',
        direction: 'higher_is_better',
        kind: 'primary',
        baseline: null,
        target: 90,
        values: {
          'EMEA-UKI': [70.2, 69.5, 70.8, 70.1, 69.9, 70.4, 69.1, 68.4, 68.9],
          'NA-USE': [71.0, 70.6, 71.3, 70.9, 71.2, 70.7, 70.2, 69.8, 70.1],
          'EMEA-FRB': [66.0, 66.4, 65.8, 66.2, 66.1, 65.9, 66.3, 66.0, 66.2],
          'APAC-ANZ': [72.5, 72.1, 72.8, 72.4, 72.6, 72.3, 72.7, 72.2, 72.5],
        },
      },
      {
        catalogKey: 'sla_adherence',
        name: 'Marketing–sales SLA adherence',
        unit: 'percent',
        direction: 'higher_is_better',
        kind: 'guardrail',
        baseline: 85,
        target: 85,
        tolerance: 3,
        values: {
          'EMEA-UKI': [85.2, 84.7, 85.5, 84.9, 85.1, 85.0, 84.2, 83.6, 84.1],
          'NA-USE': [84.8, 85.3, 84.6, 85.1, 84.9, 85.2, 84.5, 84.0, 83.8],
        },
      },
    ],
    checkIns: [
      { unit: 'EMEA-UKI', week: 0, status: 'green', confidence: 4, by: marco, highlights: 'Routing live for inbound demo requests.' },
      {
        unit: 'EMEA-UKI',
        week: 1,
        status: 'green',
        confidence: 4,
        by: marco,
        highlights: 'Response time falling week on week.',
        blockers: 'Reps skip the new mandatory fields on mobile.',
      },
      {
        unit: 'NA-USE',
        week: 0,
        status: 'red',
        confidence: 3,
        by: lena,
        blockers: 'Territory mapping for named accounts is incomplete.',
        asks: 'Sales ops hours to finish the named-account mapping.',
        commentary: 'Routing works for new logos but named accounts still go to the old queue.',
      },
    ],
  },
];

type Lookup = (key: string) => string;

/** Looks up the program's catalog activities by name as it stands now; the demo names default activities only. */
async function catalogActivities(em: EntityManager, programId: string): Promise<Lookup> {
  const rows = await em.findBy(ActivityEntity, { programId });
  return (name) => {
    const row = rows.find((activity) => activity.name === name);
    if (!row) throw new Error(`The demo activity ${name} is not in the program's catalog.`);
    return row.id;
  };
}

// Story times of a pilot's events: set up two weeks before it starts, check-ins on their day, decided after review.
const at = (day: string, time: string) => `${day}T${time}Z`;

/**
 * The demo pilots of the hub-and-spoke program as story events: set up (metrics, baseline values
 * imported), started, weekly values and check-ins, reviewed, decided with lessons. Dated relative to the
 * day the demo is loaded so "this week", "stale" and "week 3 of 4" read true whenever someone runs it;
 * weekly values are dated on the Monday of their week and recorded on its Friday.
 */
export function storyOfDemoPilots(story: Story, em: EntityManager, ids: { orgId: string; programId: () => string; unit: Lookup; user: Lookup; today: string }): void {
  const { orgId, programId, unit, user, today } = ids;
  const thisWeek = isoWeekStart(today);
  const by = (email: string) => () => user(email);

  for (const demo of DEMO_PILOTS) {
    const startDate = shiftDays(thisWeek, demo.startWeek * 7);
    const endDate = defaultPilotEndDate(startDate);
    const setUpOn = shiftDays(startDate, -14);
    let pilotId = '';
    const metrics: SuccessMetricEntity[] = [];
    story.on(at(setUpOn, '09:00:00'), by(priya), async (when) => {
      const pilot = await em.save(
        PilotEntity,
        em.create(PilotEntity, {
          orgId,
          programId: programId(),
          name: demo.name,
          hypothesis: demo.hypothesis,
          unitIds: demo.units.map(unit),
          comparisonUnitIds: demo.comparison.map(unit),
          startDate,
          endDate,
          steeringMemberIds: demo.steering.map(user),
          activityIds: demo.activities.map(await catalogActivities(em, programId())),
          status: 'planned',
          createdAt: when,
          updatedAt: when,
        }),
      );
      pilotId = pilot.id;
      for (const [position, m] of demo.metrics.entries()) {
        const { values: _values, tolerance, ...fields } = m;
        // Space the metrics by a millisecond so they keep their order.
        const createdAt = new Date(when.getTime() + position);
        const row = em.create(SuccessMetricEntity, { ...fields, tolerance: tolerance ?? null, weight: null, orgId, pilotId, programId: programId(), createdAt, updatedAt: createdAt });
        metrics.push(await em.save(SuccessMetricEntity, row));
      }
    });
    // Values by the day they were recorded: the baseline weeks imported at set-up, each pilot week on its Friday.
    const byRecordedOn = new Map<string, { metric: number; code: string; date: string; value: number }[]>();
    for (const [metric, m] of demo.metrics.entries()) {
      for (const [code, series] of Object.entries(m.values)) {
        series.forEach((value, i) => {
          const date = shiftDays(startDate, (i - BASELINE_WEEKS) * 7);
          const recorded = date < startDate ? at(setUpOn, '10:00:00') : at(shiftDays(date, 4), '17:00:00');
          byRecordedOn.set(recorded, [...(byRecordedOn.get(recorded) ?? []), { metric, code, date, value }]);
        });
      }
    }
    for (const [recorded, values] of byRecordedOn) {
      story.on(recorded, by(priya), async (when) => {
        await em.insert(
          MeasurementEntity,
          values.map((v) => ({
            orgId,
            metricId: metrics[v.metric]?.id ?? '',
            pilotId,
            programId: programId(),
            unitId: unit(v.code),
            date: v.date,
            value: v.value,
            source: 'import' as const,
            enteredById: user(priya),
            createdAt: when,
            updatedAt: when,
          })),
        );
      });
    }
    story.on(at(startDate, '08:00:00'), by(priya), async (when) => {
      await em.update(PilotEntity, { id: pilotId }, { status: 'running', updatedAt: when });
    });
    for (const c of demo.checkIns) {
      const weekStart = shiftDays(startDate, c.week * 7);
      const submittedOn = shiftDays(weekStart, 4);
      story.on(at(submittedOn, '16:00:00'), by(c.by), async (when) => {
        await em.insert(CheckInEntity, {
          orgId,
          pilotId,
          programId: programId(),
          unitId: unit(c.unit),
          weekStart,
          status: c.status,
          confidence: c.confidence,
          highlights: c.highlights ?? '',
          blockers: c.blockers ?? '',
          asksForHelp: c.asks ?? '',
          commentary: c.commentary ?? '',
          submittedById: user(c.by),
          submittedOn,
          createdAt: when,
          updatedAt: when,
        });
      });
    }
    const decision = demo.decision;
    if (demo.status === 'decided' && decision) {
      story.on(at(shiftDays(endDate, 1), '08:00:00'), by(priya), async (when) => {
        await em.update(PilotEntity, { id: pilotId }, { status: 'in_review', updatedAt: when });
      });
      const decidedOn = shiftDays(endDate, decision.daysAfterEnd);
      story.on(at(decidedOn, '15:00:00'), by(decision.by), async (when) => {
        const evaluations = evaluatePilotMetrics({
          metrics,
          measurements: await em.findBy(MeasurementEntity, { pilotId }),
          pilotUnitIds: demo.units.map(unit),
          comparisonUnitIds: demo.comparison.map(unit),
          startDate,
          endDate,
          today: decidedOn,
        });
        const recommendation = recommendGate(evaluations);
        await em.insert(DecisionEntity, {
          orgId,
          pilotId,
          programId: programId(),
          recommendation: recommendation.decision,
          reasons: [recommendation.summary, ...recommendation.reasons],
          decision: recommendation.decision,
          rationale: decision.rationale ?? '',
          lessonsLearned: decision.lessonsLearned,
          decidedById: user(decision.by),
          decidedAt: when,
        });
        await em.update(PilotEntity, { id: pilotId }, { status: 'decided', updatedAt: when });
      });
      for (const lesson of demo.lessons ?? []) {
        story.on(at(decidedOn, '16:00:00'), by(lesson.by), async (when) => {
          const activityId = (await catalogActivities(em, programId()))(lesson.activity);
          await em.insert(LessonEntity, { orgId, pilotId, programId: programId(), activityId, kind: lesson.kind, text: lesson.text, createdById: user(lesson.by), createdAt: when });
        });
      }
    }
  }
}
