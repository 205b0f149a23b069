import { Badge, Tooltip } from '@mantine/core';
import { REQUEST_STATUS_LABELS, SLA_STATE_LABELS, formatCalendarDate, type RequestStatus, type SlaState } from '@rollout/domain';
import type { RequestRow } from '../hooks/useBacklog';

const STATUS_COLORS: Record<RequestStatus, string> = {
  new: 'yellow',
  triaged: 'blue',
  committed: 'violet',
  in_progress: 'indigo',
  delivered: 'green',
  declined: 'gray',
  merged: 'gray',
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {REQUEST_STATUS_LABELS[status]}
    </Badge>
  );
}

const SLA_COLORS: Record<SlaState, string> = { on_track: 'gray', due_soon: 'yellow', breached: 'red', met: 'green', missed: 'orange' };

/** The service level to read first: a breach, else the step still running (triage, then delivery); with its day in a tooltip. */
export function SlaBadge({ sla }: { sla: RequestRow['sla'] }) {
  const step = sla.triage.state === 'breached' || sla.triage.state === 'on_track' || sla.triage.state === 'due_soon' ? { name: 'Triage', ...sla.triage } : sla.delivery ? { name: 'Delivery', ...sla.delivery } : null;
  if (!step) return null;
  // Short enough for one line in the list; the tooltip says which step and when.
  const label = step.state === 'breached' ? `${step.name} late` : step.state === 'due_soon' ? `${step.name} due soon` : SLA_STATE_LABELS[step.state];
  return (
    <Tooltip label={sla.breach ?? `${step.name} due ${formatCalendarDate(step.dueOn)}`} withArrow multiline maw={320}>
      <Badge color={SLA_COLORS[step.state]} variant={step.state === 'breached' ? 'filled' : 'light'} tabIndex={0}>
        {label}
      </Badge>
    </Tooltip>
  );
}
