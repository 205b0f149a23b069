import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack } from '@mantine/core';
import type { CreateProgramInput, CreateProgramValues } from '@rollout/domain';
import  { IconArchive } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { hasApiErrorCode } from '../../../shared/lib/api-errors';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { notifySuccess } from '../../../shared/lib/notify';
import { useCanManagePrograms } from '../../../shared/session/current-user';
import { ProgramForm, ProgramFormFieldsFragment } from '../components/ProgramForm';
import { useUpdateProgram } from '../hooks/useProgramMutations';
import { useProgramOwners } from '../hooks/useProgramOwners';
import { NoAccess } from '../../../shared/components/NoAccess';
import { RecordNotFound } from '../../../shared/components/RecordNotFound';
import { useConflict } from '../../../shared/hooks/useConflict';
import { isConflict } from '../../../shared/lib/conflict';
import { ConflictChoice } from '../../../shared/components/ConflictChoice';

export const EditProgramQuery = graphql(`
  query EditProgram($id: ID!) {
    program(id: $id) {
      id
      version
      archived
      viewerCanManage
      ...ProgramFormFields
    }
  }
`);

const PROGRAM_FORM_ID = 'edit-program-form';

export function EditProgramPage() {
  const canManage = useCanManagePrograms();
  if (!canManage) return <NoAccess title="Edit program" message="Only program managers and admins can edit programs." />;
  return <EditProgram />;
}

function EditProgram() {
  const { programId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(EditProgramQuery, {
    variables: { id: programId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const owners = useProgramOwners();
  const [updateProgram] = useUpdateProgram();
  // The version the person started editing from; a save with an older one is refused (CONFLICT).
  const baseVersion = useRef<number | null>(null);
  const { conflict, catchConflict, clearConflict } = useConflict({ reload: refetch });
  const [formKey, setFormKey] = useState(0);

  if (error && !data) {
    if (hasApiErrorCode(error, 'NOT_FOUND')) return <RecordNotFound title="Program not found" />;
    return <QueryErrorAlert error={error} title="Could not load the program" onRetry={() => void refetch()} />;
  }
  if (!data) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading program">
        <Skeleton height={30} width={320} />
        <Skeleton height={520} maw={820} />
      </Stack>
    );
  }

  const program = data.program;
  const fields = getFragmentData(ProgramFormFieldsFragment, program);
  baseVersion.current ??= program.version;
  const backToProgram = () => void navigate(`/programs/${program.id}`);
  const crumbs = [
    { label: 'Programs', to: '/programs' },
    { label: fields.name, to: `/programs/${program.id}` },
  ];

  if (!program.viewerCanManage) {
    return <NoAccess title={`Edit ${fields.name}`} message="Only the program’s owner, its leads and admins can edit it." />;
  }

  if (program.archived) {
    return (
      <>
        <PageHeader crumbs={crumbs} title={`Edit ${fields.name}`} />
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />} maw={820}>
          This program is archived. Restore it from the program page to edit it.
        </Alert>
      </>
    );
  }

  const defaultValues: CreateProgramInput = {
    name: fields.name,
    objective: fields.objective,
    targetModel: fields.targetModel,
    sponsor: fields.sponsor,
    ownerId: fields.owner.id,
    startDate: fields.startDate.slice(0, 10),
    targetDate: fields.targetDate.slice(0, 10),
    status: fields.status,
  };
  // The current owner stays selectable even if they are no longer a program manager.
  const ownerList = owners.data?.users ?? [];
  const ownerOptions = ownerList.some((owner) => owner.id === fields.owner.id) ? ownerList : [fields.owner, ...ownerList];

  const onSubmit = async (values: CreateProgramValues) => {
    await updateProgram({ ...values, id: program.id, expectedVersion: baseVersion.current ?? program.version });
    notifySuccess('Changes saved.');
    backToProgram();
  };

  const onError = (saveError: unknown) => {
    if (!isConflict(saveError)) return false;
    // Show the choice once the other person's version is loaded, so "save mine" uses its version.
    void catchConflict(saveError);
    return true;
  };

  const conflictNotice = conflict ? (
    <ConflictChoice
      onLoadTheirs={() => {
        baseVersion.current = program.version;
        clearConflict();
        setFormKey((key) => key + 1);
      }}
      onSaveMine={() => {
        baseVersion.current = program.version;
        clearConflict();
        const form = document.getElementById(PROGRAM_FORM_ID);
        if (form instanceof HTMLFormElement) form.requestSubmit();
      }}
    />
  ) : null;

  return (
    <>
      <PageHeader crumbs={crumbs} title={`Edit ${fields.name}`} />
      <ProgramForm
        key={formKey}
        defaultValues={defaultValues}
        owners={ownerOptions}
        ownersLoading={owners.loading && !owners.data}
        submitLabel="Save changes"
        onSubmit={onSubmit}
        onError={onError}
        onCancel={backToProgram}
        notice={conflictNotice}
        id={PROGRAM_FORM_ID}
        targetModelLocked
      />
    </>
  );
}
