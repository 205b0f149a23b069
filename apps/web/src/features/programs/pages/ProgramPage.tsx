import { Alert, Badge, Button, Grid, Skeleton, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { canOverridePhaseGate } from '@rollout/domain';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RecordNotFound } from '../../../shared/components/RecordNotFound';
import { QueryErrorAlert } from '../../../shared/components/QueryErrorAlert';
import { apiErrorMessage, hasApiErrorCode } from '../../../shared/lib/api-errors';
import { notifyError, notifySuccess } from '../../../shared/lib/notify';
import { AssessTab } from '../../assessments/components/AssessTab';
import { useMe } from '../../auth/hooks/useMe';
import { RecordHistory } from '../../history/components/RecordHistory';
import { AlignPanel } from '../../alignment/components/AlignPanel';
import { DecisionLogCard } from '../../decisions/components/DecisionLogCard';
import { DesignTab } from '../../design/components/DesignTab';
import { LessonsForRolloutCard } from '../../decisions/components/LessonsForRolloutCard';
import { ProgramPilotsCard } from '../../pilots/components/ProgramPilotsCard';
import { ScaleTab } from '../../waves/components/ScaleTab';
import { GovernTab } from '../../governance/components/GovernTab';
import { BacklogTab } from '../../backlog/components/BacklogTab';
import { useProgramPilots } from '../../pilots/hooks/useProgramPilots';
import { ProgramOverview } from '../components/ProgramOverview';
import { PhaseHistoryTimeline } from '../components/PhaseHistoryTimeline';
import { ProgramPhaseCard, type PhaseChangeRequest } from '../components/ProgramPhaseCard';
import { ProgramPeopleCard } from '../components/ProgramPeopleCard';
import { ProgramSummary } from '../components/ProgramSummary';
import { ProgramUnitsCard } from '../components/ProgramUnitsCard';
import { useProgram } from '../hooks/useProgram';
import { useArchiveProgram, useChangeProgramPhase } from '../hooks/useProgramMutations';
import { isConflict } from '../../../shared/lib/conflict';

const crumbs = [{ label: 'Programs', to: '/programs' }];

function ProgramPageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading program">
      <Skeleton height={14} width={90} />
      <Skeleton height={30} width={360} />
      <Skeleton height={150} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Skeleton height={380} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Skeleton height={380} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

const PROGRAM_TABS = ['pilots', 'scale', 'govern', 'backlog', 'assess', 'align', 'design', 'units', 'phases', 'decisions', 'people', 'history'] as const;
type ProgramTab = (typeof PROGRAM_TABS)[number];

const TAB_LABELS: Record<ProgramTab, string> = {
  pilots: 'Pilots',
  scale: 'Scale',
  govern: 'Govern',
  backlog: 'Backlog',
  assess: 'Assess',
  units: 'Units',
  phases: 'Phases',
  align: 'Align',
  design: 'Design',
  decisions: 'Decisions and lessons',
  people: 'People',
  history: 'Change history',
};

function isProgramTab(value: string | null): value is ProgramTab {
  return PROGRAM_TABS.some((tab) => tab === value);
}

