import { decisionLogTitle, invalidField, type GateDecision, type OperatingModel } from '@rollout/domain';
import type { DecisionLogConnectionModel, DecisionLogEntryModel } from './decision-log.model.js';
import type { DecisionLogRow } from './decisions.repository.js';

/** The largest page of a decision log. */
export const MAX_DECISION_LOG_PAGE = 100;

/** Where a page of the log starts: after the entry decided at `at` with id `id`. */
export interface DecisionLogCursor {
  at: Date;
  id: string;
}

export function encodeDecisionLogCursor(entry: Pick<DecisionLogEntryModel, 'decidedAt' | 'id'>): string {
  return Buffer.from(JSON.stringify([entry.decidedAt.toISOString(), entry.id])).toString('base64url');
}

/** Reads a cursor from `encodeDecisionLogCursor`; anything else is a BAD_USER_INPUT on `after`. */
export function decodeDecisionLogCursor(cursor: string): DecisionLogCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      const at = new Date(parsed[0]);
      if (!Number.isNaN(at.getTime()) && /^[0-9a-f-]{36}$/.test(parsed[1])) return { at, id: parsed[1] };
    }
  } catch {
    // fall through to the typed error below
  }
  throw invalidField('after', 'This page cursor is not valid; reload the list.');
}

/** Checks a page size against the limit. */
export function checkDecisionLogPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_DECISION_LOG_PAGE) throw invalidField('first', `Ask for 1 to ${MAX_DECISION_LOG_PAGE} decisions.`);
  return first;
}

export function toDecisionLogEntry(row: DecisionLogRow): DecisionLogEntryModel {
  const common = { id: row.id, kind: row.kind, rationale: row.rationale, decidedAt: new Date(row.decided_at), decidedById: row.decided_by_id };
  if (row.kind === 'gate_decision') {
    const title = decisionLogTitle({ kind: 'gate_decision', decision: row.outcome as GateDecision, pilotName: row.pilot_name ?? 'a pilot' });
    return { ...common, title, pilotId: row.pilot_id, model: null };
  }
  if (row.kind === 'forum_decision') return { ...common, title: decisionLogTitle({ kind: 'forum_decision', title: row.outcome }), pilotId: row.pilot_id, model: null };
  if (row.kind === 'design_sign_off') return { ...common, title: decisionLogTitle({ kind: 'design_sign_off', version: Number(row.outcome) }), pilotId: null, model: null };
  const model = row.outcome as OperatingModel;
  return { ...common, title: decisionLogTitle({ kind: 'model_choice', model }), pilotId: null, model };
}

/** One program's page from rows fetched with one extra row to tell whether more follow. */
export function toDecisionLogPage(rows: readonly DecisionLogRow[], first: number): DecisionLogConnectionModel {
  const nodes = rows.slice(0, first).map(toDecisionLogEntry);
  const last = nodes.at(-1);
  return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeDecisionLogCursor(last) : null } };
}
