import { DESIGN_SHIFT_LABELS, type DesignShiftKind } from './current-vs-target.js';
import { GUIDANCE_VERDICT_LABELS, HEADCOUNT_CHECK_LABELS, type GuidanceVerdict, type HeadcountCheckKind } from './headcount.js';
import { PLACEMENT_LABELS, type Placement } from './placement.js';
import { countOf, namedList } from './wording.js';

// The target model summary the steering committee signs: what is still open in the design, and
// the same page as a workbook (one sheet per part).

/** What the open risks are read from: the placement board, current vs target, the RACI and the headcount review. */
export interface OpenRisksInput {
  flags: readonly { sentence: string }[];
  unplacedCount: number;
  gapsOpen: readonly { sentence: string }[];
  raci: { final: boolean; errors: readonly { domainName: string; sentence: string }[]; warnings: readonly { sentence: string; acknowledged: boolean }[] };
  headcountChecks: readonly { verdict: GuidanceVerdict; sentence: string }[];
}

/**
 * What the steering committee should know is still open, in sentences: activities without a place,
 * placements against their dimension, gaps the target leaves open, the RACI's errors and
 * unacknowledged warnings (or that it is still a draft), and each headcount figure outside the
 * guidance or missing. Empty when nothing is open.
 */
export function openDesignRisks(input: OpenRisksInput): string[] {
  const { raci } = input;
  const raciOpen = [...raciErrorRisks(raci.errors), ...raci.warnings.filter((warning) => !warning.acknowledged).map((warning) => warning.sentence)];
  return [
    ...(input.unplacedCount > 0 ? [`${countOf(input.unplacedCount, 'activity has', 'activities have')} no placement yet.`] : []),
    ...input.flags.map((flag) => flag.sentence),
    ...input.gapsOpen.map((gap) => gap.sentence),
    ...raciOpen,
    ...(!raci.final && raciOpen.length === 0 ? ['The RACI is still a draft: mark it final.'] : []),
    ...input.headcountChecks.filter((check) => check.verdict !== 'within').map((check) => check.sentence),
  ];
}

/** Errors named one by one while there are few; past that, counted with the domains they sit in. */
const NAMED_RACI_ERRORS = 3;
function raciErrorRisks(errors: OpenRisksInput['raci']['errors']): string[] {
  if (errors.length <= NAMED_RACI_ERRORS) return errors.map((error) => error.sentence);
  const domains = [...new Set(errors.map((error) => error.domainName))];
  return [`The RACI has ${errors.length} errors in ${countOf(domains.length, 'domain', 'domains')}: ${namedList(domains, NAMED_RACI_ERRORS)}.`];
}

/** Everything the summary shows, as plain values (names and labels, never ids). */
export interface TargetModelSummaryInput {
  programName: string;
  /** The chosen model's label; null while none is chosen. */
  modelLabel: string | null;
  choice: { decidedOn: string; decidedBy: string | null; rationale: string } | null;
  version: { number: number; signedOffOn: string | null; signedOffBy: string | null };
  placements: readonly { capability: string; activity: string; placement: Placement | null; reason: string; flag: string | null }[];
  raci: { headers: readonly string[]; rows: readonly (readonly string[])[] };
  roles: readonly { team: string; title: string; count: number; annualCostPerHead: number; reportsTo: string | null; isManager: boolean }[];
  checks: readonly { team: string; kind: HeadcountCheckKind; verdict: GuidanceVerdict; sentence: string }[];
  total: { heads: number; annualCost: number };
  changes: readonly { kind: DesignShiftKind; sentence: string }[];
  risks: readonly string[];
}

export type SheetCell = string | number;
export interface SummarySheet {
  name: string;
  headers: string[];
  rows: SheetCell[][];
}

/** The summary as sheets: Summary, Placements, RACI, Headcount, Guidance, Changes, Open risks. */
export function targetModelSheets(input: TargetModelSummaryInput): SummarySheet[] {
  const { version, choice } = input;
  const signOff = version.signedOffOn ? `Signed off on ${version.signedOffOn}${version.signedOffBy ? ` by ${version.signedOffBy}` : ''}` : 'Draft, not signed off';
  return [
    {
      name: 'Summary',
      headers: ['Item', 'Value'],
      rows: [
        ['Program', input.programName],
        ['Target model', input.modelLabel ?? 'Not chosen yet'],
        ['Chosen', choice ? `${choice.decidedOn}${choice.decidedBy ? ` by ${choice.decidedBy}` : ''}` : ''],
        ['Why', choice?.rationale ?? ''],
        ['Design version', version.number],
        ['Sign-off', signOff],
        ['Planned people', input.total.heads],
        ['Yearly cost (USD)', input.total.annualCost],
        ['Open risks', input.risks.length],
      ],
    },
    {
      name: 'Placements',
      headers: ['Capability', 'Activity', 'Placement', 'Why', 'Flag'],
      rows: input.placements.map((row) => [row.capability, row.activity, row.placement ? PLACEMENT_LABELS[row.placement] : 'Not placed yet', row.reason, row.flag ?? '']),
    },
    { name: 'RACI', headers: [...input.raci.headers], rows: input.raci.rows.map((row) => [...row]) },
    {
      name: 'Headcount',
      headers: ['Team', 'Role', 'People', 'Cost per person (USD)', 'Yearly cost (USD)', 'Reports to', 'Manages people'],
      rows: input.roles.map((role) => [role.team, role.title, role.count, role.annualCostPerHead, role.count * role.annualCostPerHead, role.reportsTo ?? '', role.isManager ? 'Yes' : 'No']),
    },
    {
      name: 'Guidance',
      headers: ['Team', 'Compares', 'Verdict', 'In words'],
      rows: input.checks.map((check) => [check.team, HEADCOUNT_CHECK_LABELS[check.kind], GUIDANCE_VERDICT_LABELS[check.verdict], check.sentence]),
    },
    { name: 'Changes', headers: ['Change', 'In words'], rows: input.changes.map((change) => [DESIGN_SHIFT_LABELS[change.kind], change.sentence]) },
    { name: 'Open risks', headers: ['Risk'], rows: input.risks.map((risk) => [risk]) },
  ];
}
