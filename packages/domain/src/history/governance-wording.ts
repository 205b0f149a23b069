import type { AuditEntryFacts, AuditRecordFacts, DescribedAuditEntry } from './history.types.js';
import { formatAuditDay, isEmpty } from './audit-values.js';

// The history's words for the operating rhythm: forums, their meetings, decisions and action items.

export type GovernanceRecordType = 'forum' | 'meeting' | 'meeting_decision' | 'action_item' | 'webhook';

/** Fields the sentence says already, or that are bookkeeping (the subject's kind and id: the decision log names it). */
export const GOVERNANCE_HIDDEN_FIELDS: readonly string[] = ['forumId', 'meetingId', 'occursOn', 'moved', 'subjectKind', 'subjectId'];

/** A forum by its name, a meeting by its forum and day ("Business review of Mar 3, 2026"), a decision or an action by its wording. */
export function governanceRecordLabel(recordType: GovernanceRecordType, facts: AuditRecordFacts, own: (field: string) => string | null): string {
  switch (recordType) {
    case 'forum':
      return facts.name ?? own('name') ?? 'a removed forum';
    case 'webhook':
      return facts.name ?? own('name') ?? 'a removed webhook';
    case 'meeting': {
      const day = facts.day ?? own('occursOn');
      return `${facts.name ?? 'a removed forum'}${day ? ` of ${formatAuditDay(day)}` : ''}`;
    }
    case 'meeting_decision':
    case 'action_item':
      return facts.name ?? own('title') ?? `a removed ${recordType === 'action_item' ? 'action item' : 'decision'}`;
  }
}

type Said = (action: string, subject: string | null, suffix?: string | null, details?: string[]) => DescribedAuditEntry;

const ACTION_STATUS_VERBS: Record<string, string> = { done: 'completed the action item', dropped: 'dropped the action item', open: 'reopened the action item' };

/** "cancelled the meeting Pipeline review of Mar 30, 2026", "completed the action item Fix routing". */
export function describeGovernanceEntry(recordType: GovernanceRecordType, entry: AuditEntryFacts, label: string, lines: string[], said: Said): DescribedAuditEntry {
  const change = (field: string) => entry.changes.find((candidate) => candidate.field === field);
  const verb = (noun: string) => (entry.operation === 'insert' ? `set up the ${noun}` : entry.operation === 'delete' ? `removed the ${noun}` : `changed the ${noun}`);
  switch (recordType) {
    case 'forum':
      return said(verb('forum'), label);
    case 'webhook': {
      const active = change('active');
      if (entry.operation === 'update' && active && entry.changes.length === 1) return said(active.to ? 'switched on the webhook' : 'switched off the webhook', label, null, []);
      return said(verb('webhook'), label);
    }
    case 'meeting': {
      if (entry.operation !== 'update') return said(entry.operation === 'insert' ? 'prepared the meeting' : 'removed the meeting', label, null, entry.operation === 'insert' ? [] : lines);
      const cancelled = change('cancelledReason');
      if (cancelled) return said(isEmpty(cancelled.to) ? 'reinstated the meeting' : 'cancelled the meeting', label);
      if (change('endedAt')) return said('ended the meeting', label, null, []);
      if (change('startedAt')) return said('started the meeting', label, null, []);
      if (change('startsAt')) return said('moved the meeting', label);
      return said('updated the minutes of', label);
    }
    case 'meeting_decision':
      return said(entry.operation === 'insert' ? 'recorded the decision' : verb('decision'), label);
    case 'action_item': {
      if (entry.operation === 'insert') return said('handed out the action item', label);
      const status = change('status');
      const onlyStatus = status && entry.changes.length === 1;
      if (onlyStatus && typeof status.to === 'string' && ACTION_STATUS_VERBS[status.to]) return said(ACTION_STATUS_VERBS[status.to] ?? '', label, null, []);
      return said(verb('action item'), label);
    }
  }
}
