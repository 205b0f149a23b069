import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/render';
import type { AssessmentData } from './assessment-grid';
import { AssessmentHeatmap } from './AssessmentHeatmap';
import { CompletenessCard } from './CompletenessCard';
import { FindingsList } from './FindingsList';

const assessment: AssessmentData = {
  __typename: 'Assessment',
  id: 'p1',
  threshold: 80,
  completeness: 33,
  capabilities: [{ __typename: 'Capability', id: 'cap', name: 'Data & insights', version: 1, activities: [{ __typename: 'Activity', id: 'dash', name: 'Dashboards', version: 1, filledCells: 2 }] }],
  columns: [
    { __typename: 'AssessmentColumn', unitId: null, name: 'Central team', filled: 1, total: 1, percent: 100, viewerCanFill: false, lastRemindedAt: null },
    { __typename: 'AssessmentColumn', unitId: 'emea', name: 'EMEA', filled: 1, total: 1, percent: 100, viewerCanFill: true, lastRemindedAt: null },
  ],
  cells: [
    { __typename: 'AssessmentCell', id: 'c1', activityId: 'dash', unitId: null, performer: 'central', maturity: 4, decides: true, note: '', version: 1 },
    { __typename: 'AssessmentCell', id: 'c2', activityId: 'dash', unitId: 'emea', performer: 'local', maturity: 2, decides: false, note: '', version: 1 },
  ],
  findings: [
    {
      __typename: 'AssessmentFinding',
      kind: 'duplication',
      severity: 'high',
      activityId: 'dash',
      summary: 'Dashboards: the central team and EMEA both do this work.',
      cells: [
        { __typename: 'CellRef', activityId: 'dash', unitId: null },
        { __typename: 'CellRef', activityId: 'dash', unitId: 'emea' },
      ],
    },
  ],
};

describe('assessment heatmap and findings', () => {
  it('labels each cell with who does the work, its maturity and decision, and offers editing only where the viewer may fill', () => {
    const onOpenCell = vi.fn();
    renderWithApp(<AssessmentHeatmap assessment={assessment} highlighted={new Set(['dash:emea'])} onOpenCell={onOpenCell} />);
    const central = screen.getByRole('button', { name: 'Dashboards, Central team: Central team, maturity 4 (Managed), claims the decision' });
    expect(central.getAttribute('data-performer')).toBe('central');
    expect(central.hasAttribute('data-highlighted')).toBe(false);
    const emea = screen.getByRole('button', { name: 'Edit Dashboards, EMEA: The unit itself, maturity 2 (Repeatable)' });
    expect(emea.getAttribute('data-highlighted')).toBe('true');
    fireEvent.click(emea);
    expect(onOpenCell).toHaveBeenCalledWith({ activityId: 'dash', unitId: 'emea' });
  });

  it('lists findings with their severity and kind and shows their cells on request', () => {
    const onShow = vi.fn();
    const { unmount } = renderWithApp(<FindingsList findings={assessment.findings} filledCells={assessment.cells.length} onShow={onShow} />);
    const list = screen.getByRole('list', { name: 'Findings' });
    expect(list.textContent).toContain('HighDuplication');
    fireEvent.click(screen.getByRole('button', { name: 'Show the 2 cells' }));
    expect(onShow).toHaveBeenCalledWith(assessment.findings[0]);
    unmount();

    // No finding means "clean" only once something is filled.
    renderWithApp(<FindingsList findings={[]} filledCells={0} onShow={onShow} />);
    expect(screen.getByText('Nothing to find yet: duplications, gaps and conflicts appear here as the grid is filled.')).toBeTruthy();
  });

  it('lets a program manager change the share needed before Align, and offers no change to others', async () => {
    const onChangeThreshold = vi.fn(() => Promise.resolve());
    const { user, unmount } = renderWithApp(
      <CompletenessCard assessment={assessment} phase="assess" canRemind reminding={false} onRemind={vi.fn()} onChangeThreshold={onChangeThreshold} />,
    );
    expect(screen.getByText('33% of 80% needed for Align')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change' }));
    const share = await screen.findByLabelText('Share needed before Align (%)');
    await user.clear(share);
    await user.type(share, '60');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChangeThreshold).toHaveBeenCalledWith(60);
    unmount();

    const other = renderWithApp(<CompletenessCard assessment={assessment} phase="assess" canRemind={false} reminding={false} onRemind={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Change' })).toBeNull();
    other.unmount();

    // Past Assess the share no longer gates anything: it is not asked for, nor offered to change.
    renderWithApp(<CompletenessCard assessment={assessment} phase="pilot" canRemind reminding={false} onRemind={vi.fn()} onChangeThreshold={onChangeThreshold} />);
    expect(screen.getByText('33% filled (the program is in Pilot)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Change' })).toBeNull();
  });
});
