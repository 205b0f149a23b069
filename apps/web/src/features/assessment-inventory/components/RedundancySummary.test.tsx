import { screen, within } from '@testing-library/react';
import { toolRedundancy, type InventoryTool } from '@rollout/domain';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { OVERLAP_RULE, RedundancySummary } from './RedundancySummary';

const tool = (id: string, category: InventoryTool['category'], annualCost: number, unitIds: string[] = []): InventoryTool => ({ id, name: id, category, annualCost, unitIds, renewalDate: null });

describe('RedundancySummary', () => {
  it('lists each redundant category by savings, with the total overlap and the rule', () => {
    // Analytics: 120k + 90k + 60k + 40k = 310k, keep Looker (2 units), overlap 220k.
    // CS platforms: 180k + 95k = 275k, keep Gainsight (1 unit vs 0), overlap 95k. Total overlap 315k.
    const rows = toolRedundancy([
      tool('Tableau', 'analytics_bi', 120_000, ['ent']),
      tool('Looker', 'analytics_bi', 90_000, ['ent', 'mm']),
      tool('Power BI', 'analytics_bi', 60_000),
      tool('Mode', 'analytics_bi', 40_000),
      tool('Gainsight', 'cs_platform', 180_000, ['ent']),
      tool('Totango', 'cs_platform', 95_000),
      tool('Salesforce', 'crm', 400_000, ['ent', 'mm']),
    ]);
    renderWithApp(<RedundancySummary rows={rows} />);
    const summary = screen.getByTestId('redundancy-summary');
    expect(within(summary).getByText('Up to $315k a year in overlapping tools.')).toBeTruthy();
    const lines = within(summary).getAllByTestId('redundancy-line').map((line) => line.textContent);
    expect(lines).toEqual([
      'Analytics / BI: 4 analytics platforms, $310k a year. Consolidating on Looker would save up to $220k a year.',
      'Customer success platform: 2 customer success platforms, $275k a year. Consolidating on Gainsight would save up to $95k a year.',
    ]);
    expect(within(summary).getByText(OVERLAP_RULE)).toBeTruthy();
  });

  it('says so when no category holds more than one tool', () => {
    renderWithApp(<RedundancySummary rows={[]} />);
    expect(screen.getByText('No category holds more than one tool.')).toBeTruthy();
    expect(screen.queryAllByTestId('redundancy-line')).toHaveLength(0);
  });
});
