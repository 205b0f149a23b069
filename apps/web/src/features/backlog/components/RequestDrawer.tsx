import { Alert, Anchor, Divider, Drawer, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatCalendarDate, formatMonth, SLA_STATE_LABELS, type Framework } from '@rollout/domain';
import { IconRoute } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { NARROW_SCREEN_QUERY } from '../../../shared/components/ResponsiveTable';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { formatDateTime } from '../../../shared/lib/format';
import { RecordHistory } from '../../history/components/RecordHistory';
import { useRequestDetail, type RequestDetail } from '../hooks/useBacklog';
import { ApprovalStep, RequestActions } from './RequestActions';
import { RequestStatusBadge, SlaBadge } from './RequestBadges';
import { ScoreForm } from './ScoreForm';

export interface RequestDrawerProps {
  requestId: string | null;
  framework: Framework;
  onClose: () => void;
  onOpen: (id: string) => void;
}

/** One request: what is asked and for whom, who owns it and why, its rank and why, its service levels, and what its team does next. */
export function RequestDrawer({ requestId, framework, onClose, onOpen }: RequestDrawerProps) {
  const narrow = useMediaQuery(NARROW_SCREEN_QUERY);
  return (
    <Drawer opened={requestId !== null} onClose={onClose} position="right" size={narrow ? '100%' : 'xl'} title={requestId === null ? 'Request' : <DrawerTitle requestId={requestId} />}>
      {/* Read only while open: a closed drawer holds no query for the lists' writes to refetch. */}
      {requestId !== null && <RequestContent requestId={requestId} framework={framework} onOpen={onOpen} />}
    </Drawer>
  );
}

function DrawerTitle({ requestId }: { requestId: string }) {
  const { request } = useRequestDetail(requestId);
  return <Text fw={600}>{request ? `${request.label} · ${request.teamName}` : 'Request'}</Text>;
}

function RequestContent({ requestId, framework, onOpen }: { requestId: string; framework: Framework; onOpen: (id: string) => void }) {
  const { request, error, refetch } = useRequestDetail(requestId);
  if (error && !request) return <QueryErrorAlert error={error} title="Could not load the request" onRetry={() => void refetch()} />;
  if (!request) {
    return (
      <Stack aria-busy="true" aria-label="Loading the request">
        <Skeleton height={28} />
        <Skeleton height={160} />
      </Stack>
    );
  }
  return <RequestView request={request} framework={framework} onOpen={onOpen} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

const OPEN = ['new', 'triaged', 'committed', 'in_progress'];

function RequestView({ request, framework, onOpen }: { request: RequestDetail; framework: Framework; onOpen: (id: string) => void }) {
  const open = OPEN.includes(request.status);
  return (
    <Stack gap="md">
      <Group gap="xs">
        <RequestStatusBadge status={request.status} />
        <SlaBadge sla={request.sla} />
        {request.plannedMonth && <Text size="sm">Planned for {formatMonth(request.plannedMonth)}</Text>}
      </Group>
      <Title order={3} fz="lg">
        {request.problem}
      </Title>
      <Text size="sm" c="dimmed">
        {request.typeName} for {request.unitName} · filed by {request.filedByName}, {formatDateTime(request.filedAt)}
        {request.wishedOn ? ` · wished by ${formatCalendarDate(request.wishedOn)}` : ''}
      </Text>
      {request.impact && <Text size="sm">{request.impact}</Text>}
      {request.mergedIntoId && (
        <Alert variant="light" color="gray">
          Merged as a duplicate into{' '}
          <Anchor component="button" type="button" onClick={() => onOpen(request.mergedIntoId ?? '')}>
            {request.mergedIntoLabel}
          </Anchor>
          , which its requesters now follow.
        </Alert>
      )}
      {request.status === 'declined' && (
        <Alert variant="light" color="gray" title="Declined">
          {request.declineReason}
        </Alert>
      )}
      <Alert variant="light" color="blue" icon={<IconRoute size={18} />} p="xs">
        {request.activityName ? `${request.activityName}. ` : ''}
        {request.ownership}
      </Alert>

      <Section title="Rank">
        <Text size="sm">{request.rankReason ?? (open ? 'Not ranked yet.' : 'Closed requests are not ranked.')}</Text>
        {request.viewerCanTriage && open && <ScoreForm key={`${request.id}:${request.version}`} request={request} framework={framework} />}
      </Section>

      <Section title="Service levels">
        <List size="sm" spacing={2}>
          <List.Item>
            Triage: {SLA_STATE_LABELS[request.sla.triage.state].toLowerCase()}, target {formatCalendarDate(request.sla.triage.dueOn)}
          </List.Item>
          {request.sla.delivery && (
            <List.Item>
              Delivery: {SLA_STATE_LABELS[request.sla.delivery.state].toLowerCase()}, target {formatCalendarDate(request.sla.delivery.dueOn)}
            </List.Item>
          )}
          {open && <List.Item>Open for {request.sla.ageDays === 1 ? '1 day' : `${request.sla.ageDays} days`}</List.Item>}
        </List>
        {request.sla.breach && (
          <Text size="sm" c="red">
            {request.sla.breach}. Forums list it on their next agenda.
          </Text>
        )}
      </Section>

      {request.approval && (
        <Section title="Hub approval">
          <ApprovalStep request={request} />
        </Section>
      )}

      {request.viewerCanTriage && (
        <Section title="Next step">
          <RequestActions key={`${request.id}:${request.version}`} request={request} />
        </Section>
      )}

      <Section title={request.requesters.length === 1 ? 'Requester' : `${request.requesters.length} requesters`}>
        <List size="sm" spacing={2}>
          {request.requesters.map((requester) => (
            <List.Item key={requester.userId}>
              {requester.name}, for {requester.unitName}
            </List.Item>
          ))}
        </List>
      </Section>
      <Divider />
      <RecordHistory recordType="request" recordId={request.id} title="History" initialCount={5} />
    </Stack>
  );
}
