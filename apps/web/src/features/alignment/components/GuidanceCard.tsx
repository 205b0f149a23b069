import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { GTM_COMPLEXITY_LABELS, OPERATING_MODEL_LABELS } from '@rollout/domain';
import type { ProgramAlignmentQuery } from '../../../gql/graphql';
import { CompanyProfileDialog } from './CompanyProfileDialog';

type Alignment = ProgramAlignmentQuery['program']['alignment'];

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

/** The model the company profile suggests, with its reasons and a team size; guidance only. */
export function GuidanceCard({ alignment, canEdit }: { alignment: Alignment; canEdit: boolean }) {
  const { profile, guidance, matrixWinner } = alignment;
  const [editing, editor] = useDisclosure(false);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="guidance-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" fw={600} id="guidance-title">
          Guidance from the company profile
        </Title>
        {!profile || !guidance ? (
          <Text size="sm" c="dimmed">
            No company profile yet: ARR, GTM headcount, regions and motions suggest a model and a team size.
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {dollars.format(profile.arrUsd)} ARR · {profile.gtmHeadcount} GTM people · {profile.regions} regions · {profile.gtmMotions} GTM motions ·{' '}
              GTM complexity: {GTM_COMPLEXITY_LABELS[profile.complexity]}{profile.holdingCompany ? ' · holding company' : ''}
            </Text>
            <Text size="sm">
              Suggested model: <strong>{OPERATING_MODEL_LABELS[guidance.model]}</strong>
            </Text>
            <List size="sm" spacing={2}>
              {guidance.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
            <Text size="sm">
              RevOps team size: {guidance.teamSize.min === guidance.teamSize.max ? guidance.teamSize.min : `${guidance.teamSize.min}–${guidance.teamSize.max}`} people ({guidance.teamSize.note})
            </Text>
            {guidance.disagreement && matrixWinner && (
              <Alert variant="light" color="yellow" title={`The matrix favours ${OPERATING_MODEL_LABELS[matrixWinner]}`}>
                <Text size="sm">{guidance.disagreement}</Text>
              </Alert>
            )}
          </>
        )}
        {canEdit && (
          <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={editor.open}>
            {profile ? 'Edit the company profile' : 'Enter the company profile'}
          </Button>
        )}
      </Stack>
      {editing && <CompanyProfileDialog programId={alignment.programId} profile={profile ?? null} onClose={editor.close} />}
    </Paper>
  );
}
