import { Button, Grid, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { FRAMEWORK_LABELS, RICE_CONFIDENCES, RICE_IMPACTS, scoreFormula, WSJF_SCALE, type Framework, type ScoreParts } from '@rollout/domain';
import { useState } from 'react';
import { FormFooter } from '../../../shared/components/FormFooter';
import { serverFormError } from '../../../shared/lib/form-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useScoreRequest, type RequestDetail } from '../hooks/useBacklog';

const WSJF_OPTIONS = WSJF_SCALE.map((value) => ({ value: String(value), label: String(value) }));
const asOptions = (steps: readonly { value: number; label: string }[]) => steps.map((step) => ({ value: String(step.value), label: `${step.label}${step.label.includes(String(step.value)) ? '' : ` (${step.value})`}` }));
const toNumber = (value: string | null) => (value === null ? null : Number(value));

/** The owning team scores a request with the program's framework; the formula shows the score as the parts are picked. */
export function ScoreForm({ request, framework }: { request: RequestDetail; framework: Framework }) {
  const [parts, setParts] = useState<ScoreParts>({
    effortDays: request.score.effortDays ?? null,
    reach: request.score.reach ?? null,
    impact: request.score.impact ?? null,
    confidence: request.score.confidence ?? null,
    businessValue: request.score.businessValue ?? null,
    timeCriticality: request.score.timeCriticality ?? null,
    riskReduction: request.score.riskReduction ?? null,
  });
  const [editing, setEditing] = useState(request.status === 'new');
  const [error, setError] = useState<ReturnType<typeof serverFormError> | undefined>();
  const [score, { loading }] = useScoreRequest();
  const set = (part: keyof ScoreParts) => (value: number | null) => setParts((current) => ({ ...current, [part]: value }));
  const preview = scoreFormula(framework, parts);

  if (!editing) {
    return (
      <Group>
        <Button variant="default" size="xs" onClick={() => setEditing(true)}>
          {request.score.value === null ? `Score with ${FRAMEWORK_LABELS[framework]}` : 'Change the score'}
        </Button>
      </Group>
    );
  }
  const submit = async () => {
    setError(undefined);
    try {
      await score({ variables: { input: { id: request.id, expectedVersion: request.version, ...parts, effortDays: parts.effortDays ?? 0 } } });
      notifySuccess(request.status === 'new' ? `${request.label} triaged.` : `${request.label} rescored.`);
      setEditing(false);
    } catch (scoreError) {
      setError(serverFormError(scoreError));
    }
  };
  const select = (label: string, part: keyof ScoreParts, data: { value: string; label: string }[]) => (
    <Select label={label} data={data} value={parts[part] === null ? null : String(parts[part])} onChange={(value) => set(part)(toNumber(value))} required />
  );

  return (
    <Stack gap="sm" component="form" aria-label={`${FRAMEWORK_LABELS[framework]} score`} onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <NumberInput label={framework === 'rice' ? 'Effort (person-days)' : 'Job size (person-days)'} value={parts.effortDays ?? ''} onChange={(value) => set('effortDays')(typeof value === 'number' ? value : null)} min={0.5} max={1000} step={0.5} decimalScale={1} required />
        </Grid.Col>
        {framework === 'rice' ? (
          <>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput label="Reach (per quarter)" description="People or deals it touches" value={parts.reach ?? ''} onChange={(value) => set('reach')(typeof value === 'number' ? value : null)} min={0} max={1_000_000} allowDecimal={false} required />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>{select('Impact', 'impact', asOptions(RICE_IMPACTS))}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>{select('Confidence', 'confidence', asOptions(RICE_CONFIDENCES))}</Grid.Col>
          </>
        ) : (
          <>
            <Grid.Col span={{ base: 12, sm: 6 }}>{select('Business value', 'businessValue', WSJF_OPTIONS)}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>{select('Time criticality', 'timeCriticality', WSJF_OPTIONS)}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>{select('Risk reduction / opportunity', 'riskReduction', WSJF_OPTIONS)}</Grid.Col>
          </>
        )}
      </Grid>
      <Text size="sm" c={preview ? undefined : 'dimmed'} aria-live="polite">
        {preview ?? 'Fill every part to see the score.'}
      </Text>
      <FormFooter error={error} onCancel={request.status === 'new' ? undefined : () => setEditing(false)} submitting={loading} submitLabel={request.status === 'new' ? 'Triage with this score' : 'Save the score'} size="xs" />
    </Stack>
  );
}
