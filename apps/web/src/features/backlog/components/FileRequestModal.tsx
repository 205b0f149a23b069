import { Alert, Grid, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ownershipSentence, PLACEMENT_SHORT_LABELS, type Placement } from '@rollout/domain';
import { IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { FormFooter } from '../../../shared/components/FormFooter';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { FileRequestOptionsQuery, useFileRequest, type Backlog } from '../hooks/useBacklog';

export interface FileRequestModalProps {
  programId: string;
  backlog: Pick<Backlog, 'types' | 'viewerFileableUnitIds'>;
  opened: boolean;
  onClose: () => void;
  /** Opens the filed request. */
  onFiled: (id: string) => void;
}

/** Files a request: its type, the unit it is for, the activity it touches (which decides who owns it), the problem and its impact. */
export function FileRequestModal(props: FileRequestModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={<Text fw={600}>File a request</Text>} size="lg">
      {props.opened && <FileRequestForm {...props} />}
    </Modal>
  );
}

function FileRequestForm({ programId, backlog, onClose, onFiled }: FileRequestModalProps) {
  const options = useQuery(FileRequestOptionsQuery, { variables: { id: programId } });
  const fileable = new Set(backlog.viewerFileableUnitIds);
  const units = (options.data?.program?.units ?? []).map((entry) => entry.unit).filter((unit) => fileable.has(unit.id));
  const capabilities = options.data?.program?.design.capabilities ?? [];
  const [typeId, setTypeId] = useState<string | null>(backlog.types[0]?.id ?? null);
  const [unitId, setUnitId] = useState<string | null>(backlog.viewerFileableUnitIds.length === 1 ? (backlog.viewerFileableUnitIds[0] ?? null) : null);
  const [activityId, setActivityId] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [impact, setImpact] = useState('');
  const [wishedOn, setWishedOn] = useState('');
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [file, { loading }] = useFileRequest();

  const activities = capabilities.flatMap((capability) => capability.activities.map((activity) => ({ ...activity, capabilityName: capability.name })));
  const activity = activities.find((candidate) => candidate.id === activityId) ?? null;
  const placement: Placement | null = activity?.placement?.placement ?? null;
  const unitName = units.find((unit) => unit.id === unitId)?.name ?? 'the unit’s';
  const type = backlog.types.find((candidate) => candidate.id === typeId);

  const submit = async () => {
    setError(undefined);
    try {
      const { data } = await file({ variables: { input: { programId, typeId: typeId ?? '', unitId: unitId ?? '', activityId, problem, impact, wishedOn: wishedOn || null } } });
      notifySuccess(`${data?.fileRequest.label ?? 'The request'} filed.`);
      onClose();
      if (data) onFiled(data.fileRequest.id);
    } catch (fileError) {
      setError(serverFormError(fileError));
    }
  };

  return (
    <Stack gap="md" component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <TextInput label="The problem, in a sentence" description="What is in the way, not the solution." value={problem} onChange={(event) => setProblem(event.currentTarget.value)} required minLength={10} maxLength={200} data-autofocus placeholder="Pipeline by segment is rebuilt by hand for each QBR" />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select label="Type" data={backlog.types.map((candidate) => ({ value: candidate.id, label: candidate.name }))} value={typeId} onChange={setTypeId} allowDeselect={false} required description={type ? `Triage within ${type.triageDays} days, delivery within ${type.deliverDays}.` : undefined} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select label="For the unit" data={units.map((unit) => ({ value: unit.id, label: unit.name }))} value={unitId} onChange={setUnitId} required searchable placeholder={options.loading ? 'Loading…' : 'Pick a unit'} />
        </Grid.Col>
      </Grid>
      <Select
        label="The activity it touches"
        description="Its place in the target model decides which team owns the request."
        data={capabilities.map((capability) => ({
          group: capability.name,
          items: capability.activities.map((candidate) => ({ value: candidate.id, label: `${candidate.name}${candidate.placement ? ` · ${PLACEMENT_SHORT_LABELS[candidate.placement.placement]}` : ''}` })),
        }))}
        value={activityId}
        onChange={setActivityId}
        searchable
        clearable
        placeholder="None: the hub triages it"
      />
      <Alert variant="light" color="blue" icon={<IconRoute size={18} />} p="xs">
        {ownershipSentence(placement, activity?.name ?? null, unitName)}
      </Alert>
      <Textarea label="Business impact" description="Who is slowed down, what it costs, what it would unlock." value={impact} onChange={(event) => setImpact(event.currentTarget.value)} maxLength={2000} autosize minRows={2} />
      <TextInput label="Wished by" type="date" value={wishedOn} onChange={(event) => setWishedOn(event.currentTarget.value)} w={200} />
      <FormFooter error={error} onCancel={onClose} submitting={loading} submitLabel="File the request" />
    </Stack>
  );
}
