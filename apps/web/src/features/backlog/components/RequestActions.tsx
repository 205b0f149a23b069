import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { canMoveRequest, formatMonth, monthsFrom, REQUEST_STATUS_LABELS, type RequestStatus } from '@rollout/domain';
import { useState } from 'react';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { todayLocalDate } from '../../../shared/lib/format';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { BacklogQueryDocument, requestRows, useDecideApproval, useMergeRequest, useMoveRequest, type RequestDetail } from '../hooks/useBacklog';

/** What the owning team does next, as buttons: the moves the domain allows from where the request stands. */
const MOVES: { to: RequestStatus; label: string }[] = [
  { to: 'in_progress', label: 'Start' },
  { to: 'delivered', label: 'Mark delivered' },
  { to: 'triaged', label: 'Back to the backlog' },
];

export function RequestActions({ request }: { request: RequestDetail }) {
  const [move, { loading: moving }] = useMoveRequest();
  const months = monthsFrom(todayLocalDate(), 12);
  const [month, setMonth] = useState<string | null>(request.plannedMonth ?? months[0] ?? null);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');

  const go = async (status: RequestStatus, extra: { plannedMonth?: string | null; reason?: string } = {}) => {
    try {
      await move({ variables: { input: { id: request.id, expectedVersion: request.version, status, ...extra } } });
      notifySuccess(`${request.label}: ${REQUEST_STATUS_LABELS[status].toLowerCase()}.`);
      setDeclining(false);
    } catch (moveError) {
      notifyError(moveError, `Could not move ${request.label}`);
    }
  };
  const can = (to: RequestStatus) => canMoveRequest(request.status, to);
  const blockedByApproval = request.approval !== null && request.approval.status !== 'approved';

  return (
    <Stack gap="sm">
      {can('committed') && (
        <Group gap="xs" align="flex-end">
          <Select label="Plan it for" data={months.map((value) => ({ value, label: formatMonth(value) }))} value={month} onChange={setMonth} allowDeselect={false} w={160} size="xs" />
          <Button size="xs" onClick={() => void go('committed', { plannedMonth: month })} loading={moving} disabled={request.score.value === null || blockedByApproval}>
            {request.status === 'committed' ? 'Move to this month' : 'Commit'}
          </Button>
          {request.score.value === null && (
            <Text size="xs" c="dimmed">
              Score it first.
            </Text>
          )}
          {blockedByApproval && (
            <Text size="xs" c="orange">
              Waits for the hub’s approval.
            </Text>
          )}
        </Group>
      )}
      {request.status === 'committed' && (
        <Group gap="xs" align="flex-end">
          <Select label="Move to" data={months.map((value) => ({ value, label: formatMonth(value) }))} value={month} onChange={setMonth} allowDeselect={false} w={160} size="xs" />
          <Button size="xs" variant="default" onClick={() => void go('committed', { plannedMonth: month })} loading={moving} disabled={month === request.plannedMonth}>
            Replan
          </Button>
        </Group>
      )}
      <Group gap="xs">
        {MOVES.filter((entry) => can(entry.to)).map((entry) => (
          <Button key={entry.to} size="xs" variant="default" onClick={() => void go(entry.to)} loading={moving}>
            {request.status === 'declined' && entry.to === 'triaged' ? 'Reopen' : entry.label}
          </Button>
        ))}
        {can('declined') && (
          <Button size="xs" variant="subtle" color="red" onClick={() => setDeclining(true)}>
            Decline
          </Button>
        )}
        {request.status === 'delivered' && (
          <Button size="xs" variant="default" onClick={() => void go('in_progress')} loading={moving}>
            Reopen
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={declining}
        title={`Decline ${request.label}?`}
        confirmLabel="Decline"
        confirmColor="red"
        loading={moving}
        confirmDisabled={reason.trim().length < 3}
        onClose={() => setDeclining(false)}
        onConfirm={() => void go('declined', { reason })}
      >
        <Textarea label="Why" description="The requesters read it in their notification." value={reason} onChange={(event) => setReason(event.currentTarget.value)} autosize minRows={2} maxLength={500} />
      </ConfirmDialog>
      <MergeControl request={request} />
    </Stack>
  );
}

/** Merges this request, as a duplicate, into another open one: its requesters join that one. */
function MergeControl({ request }: { request: RequestDetail }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [intoId, setIntoId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [merge, { loading }] = useMergeRequest();
  const candidates = useQuery(BacklogQueryDocument, {
    variables: { id: request.programId, teamKey: null, state: 'open', search: debounced || null, breachedOnly: false, mine: false, sort: 'newest', after: null },
    skip: !['new', 'triaged', 'committed', 'in_progress'].includes(request.status),
  });
  if (!['new', 'triaged', 'committed', 'in_progress'].includes(request.status)) return null;
  const options = requestRows(candidates.data?.program?.backlog.requests.nodes ?? []).filter((node) => node.id !== request.id).map((node) => ({ value: node.id, label: `${node.label} · ${node.problem}` }));
  const target = options.find((option) => option.value === intoId);
  const submit = async () => {
    try {
      const { data } = await merge({ variables: { input: { id: request.id, expectedVersion: request.version, intoId: intoId ?? '' } } });
      notifySuccess(`${request.label} merged into ${data?.mergeRequest.label ?? 'the request'} (${data?.mergeRequest.requesterCount ?? 0} requesters).`);
      setConfirming(false);
    } catch (mergeError) {
      setConfirming(false);
      notifyError(mergeError, `Could not merge ${request.label}`);
    }
  };
  return (
    <Group gap="xs" align="flex-end">
      <Select label="Duplicate of" placeholder="Search open requests" data={options} value={intoId} onChange={setIntoId} searchable searchValue={search} onSearchChange={setSearch} filter={({ options: all }) => all} nothingFoundMessage="No open request matches" w={300} size="xs" clearable />
      <Button size="xs" variant="default" disabled={!intoId} onClick={() => setConfirming(true)}>
        Merge
      </Button>
      <ConfirmDialog opened={confirming} title={`Merge ${request.label}?`} confirmLabel="Merge" loading={loading} onClose={() => setConfirming(false)} onConfirm={() => void submit()}>
        <Text size="sm">
          {request.label} closes as a duplicate of {target?.label ?? 'the request you picked'}; its requesters follow that one and hear about it.
        </Text>
      </ConfirmDialog>
    </Group>
  );
}

/** The hub's approval step of a spoke request that changes a standard the hub is accountable for. */
export function ApprovalStep({ request }: { request: RequestDetail }) {
  const [note, setNote] = useState('');
  const [decide, { loading }] = useDecideApproval();
  const { approval } = request;
  if (!approval) return null;
  const run = async (approved: boolean) => {
    try {
      await decide({ variables: { input: { id: request.id, expectedVersion: request.version, approved, note } } });
      notifySuccess(approved ? `${request.label} approved.` : `${request.label} rejected.`);
    } catch (decideError) {
      notifyError(decideError, 'Could not record the decision');
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm">
        It changes the <b>{approval.domainName}</b> standard, which the hub is accountable for ({approval.accountableRole}):{' '}
        {approval.status === 'pending' ? 'the hub approves it before it is committed.' : `${approval.status} by ${approval.decidedByName ?? 'the hub'}${approval.note ? `: “${approval.note}”` : '.'}`}
      </Text>
      {request.viewerCanApprove && approval.status === 'pending' && ['new', 'triaged', 'committed', 'in_progress'].includes(request.status) && (
        <Group gap="xs" align="flex-end">
          <Textarea label="Note to the spoke" value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={1} maxLength={500} size="xs" w={280} />
          <Button size="xs" color="green" onClick={() => void run(true)} loading={loading}>
            Approve
          </Button>
          <Button size="xs" variant="default" color="red" onClick={() => void run(false)} loading={loading}>
            Reject
          </Button>
        </Group>
      )}
    </Stack>
  );
}
