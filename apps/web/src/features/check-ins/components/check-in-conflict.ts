import { RAG_STATUSES, type RagStatus } from '@rollout/domain';
import { conflictCurrent } from '../../../shared/lib/conflict';

/** The parts of a saved check-in the form starts from. */
export interface ExistingCheckIn {
  version: number;
  status: RagStatus;
  confidence: number;
  highlights: string;
  blockers: string;
  asksForHelp: string;
  commentary: string;
}

function isRagStatus(value: unknown): value is RagStatus {
  return typeof value === 'string' && (RAG_STATUSES as readonly string[]).includes(value);
}

/** The other person's check-in from a CONFLICT's `extensions.current`, when it has one. */
export function conflictingCheckIn(error: unknown): ExistingCheckIn | null {
  const value = conflictCurrent(error);
  if (!value || !isRagStatus(value['status']) || typeof value['version'] !== 'number' || typeof value['confidence'] !== 'number') return null;
  const text = (key: string) => (typeof value[key] === 'string' ? value[key] : '');
  return {
    version: value['version'],
    status: value['status'],
    confidence: value['confidence'],
    highlights: text('highlights'),
    blockers: text('blockers'),
    asksForHelp: text('asksForHelp'),
    commentary: text('commentary'),
  };
}
