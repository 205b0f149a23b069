import { REQUEST_STATUS_LABELS, type RequestStatus } from '../engagement/request.js';
import { describeAuditChange, EMPTY_VALUE, formatAuditValue, isEmpty, UNKNOWN_NAMES } from './audit-values.js';
import type { AuditChange, AuditEntryFacts, AuditNameOf, AuditRecordFacts, DescribedAuditEntry } from './history.types.js';

// The history's words for the RevOps backlog: requests, request types, the backlog's settings.

export type EngagementRecordType = 'request' | 'request_type' | 'backlog_settings';

/** Request fields the sentence says already, or that are bookkeeping. */
const REQUEST_HIDDEN = new Set(['number', 'filedById', 'triagedAt', 'deliveredAt', 'mergedIntoId', 'approvedById', 'approval', 'raisedByDecisionId', 'programId', 'status', 'inboundSecret']);
const SCORE_FIELDS = new Set(['effortDays', 'reach', 'impactScore', 'confidence', 'businessValue', 'timeCriticality', 'riskReduction']);


/** A request by its label and problem ("REQ-3 Pipeline by segment"), a type by its name, the settings by their program. */
export function engagementRecordLabel(recordType: EngagementRecordType, facts: AuditRecordFacts, own: (field: string) => string | null): string {
  switch (recordType) {
    case 'request':
      return facts.name ?? own('problem') ?? 'a removed request';
    case 'request_type':
      return facts.name ?? own('name') ?? 'a removed request type';
    case 'backlog_settings':
      return facts.name ?? UNKNOWN_NAMES.program;
  }
}

const statusLabel = (value: unknown) => REQUEST_STATUS_LABELS[value as RequestStatus] ?? EMPTY_VALUE;

// A request's confidence is a percentage (RICE), not a check-in's score out of five.
function requestLine(change: AuditChange, operation: AuditEntryFacts['operation'], nameOf: AuditNameOf): string {
  if (change.field !== 'confidence') return describeAuditChange(change, operation, nameOf);
  const percent = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? `${value}%` : EMPTY_VALUE);
  if (operation === 'insert') return `Confidence: ${percent(change.to)}`;
  return isEmpty(change.from) ? `set the confidence to ${percent(change.to)}` : `changed the confidence from ${percent(change.from)} to ${percent(change.to)}`;
}

type Said = (action: string, subject: string | null, suffix?: string | null, details?: string[]) => DescribedAuditEntry;

/** "filed the request REQ-3 …", "moved the request REQ-3 … from In the backlog to Committed", "merged REQ-5 … into REQ-3 …". */
export function describeEngagementEntry(recordType: EngagementRecordType, entry: AuditEntryFacts, label: string, lines: string[], nameOf: AuditNameOf, said: Said): DescribedAuditEntry {
  const change = (field: string) => entry.changes.find((candidate) => candidate.field === field);
  const verb = (noun: string) => (entry.operation === 'insert' ? `set up the ${noun}` : entry.operation === 'delete' ? `removed the ${noun}` : `changed the ${noun}`);
  switch (recordType) {
    case 'request_type':
      return said(verb('request type'), label);
    case 'backlog_settings':
      return said(entry.operation === 'insert' ? 'set up the backlog of' : 'changed the backlog settings of', label, null, lines.filter((line) => !line.toLowerCase().includes('inbound')));
    case 'request': {
      // A filed request's label says its problem; fields left empty when it was filed say nothing.
      const own = entry.changes
        .filter((candidate) => !REQUEST_HIDDEN.has(candidate.field) && (entry.operation === 'update' || (candidate.field !== 'problem' && !isEmpty(candidate.to))))
        .map((candidate) => requestLine(candidate, entry.operation, nameOf));
      if (entry.operation !== 'update') return said(entry.operation === 'insert' ? 'filed the request' : 'removed the request', label, null, entry.operation === 'insert' ? own : []);
      const merged = change('mergedIntoId');
      if (merged?.to) return said('merged the request', label, `into ${formatAuditValue('mergedIntoId', merged.to, nameOf)}`, []);
      const approval = change('approval');
      if (approval?.to) return said(approval.to === 'approved' ? 'approved, for the hub, the request' : 'rejected, for the hub, the request', label, null, own);
      if (change('raisedByDecisionId')?.to) return said('raised to the top of its queue, by a forum decision, the request', label, null, []);
      const status = change('status');
      const scored = entry.changes.some((candidate) => SCORE_FIELDS.has(candidate.field));
      if (status?.from === 'new' && status.to === 'triaged' && scored) return said('triaged and scored the request', label, null, own);
      if (status) return said('moved the request', label, `from ${statusLabel(status.from)} to ${statusLabel(status.to)}`, own);
      if (scored) return said('scored the request', label, null, own);
      return said('changed the request', label, null, own);
    }
  }
}
