import type { ToolImportPreview } from '@rollout/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aCurrentUser, anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import type { AssessmentProgram } from '../hooks/useAssessmentInventory';
import { ToolInventorySection } from './ToolInventorySection';

const aProgram = (viewerCanManageTools: boolean): AssessmentProgram => ({
  __typename: 'Program',
  id: anId(),
  archived: false,
  viewerCanManageTools,
  viewerCanRecordProgramBaselines: viewerCanManageTools,
  units: [],
  tools: [],
  toolRedundancy: [],
  baselines: [],
  staffing: [],
});

const MAPPING = { name: 'Tool', category: 'Category', units: 'Units', annualCost: 'Annual cost (USD)', owner: null, renewalDate: null };
const aPreview = (overrides: Partial<ToolImportPreview> = {}): ToolImportPreview => ({
  fileName: 'tools.csv',
  headers: ['Tool', 'Category', 'Units', 'Annual cost (USD)'],
  mapping: MAPPING,
  rowsTotal: 2,
  invalidRows: 0,
  rowsNew: 1,
  rowsChanged: 1,
  rowsUnchanged: 0,
  toolsNotInFile: 3,
  errors: [],
  ...overrides,
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ToolInventorySection', () => {
  it('offers a regional partner neither the import nor the export: costs and contracts are the leads’ business', () => {
    renderWithApp(<ToolInventorySection program={aProgram(false)} />, { user: aCurrentUser({ role: 'regional_partner', unitIds: [anId()] }) });
    expect(screen.getByRole('heading', { name: 'Tool inventory' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import…' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Export/ })).toBeNull();
  });

  it('lets an executive export but not import', () => {
    renderWithApp(<ToolInventorySection program={aProgram(false)} />, { user: aCurrentUser({ role: 'executive' }) });
    expect(screen.getByRole('button', { name: /Export/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import…' })).toBeNull();
  });

  it('imports a file for a program manager: says what it adds, changes and leaves alone, then commits with the columns used', async () => {
    const program = aProgram(true);
    const queue = [aPreview(), { written: 2, unchanged: 0 }];
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response(JSON.stringify(queue.shift()), { status: 200, headers: { 'content-type': 'application/json' } })));
    vi.stubGlobal('fetch', fetchMock);
    const { user } = renderWithApp(<ToolInventorySection program={program} />);

    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import tools from a file' });
    await user.upload(within(dialog).getByTestId('import-file-input'), new File(['Tool,Category\n'], 'tools.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('button', { name: 'Upload and check' }));
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/programs/${program.id}/tool-inventory-imports/preview`);

    await user.click(await within(dialog).findByRole('button', { name: 'Next: review rows' }));
    expect(within(dialog).getByText('1 new, 1 changed and 0 unchanged tools. 3 tools of the inventory not in the file stay as they are.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 rows' }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls[1]?.[0]).toBe(`/api/programs/${program.id}/tool-inventory-imports/commit?mapping=${encodeURIComponent(JSON.stringify(MAPPING))}`);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
