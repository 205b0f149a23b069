import type { CreateProgramInput, CreateProgramValues } from '@rollout/domain';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { NoAccess } from '../../../shared/components/NoAccess';
import { PageHeader } from '../../../shared/components/PageHeader';
import { addMonths, todayLocalDate } from '../../../shared/lib/format';
import { notifySuccess } from '../../../shared/lib/notify';
import { useCanManagePrograms, useCurrentUser } from '../../../shared/session/current-user';
import { ProgramForm } from '../components/ProgramForm';
import { useCreateProgram } from '../hooks/useProgramMutations';
import { useProgramOwners } from '../hooks/useProgramOwners';

const crumbs = [{ label: 'Programs', to: '/programs' }];

export function NewProgramPage() {
  const canManage = useCanManagePrograms();
  if (!canManage) return <NoAccess title="New program" message="Only program managers and admins can create programs." />;
  return <NewProgramForm />;
}

function NewProgramForm() {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const owners = useProgramOwners();
  const [createProgram] = useCreateProgram();

  const defaultValues = useMemo<CreateProgramInput>(() => {
    const start = todayLocalDate();
    return {
      name: '',
      objective: '',
      targetModel: 'undecided',
      sponsor: '',
      // A program manager usually creates programs they will run.
      ownerId: user.role === 'program_manager' ? user.id : '',
      startDate: start,
      targetDate: addMonths(start, 9),
      status: 'on_track',
    };
  }, [user]);

  const onSubmit = async (values: CreateProgramValues) => {
    const created = await createProgram(values);
    notifySuccess(`Program “${values.name}” created.`);
    await navigate(`/programs/${created.id}`);
  };

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title="New program"
        description="Programs start in the Assess phase. You can change every detail later."
      />
      <ProgramForm
        defaultValues={defaultValues}
        owners={owners.data?.users ?? []}
        ownersLoading={owners.loading && !owners.data}
        submitLabel="Create program"
        onSubmit={onSubmit}
        onCancel={() => void navigate('/programs')}
      />
    </>
  );
}
