import { Button, Group, Select } from '@mantine/core';
import { PROGRAM_PHASE_LABELS, PROGRAM_PHASES } from '@rollout/domain';
import { IconX } from '@tabler/icons-react';
import type { PortfolioQuery } from '../../../gql/graphql';
import type { PortfolioParams } from '../hooks/usePortfolio';

type FilterUnit = PortfolioQuery['portfolio']['filterUnits'][number];

const phaseOptions = PROGRAM_PHASES.map((value) => ({ value, label: PROGRAM_PHASE_LABELS[value] }));
const REGION_KINDS = new Set(['region', 'sub_region', 'country']);
const BUSINESS_KINDS = new Set(['business_unit', 'segment']);

/** Units of some kinds as options, indented by their depth so the tree still reads. */
const unitOptions = (units: readonly FilterUnit[], kinds: ReadonlySet<string>) =>
  units.filter((unit) => kinds.has(unit.kind)).map((unit) => ({ value: unit.id, label: `${'\u2003'.repeat(unit.depth)}${unit.name}` }));

export interface PortfolioFiltersProps {
  params: PortfolioParams;
  units: readonly FilterUnit[];
  owners: readonly { id: string; name: string }[];
  onChange: (changes: Partial<PortfolioParams>) => void;
  onReset: () => void;
  filtered: boolean;
}

/** Region, business unit, program owner and phase; the page keeps them in its address. */
export function PortfolioFilters({ params, units, owners, onChange, onReset, filtered }: PortfolioFiltersProps) {
  const regions = unitOptions(units, REGION_KINDS);
  const businessUnits = unitOptions(units, BUSINESS_KINDS);
  return (
    <Group gap="sm" wrap="wrap" data-print-hide>
      <Select aria-label="Region" placeholder="Region" data={regions} value={params.region} onChange={(region) => onChange({ region })} clearable searchable w={190} disabled={regions.length === 0} />
      <Select
        aria-label="Business unit"
        placeholder="Business unit"
        data={businessUnits}
        value={params.businessUnit}
        onChange={(businessUnit) => onChange({ businessUnit })}
        clearable
        searchable
        w={190}
        disabled={businessUnits.length === 0}
      />
      <Select aria-label="Program owner" placeholder="Program owner" data={owners.map((owner) => ({ value: owner.id, label: owner.name }))} value={params.owner} onChange={(owner) => onChange({ owner })} clearable searchable w={190} />
      <Select aria-label="Phase" placeholder="Phase" data={phaseOptions} value={params.phase} onChange={(phase) => onChange({ phase: phase })} clearable w={140} />
      {filtered && (
        <Button variant="subtle" size="sm" leftSection={<IconX size={14} />} onClick={onReset}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
