import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import type { GridImportPreview } from '@rollout/domain';
import { ImportGridButton } from './ImportGridDialog';

const CSV = 'Capability,Activity,Unit,Who does it,Maturity,Note\nData,Dashboards,EMEA,Both,3,\nData,Dashboards,Narnia,Both,3,\n';
const MAPPING = { activity: 'Activity', unit: 'Unit', performer: 'Who does it', maturity: 'Maturity', note: 'Note' };
const aPreview = (overrides: Partial<GridImportPreview> = {}): GridImportPreview => ({
  fileName: 'grid.csv',
  headers: ['Capability', 'Activity', 'Unit', 'Who does it', 'Maturity', 'Note'],
  mapping: MAPPING,
  rowsTotal: 2,
  rowsEmpty: 0,
  invalidRows: 0,
  rowsNew: 2,
  rowsChanged: 0,
  rowsUnchanged: 0,
  errors: [],
  ...overrides,
});

/** Answers the grid routes in order: each call takes the next JSON body. */
function stubRoutes(...bodies: { status?: number; body: unknown }[]) {
  const queue = [...bodies];
  const fetchMock = vi.fn((_url: string, _init?: RequestInit) => {
    const next = queue.shift() ?? { status: 500, body: null };
    return Promise.resolve(new Response(JSON.stringify(next.body), { status: next.status ?? 200, headers: { 'content-type': 'application/json' } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openAndUpload(programId: string) {
  const { user } = renderWithApp(<ImportGridButton programId={programId} />, { route: '/programs/x', mocks: [] });
  await user.click(screen.getByRole('button', { name: 'Import…' }));
  const dialog = await screen.findByRole('dialog');
  await user.upload(within(dialog).getByTestId('import-file-input'), new File([CSV], 'grid.csv', { type: 'text/csv' }));
  await user.click(within(dialog).getByRole('button', { name: 'Upload and check' }));
  return { user, dialog };
}

describe('ImportGridButton', () => {
  it('checks the file, lists each problem row by line, column and reason, and refuses to import until the file is fixed', async () => {
    const programId = anId();
    const reason = 'Unknown unit "Narnia": use the name or code of one of the program’s units, or Central team.';
    const fetchMock = stubRoutes({ body: aPreview({ invalidRows: 1, rowsNew: 1, errors: [{ line: 3, column: 'Unit', reason }] }) });
    const { user, dialog } = await openAndUpload(programId);

    // The file goes as the raw body, named in a header, to the preview route with no mapping (the API guesses).
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/programs/${programId}/assessment-grid-imports/preview`);
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', headers: { 'x-file-name': 'grid.csv' } });

    // Columns: guessed from the headers; the counts of the check.
    expect(await within(dialog).findByText('Which column holds what?')).toBeTruthy();
    expect(within(dialog).getByTestId('import-mapping-counts').textContent).toBe('2 rows: 1 can be imported, 1 have problems.');
    await user.click(within(dialog).getByRole('button', { name: 'Next: review rows' }));

    const row = within(dialog).getByTestId('import-error-row');
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['3', 'Unit', reason]);
    expect(within(dialog).getByRole('alert').textContent).toContain('Fix these rows first');
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Import 1 row' }).disabled).toBe(true);
  });

  it('imports a clean file in one go with the guessed columns, then closes', async () => {
    const programId = anId();
    const fetchMock = stubRoutes({ body: aPreview() }, { body: { written: 2, unchanged: 0 } });
    const { user, dialog } = await openAndUpload(programId);
    await user.click(await within(dialog).findByRole('button', { name: 'Next: review rows' }));
    expect(within(dialog).getByText('Ready to import')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 rows' }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls[1]?.[0]).toBe(`/api/programs/${programId}/assessment-grid-imports/commit?mapping=${encodeURIComponent(JSON.stringify(MAPPING))}`);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
