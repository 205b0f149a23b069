import { Alert, Button, Checkbox, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { GTM_COMPLEXITIES, GTM_COMPLEXITY_LABELS, saveCompanyProfileSchema, type GtmComplexity } from '@rollout/domain';
import { useState } from 'react';
import type { ProgramAlignmentQuery } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../shared/lib/api-errors';
import { notifySuccess } from '../../../shared/lib/notify';
import { useSaveCompanyProfile } from '../hooks/useAlignment';

type Profile = NonNullable<ProgramAlignmentQuery['program']['alignment']['profile']>;

const NUMBER_FIELDS = ['arrUsd', 'gtmHeadcount', 'regions', 'gtmMotions'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

const LABELS: Record<NumberField, string> = {
  arrUsd: 'Annual recurring revenue (USD)',
  gtmHeadcount: 'Go-to-market headcount',
  regions: 'Regions',
  gtmMotions: 'Go-to-market motions',
};

export interface CompanyProfileDialogProps {
  programId: string;
  profile: Profile | null;
  onClose: () => void;
}

/** The company facts the model guidance and team size come from. */
export function CompanyProfileDialog({ programId, profile, onClose }: CompanyProfileDialogProps) {
  const [values, setValues] = useState<Record<NumberField, number | string>>({
    arrUsd: profile?.arrUsd ?? '',
    gtmHeadcount: profile?.gtmHeadcount ?? '',
    regions: profile?.regions ?? 1,
    gtmMotions: profile?.gtmMotions ?? 1,
  });
  const [complexity, setComplexity] = useState<GtmComplexity>(profile?.complexity ?? 'standard');
  const [holdingCompany, setHoldingCompany] = useState(profile?.holdingCompany ?? false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [save, { loading }] = useSaveCompanyProfile();

  const submit = async () => {
    setFieldErrors({});
    setFormError(null);
    const number = (field: NumberField) => (values[field] === '' ? undefined : Number(values[field]));
    const input = { programId, arrUsd: number('arrUsd'), gtmHeadcount: number('gtmHeadcount'), regions: number('regions'), gtmMotions: number('gtmMotions'), complexity, holdingCompany, expectedVersion: profile?.version };
    // The domain's own rules name an empty or impossible field before anything is sent.
    const checked = saveCompanyProfileSchema.safeParse(input);
    if (!checked.success) {
      setFieldErrors(Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    try {
      await save({ variables: { input: checked.data } });
      notifySuccess('The company profile is saved; the guidance follows it.');
      onClose();
    } catch (caught) {
      const errors = apiFieldErrors(caught);
      setFieldErrors(Object.fromEntries(errors.map((error) => [error.field, error.message])));
      if (errors.length === 0) setFormError(apiErrorMessage(caught));
    }
  };

  return (
    <Modal opened onClose={onClose} title="Company profile">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {NUMBER_FIELDS.map((field) => (
            <NumberInput
              key={field}
              label={LABELS[field]}
              min={field === 'regions' || field === 'gtmMotions' ? 1 : 0}
              allowNegative={false}
              allowDecimal={false}
              thousandSeparator=","
              value={values[field]}
              onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
              error={fieldErrors[field]}
              required
            />
          ))}
        </SimpleGrid>
        <NativeSelect
          label="Go-to-market complexity"
          data={GTM_COMPLEXITIES.map((value) => ({ value, label: GTM_COMPLEXITY_LABELS[value] }))}
          value={complexity}
          onChange={(event) => setComplexity(event.currentTarget.value as GtmComplexity)}
          error={fieldErrors.complexity}
        />
        <Checkbox label="A holding company with autonomous divisions" checked={holdingCompany} onChange={(event) => setHoldingCompany(event.currentTarget.checked)} />
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={loading} onClick={() => void submit()}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
