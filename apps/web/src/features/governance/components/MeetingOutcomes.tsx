import { Button, Card, Checkbox, Grid, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { minutesClosedReason, SUBJECT_KIND_LABELS, type SubjectKind } from '@rollout/domain';
import { useState, type ReactNode } from 'react';
import { IconPlus } from '@tabler/icons-react';
import { graphql } from '../../../gql';
import type { MeetingViewFragment as MeetingView } from '../../../gql/graphql';
import { FormFooter } from '../../../shared/components/FormFooter';
import { formatDateTime, todayLocalDate } from '../../../shared/lib/format';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useAddActionItem, useRecordDecision } from '../hooks/useGovernance';
import { ActionItemsList } from './ActionItemsList';

const SubjectOptionsQuery = graphql(`
  query MeetingSubjectOptions($id: ID!) {
    program(id: $id) {
      id
      pilots {
        id
        name
      }
      rolloutPlan {
        id
        waves {
          id
          name
        }
      }
      units {
        unit {
          id
          name
        }
      }
      assessment {
        id
        capabilities {
          id
          name
        }
      }
      backlog {
        programId
        requests(state: open, sort: rank, first: 100) {
          nodes {
            id
            label
            problem
          }
        }
      }
    }
    users {
      id
      name
      role
    }
  }
`);

/** "pilot:<id>" options for what a decision or action concerns, grouped by kind. */
function useSubjects(programId: string, enabled: boolean) {
  const { data } = useQuery(SubjectOptionsQuery, { variables: { id: programId }, skip: !enabled });
  const program = data?.program;
  const group = (kind: SubjectKind, items: readonly { id: string; name: string }[]) => ({ group: `${SUBJECT_KIND_LABELS[kind]}s`, items: items.map((item) => ({ value: `${kind}:${item.id}`, label: item.name })) });
  const subjects = program
    ? [
        group('pilot', program.pilots),
        group('wave', program.rolloutPlan?.waves ?? []),
        group('unit', program.units.map((row) => row.unit)),
        group('capability', program.assessment.capabilities),
        group('request', program.backlog.requests.nodes.map((request) => ({ id: request.id, name: `${request.label} ${request.problem}` }))),
      ].filter((entry) => entry.items.length > 0)
    : [];
  const owners = (data?.users ?? []).filter((user) => user.role !== 'executive').map((user) => ({ value: user.id, label: user.name }));
  return { subjects, owners };
}

const toSubject = (value: string | null) => {
  if (!value) return null;
  const [kind, id] = value.split(':') as [SubjectKind, string];
  return { kind, id };
};