export function ProgramPage() {
  const { programId = '' } = useParams();
  const { data, error, refetch } = useProgram(programId);
  // The same query as the pilots tab, so Apollo sends it once.
  const pilots = useProgramPilots(programId);
  // The open tab lives in the URL (?tab=history), so it can be linked and Back returns to the previous one.
  const [searchParams, setSearchParams] = useSearchParams();
  const requestedTab = searchParams.get('tab');
  const tab: ProgramTab = isProgramTab(requestedTab) ? requestedTab : 'pilots';
  const onTabChange = (value: string | null) => {
    if (!isProgramTab(value) || value === tab) return;
    setSearchParams((params) => {
      params.set('tab', value);
      return params;
    });
  };
  const [changePhase, { loading: changing }] = useChangeProgramPhase();
  const me = useMe();
  const [setArchived, { loading: archiving }] = useArchiveProgram();
  const [archiveOpened, archiveDialog] = useDisclosure(false);

  if (error && !data) {
    if (hasApiErrorCode(error, 'NOT_FOUND')) return <RecordNotFound title="Program not found" />;
    return <QueryErrorAlert error={error} title="Could not load the program" onRetry={() => void refetch()} />;
  }
  if (!data) return <ProgramPageSkeleton />;

  const program = data.program;
  // The API decides per program: its owner, its leads and admins manage it.
  const canManage = program.viewerCanManage;
  const canEdit = canManage && !program.archived;
  const canOverrideGate = me.data?.me ? canOverridePhaseGate(me.data.me.role) : false;

  const onChangePhase = async (request: PhaseChangeRequest) => {
    await changePhase({
      programId: request.programId,
      toPhase: request.toPhase,
      reason: request.reason ?? null,
      overrideReason: request.overrideReason ?? null,
      expectedVersion: request.expectedVersion,
    });
  };

  const toggleArchived = async (archived: boolean) => {
    try {
      await setArchived(program.id, program.version, archived);
      archiveDialog.close();
      notifySuccess(archived ? 'Program archived.' : 'Program restored.');
    } catch (archiveError) {
      archiveDialog.close();
      if (isConflict(archiveError)) {
        notifications.show({ color: 'yellow', title: 'Not changed', message: apiErrorMessage(archiveError) });
      } else {
        notifyError(archiveError, archived ? 'Could not archive the program' : 'Could not restore the program');
      }
    }
  };

  const actions = canManage ? (
    program.archived ? (
      <Button
        variant="default"
        leftSection={<IconArchiveOff size={16} />}
        loading={archiving}
        onClick={() => void toggleArchived(false)}
      >
        Restore
      </Button>
    ) : (
      <>
        <Button variant="default" leftSection={<IconArchive size={16} />} onClick={archiveDialog.open}>
          Archive
        </Button>
        <Button component={Link} to={`/programs/${program.id}/edit`} leftSection={<IconPencil size={16} />}>
          Edit
        </Button>
      </>
    )
  ) : null;

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={program.name}
        // Health is read at a glance below: computed from the units and pilots, with the reported
        // status beside it when they disagree, rather than a hand-set badge beside the title.
        badges={
          program.archived && (
            <Badge size="lg" color="gray" variant="filled">
              Archived
            </Badge>
          )
        }
        actions={actions}
      />
      <Stack gap="lg">
        {program.archived && (
          <Alert color="gray" variant="light" icon={<IconArchive size={18} />}>
            This program is archived. It is hidden from the program list and read-only
            {canManage ? ' until you restore it.' : '.'}
          </Alert>
        )}
        <ProgramSummary program={program} />
        <ProgramOverview program={program} pilots={pilots.data?.program.pilots} pilotsFailed={Boolean(pilots.error) && !pilots.data} />
        <Tabs value={tab} onChange={onTabChange} keepMounted={false}>
          <Tabs.List>
            {PROGRAM_TABS.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {TAB_LABELS[value]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="pilots" pt="lg">
            <ProgramPilotsCard programId={program.id} />
          </Tabs.Panel>
          <Tabs.Panel value="scale" pt="lg">
            <ScaleTab programId={program.id} />
          </Tabs.Panel>
          <Tabs.Panel value="govern" pt="lg">
            <GovernTab programId={program.id} />
          </Tabs.Panel>
          <Tabs.Panel value="backlog" pt="lg">
            <BacklogTab programId={program.id} />
          </Tabs.Panel>
          <Tabs.Panel value="assess" pt="lg">
            {/* Read only when open: the grid is the page's largest query. */}
            {tab === 'assess' ? <AssessTab programId={program.id} /> : null}
          </Tabs.Panel>
          <Tabs.Panel value="units" pt="lg">
            <ProgramUnitsCard program={program} />
          </Tabs.Panel>
          <Tabs.Panel value="phases" pt="lg">
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <ProgramPhaseCard program={program} canEdit={canEdit} canOverrideGate={canOverrideGate} onChangePhase={onChangePhase} changing={changing} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <PhaseHistoryTimeline program={program} />
              </Grid.Col>
            </Grid>
          </Tabs.Panel>
          <Tabs.Panel value="align" pt="lg">
            <AlignPanel programId={program.id} canEdit={canEdit} />
          </Tabs.Panel>
          <Tabs.Panel value="design" pt="lg">
            <DesignTab programId={program.id} />
          </Tabs.Panel>
          <Tabs.Panel value="decisions" pt="lg">
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <DecisionLogCard program={program} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <LessonsForRolloutCard program={program} />
              </Grid.Col>
            </Grid>
          </Tabs.Panel>
          <Tabs.Panel value="people" pt="lg">
            <ProgramPeopleCard program={program} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="lg">
            <RecordHistory recordType="program" recordId={program.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <ConfirmDialog
        opened={archiveOpened}
        title="Archive this program?"
        confirmLabel="Archive program"
        loading={archiving}
        onConfirm={() => void toggleArchived(true)}
        onClose={archiveDialog.close}
      >
        <b>{program.name}</b> will be hidden from the program list and become read-only. Nothing is deleted; you can
        restore it at any time.
      </ConfirmDialog>
    </>
  );
}
