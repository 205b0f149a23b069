import { formatMonth } from './months.js';

// Capacity against demand: what each team can do in a month (its planned people × the focus days
// a person gives to backlog work) against the effort of the work committed to that month.

export interface TeamMonthLoad {
  month: string;
  capacityDays: number;
  committedDays: number;
  /** committed ÷ capacity, in percent; null when the team has no capacity. */
  loadPercent: number | null;
  overCommitted: boolean;
}

export interface TeamCapacity {
  teamKey: string;
  teamName: string;
  heads: number;
  months: TeamMonthLoad[];
  /** The over-commitment in one sentence, or how the team stands; always set. */
  sentence: string;
}

export interface CapacityInput {
  teamKey: string;
  teamName: string;
  /** Planned people of the team (the design's headcount). */
  heads: number;
  /** Committed and in-progress work: its planned month and effort. */
  work: readonly { plannedMonth: string; effortDays: number }[];
}

// One formatter: `toLocaleString` with options builds a new one per call.
const FIGURE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const figure = (value: number) => FIGURE.format(value);

/** Each team's load over `months` (first days, in order), with a sentence on its worst month. */
export function teamCapacity(input: CapacityInput, focusDaysPerPersonMonth: number, months: readonly string[]): TeamCapacity {
  const capacityDays = input.heads * focusDaysPerPersonMonth;
  const loads = months.map((month) => {
    const committedDays = input.work.filter((work) => work.plannedMonth === month).reduce((sum, work) => sum + work.effortDays, 0);
    const loadPercent = capacityDays === 0 ? null : Math.round((committedDays / capacityDays) * 100);
    return { month, capacityDays, committedDays, loadPercent, overCommitted: committedDays > capacityDays };
  });
  const over = loads.filter((load) => load.overCommitted);
  const people = `${figure(input.heads)} ${input.heads === 1 ? 'person' : 'people'} × ${figure(focusDaysPerPersonMonth)} days`;
  let sentence: string;
  if (over.length === 0) {
    const peak = loads.reduce<TeamMonthLoad | null>((top, load) => (top === null || load.committedDays > top.committedDays ? load : top), null);
    sentence =
      peak && peak.committedDays > 0
        ? `${input.teamName} is within capacity: its busiest month is ${formatMonth(peak.month)} at ${figure(peak.committedDays)} of ${figure(capacityDays)} person-days (${people}).`
        : `${input.teamName} has no work committed in these months (${figure(capacityDays)} person-days a month: ${people}).`;
  } else if (capacityDays === 0) {
    sentence = `${input.teamName} has work committed but no planned people: plan its headcount in the design, or move the work to a team that has people.`;
  } else {
    const worst = over.reduce((top, load) => (load.committedDays > top.committedDays ? load : top));
    const months = over.length === 1 ? formatMonth(worst.month) : `${over.length} months (worst ${formatMonth(worst.month)})`;
    sentence = `${input.teamName} is over-committed in ${months}: ${figure(worst.committedDays)} person-days of committed work against ${figure(capacityDays)} available (${people}), ${worst.loadPercent}% of capacity; move work to a later month, decline some, or add people.`;
  }
  return { teamKey: input.teamKey, teamName: input.teamName, heads: input.heads, months: loads, sentence };
}