/** The decisions a meeting took and the action items it handed out; its leads record them once it started. */
export function MeetingOutcomes({ meeting, canManage }: { meeting: MeetingView; canManage: boolean }) {
  const editable = canManage && minutesClosedReason(meeting.status) === null;
  const { subjects, owners } = useSubjects(meeting.programId, editable);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card withBorder padding="lg" radius="md" h="100%">
          <Title order={2} fz="lg" mb="sm">
            Decisions
          </Title>
          <Stack gap="sm">
            {meeting.decisions.length === 0 && (
              <Text size="sm" c="dimmed">
                No decision recorded. Decisions join the program’s decision log.
              </Text>
            )}
            {meeting.decisions.map((decision) => (
              <Stack key={decision.id} gap={0}>
                <Text size="sm" fw={600}>
                  {decision.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {decision.subject ? `${SUBJECT_KIND_LABELS[decision.subject.kind]}: ${decision.subject.name} · ` : ''}
                  {decision.decidedBy?.name ?? 'A former member'}, {formatDateTime(decision.decidedAt)}
                </Text>
                {decision.rationale && <Text size="sm">{decision.rationale}</Text>}
              </Stack>
            ))}
            {editable && <Revealed label="Record a decision">{(close) => <DecisionForm meetingId={meeting.id} subjects={subjects} onDone={close} />}</Revealed>}
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card withBorder padding="lg" radius="md" h="100%">
          <Title order={2} fz="lg" mb="sm">
            Action items
          </Title>
          <Stack gap="md">
            <ActionItemsList items={meeting.actionItems} empty="No action item handed out. Each shows on its owner’s “This week”." />
            {editable && <Revealed label="Add an action item">{(close) => <ActionItemForm meetingId={meeting.id} subjects={subjects} owners={owners} onDone={close} />}</Revealed>}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

type Options = ReturnType<typeof useSubjects>;

/** A form behind its button, so a meeting's record reads first; the form closes once saved. */
function Revealed({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {label}
      </Button>
    );
  }
  return children(() => setOpen(false));
}

function DecisionForm({ meetingId, subjects, onDone }: { meetingId: string; subjects: Options['subjects']; onDone: () => void }) {
  const [title, setTitle] = useState('');
  const [rationale, setRationale] = useState('');
  const [subject, setSubject] = useState<string | null>(null);
  const [raiseToTop, setRaiseToTop] = useState(false);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [record, recording] = useRecordDecision();
  // A decision about a backlog request may re-rank it: the forum puts it at the top of its team's queue.
  const aboutRequest = subject?.startsWith('request:') ?? false;
  const submit = async () => {
    setError(undefined);
    try {
      await record({ variables: { input: { meetingId, title, rationale, subject: toSubject(subject), raiseToTop: aboutRequest && raiseToTop } } });
      notifySuccess('Decision recorded in the decision log.');
      onDone();
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };
  return (
    <Stack gap="xs" component="form" aria-label="Record a decision" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <TextInput label="Decision" autoFocus value={title} onChange={(event) => setTitle(event.currentTarget.value)} maxLength={200} placeholder="Extend the UK pilot by two weeks" />
      <Textarea label="Why" value={rationale} onChange={(event) => setRationale(event.currentTarget.value)} maxLength={2000} autosize minRows={2} />
      <Select label="Concerns" data={subjects} value={subject} onChange={setSubject} clearable searchable placeholder="The program as a whole" />
      {aboutRequest && <Checkbox label="Raise it to the top of its team’s queue" description="The backlog ranks it first, citing this decision." checked={raiseToTop} onChange={(event) => setRaiseToTop(event.currentTarget.checked)} />}
      <FormFooter error={error} onCancel={onDone} submitting={recording.loading} submitLabel="Record decision" submitDisabled={title.trim().length < 3} size="sm" />
    </Stack>
  );
}

function ActionItemForm({ meetingId, subjects, owners, onDone }: { meetingId: string; subjects: Options['subjects']; owners: Options['owners']; onDone: () => void }) {
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [subject, setSubject] = useState<string | null>(null);
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [add, adding] = useAddActionItem();
  const submit = async () => {
    if (!ownerId) return;
    setError(undefined);
    try {
      await add({ variables: { input: { meetingId, title, ownerId, dueOn, subject: toSubject(subject) } } });
      notifySuccess('Action item handed out.');
      onDone();
    } catch (saveError) {
      setError(serverFormError(saveError));
    }
  };
  return (
    <Stack gap="xs" component="form" aria-label="Add an action item" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <TextInput label="Action" autoFocus value={title} onChange={(event) => setTitle(event.currentTarget.value)} maxLength={300} placeholder="Write the UK routing rules" />
      <Group grow align="flex-start">
        <Select label="Owner" data={owners} value={ownerId} onChange={setOwnerId} searchable placeholder="Who does it" />
        <TextInput type="date" label="Due" value={dueOn} min={todayLocalDate()} onChange={(event) => setDueOn(event.currentTarget.value)} />
      </Group>
      <Select label="Concerns" data={subjects} value={subject} onChange={setSubject} clearable searchable placeholder="The program as a whole" />
      <FormFooter error={error} onCancel={onDone} submitting={adding.loading} submitLabel="Add action item" submitDisabled={title.trim().length < 3 || !ownerId || !dueOn} size="sm" />
    </Stack>
  );
}
