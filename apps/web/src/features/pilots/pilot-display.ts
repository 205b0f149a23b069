import type { MantineColor } from '@mantine/core';
import { daysBetween, type GateDecision, type MetricDirection, type MetricState, type MetricUnit, type PilotStatus, type PilotTiming, type RagStatus } from '@rollout/domain';

export const PILOT_STATUS_COLORS: Record<PilotStatus, MantineColor> = {
  planned: 'gray',
  running: 'blue',
  in_review: 'violet',
  decided: 'teal',
};

export const METRIC_STATE_COLORS: Record<MetricState, MantineColor> = {
  met: 'green',
  on_track: 'teal',
  at_risk: 'yellow',
  off_track: 'red',
  not_enough_data: 'gray',
};

export const RAG_STATUS_COLORS: Record<RagStatus, MantineColor> = {
  green: 'green',
  amber: 'orange',
  red: 'red',
};

export const GATE_DECISION_COLORS: Record<GateDecision, MantineColor> = {
  scale: 'green',
  extend: 'blue',
  adjust: 'orange',
  stop: 'red',
};

export const METRIC_DIRECTION_LABELS: Record<MetricDirection, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
};

/** The label of the button that moves a pilot to `next`; the decided step is the gate review. */
export const NEXT_STATUS_ACTIONS: Partial<Record<PilotStatus, string>> = {
  running: 'Start pilot',
  in_review: 'Move to review',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Week 3 of 4", "Starts in 5 days", "Ended 2 days ago" (4 weeks). */
export function describeTiming(timing: PilotTiming): string {
  switch (timing.kind) {
    case 'upcoming':
      return timing.daysToStart === 1 ? `Starts tomorrow · ${plural(timing.weeks, 'week')}` : `Starts in ${timing.daysToStart} days · ${plural(timing.weeks, 'week')}`;
    case 'current':
      return `Week ${timing.week} of ${timing.weeks}`;
    case 'ended':
      return timing.daysSinceEnd === 1 ? `Ended yesterday · ${plural(timing.weeks, 'week')}` : `Ended ${timing.daysSinceEnd} days ago · ${plural(timing.weeks, 'week')}`;
  }
}

/** "No check-in for 12 days" (since the last one, or since the start when there is none). */
export function staleLabel(lastCheckInDate: string | null, startDate: string, today: string): string {
  if (!lastCheckInDate) {
    const days = Math.max(0, daysBetween(startDate, today));
    return `No check-in since the start (${plural(days, 'day')})`;
  }
  return `No check-in for ${plural(Math.max(0, daysBetween(lastCheckInDate, today)), 'day')}`;
}

/** What the confirmation says before a pilot moves to the status, and the notice once it has. */
export const STATUS_CHANGE_COPY: Partial<Record<PilotStatus, { title: string; body: string; done: string }>> = {
  running: {
    title: 'Start the pilot?',
    body: 'Once it runs, its success metrics, units, comparison units and start date are fixed, so the gate decision judges the pilot on what was agreed up front. Pilot units start their weekly check-ins.',
    done: 'Pilot started.',
  },
  in_review: {
    title: 'Move the pilot to review?',
    body: 'The steering committee then reviews the results and records the gate decision: scale, extend, adjust or stop. Units can still submit check-ins while it is in review.',
    done: 'Pilot moved to review.',
  },
};

/** A metric unit's name in forms. */
export const METRIC_UNIT_NAMES: Record<MetricUnit, string> = {
  hours: 'Hours',
  days: 'Days',
  percent: 'Percent',
  currency: 'Money ($)',
  currency_per_day: 'Money per day ($/day)',
  count: 'Count',
};

/** How a number input shows the metric's unit. */
export const METRIC_UNIT_AFFIXES: Record<MetricUnit, { prefix?: string; suffix?: string }> = {
  hours: { suffix: ' h' },
  days: { suffix: ' d' },
  percent: { suffix: '%' },
  currency: { prefix: '$' },
  currency_per_day: { prefix: '$', suffix: '/day' },
  count: {},
};
