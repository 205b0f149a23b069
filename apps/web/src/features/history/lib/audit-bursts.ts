/** What grouping reads of an audit entry. */
export interface BurstKey {
  id: string;
  at: string;
  operation: string;
  recordType: string;
  action: string;
  actor?: { id: string } | null;
  program?: { id: string } | null;
}

/** One line of the log: a single entry, or a burst of like entries written at the same moment. */
export type AuditLine<T> = { kind: 'entry'; entry: T } | { kind: 'burst'; entries: [T, ...T[]] };

/** Fewer like entries than this read better one by one. */
export const MIN_BURST = 3;

const sameMoment = (a: BurstKey, b: BurstKey) =>
  a.at === b.at && a.operation === b.operation && a.recordType === b.recordType && a.action === b.action && a.actor?.id === b.actor?.id && a.program?.id === b.program?.id;

/**
 * Folds runs of like entries (same person, same kind of change to the same kind of record, in the
 * same program, at the same instant: one import, one bulk change) into bursts, so ten imported values
 * take one line of the log instead of ten. Order is kept.
 */
export function foldAuditBursts<T extends BurstKey>(entries: readonly T[]): AuditLine<T>[] {
  const lines: AuditLine<T>[] = [];
  let run: T[] = [];
  const flush = () => {
    const [first, ...rest] = run;
    if (first && run.length >= MIN_BURST) lines.push({ kind: 'burst', entries: [first, ...rest] });
    else lines.push(...run.map((entry): AuditLine<T> => ({ kind: 'entry', entry })));
    run = [];
  };
  for (const entry of entries) {
    const last = run.at(-1);
    if (last && !sameMoment(last, entry)) flush();
    run.push(entry);
  }
  flush();
  return lines;
}
