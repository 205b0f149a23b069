import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportStatus } from '../../../gql/graphql';
import { anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { CommitMeasurementImportMutation, MeasurementImportQuery, PreviewMeasurementImportMutation } from '../hooks/useMeasurementImport';
import { ImportMeasurementsButton } from './ImportMeasurementsDialog';

const CSV = ['metric,unit,date,value', 'lead_response_time,EMEA-DACH,2026-03-02,12', 'lead_response_time,Atlantis,2026-03-02,14', 'lead_response_time,EMEA-DACH,2026-03-09,11'].join('\n');
const MAPPING = { metric: 'metric', unit: 'unit', date: 'date', value: 'value' };

function anImport(importId: string, overrides: Partial<{ status: ImportStatus; rowsProcessed: number; rowsWritten: number; rowsUnchanged: number; rowsSkipped: number; failure: string | null }> = {}) {
  return {
    __typename: 'MeasurementImport' as const,
    id: importId,
    fileName: 'values.csv',
    format: 'csv' as const,
    status: overrides.status ?? 'uploaded',
    rowsTotal: 3,
    rowsProcessed: overrides.rowsProcessed ?? 0,
    rowsWritten: overrides.rowsWritten ?? 0,
    rowsUnchanged: overrides.rowsUnchanged ?? 0,
    rowsSkipped: overrides.rowsSkipped ?? 0,
    failure: overrides.failure ?? null,
  };
}

type GuessedMapping = { [K in keyof typeof MAPPING]: string | null };

function aPreview(importId: string, options: { mapping?: Partial<GuessedMapping>; errors?: { line: number; column: string | null; reason: string }[] } = {}) {
  const errors = options.errors ?? [];
  const invalid = new Set(errors.map((error) => error.line)).size;
  return {
    __typename: 'ImportPreview' as const,
    import: anImport(importId),
    columns: ['metric', 'unit', 'date', 'value', 'region'],
    mapping: { __typename: 'ImportColumnMapping' as const, ...MAPPING, ...options.mapping },
    rowsTotal: 3,
    validRows: 3 - invalid,
    invalidRows: invalid,
    errors: errors.map((error) => ({ __typename: 'ImportRowError' as const, ...error })),
    sample: [
      { __typename: 'ImportPreviewRow' as const, line: 2, metric: 'Lead response time', unit: 'DACH', date: '2026-03-02', value: 12 },
      { __typename: 'ImportPreviewRow' as const, line: 4, metric: 'Lead response time', unit: 'DACH', date: '2026-03-09', value: 11 },
    ],
  };
}

const UNKNOWN_UNIT = 'Unknown unit "Atlantis": use the name or code of one of the pilot’s units or comparison units.';

/** Answers the upload like the API: 201 with the import, or the error given. */
function stubUpload(importId: string, failure?: { status: number; code: string; message: string }) {
  const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
    Promise.resolve(
      failure
        ? new Response(JSON.stringify({ code: failure.code, message: failure.message }), { status: failure.status, headers: { 'content-type': 'application/json' } })
        : new Response(JSON.stringify({ importId, fileName: 'values.csv', format: 'csv', rowsTotal: 3 }), { status: 201, headers: { 'content-type': 'application/json' } }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function renderButton(mocks: MockLink.MockedResponse[], onImported = vi.fn()) {
  const pilotId = anId();
  return { ...renderWithApp(<ImportMeasurementsButton pilotId={pilotId} onImported={onImported} />, { route: '/pilots/x', mocks }), pilotId, onImported };
}

async function chooseAndUpload(user: ReturnType<typeof renderWithApp>['user'], file = new File([CSV], 'values.csv', { type: 'text/csv' })) {
  await user.click(screen.getByRole('button', { name: 'Import values' }));
  const dialog = await screen.findByRole('dialog');
  await user.upload(within(dialog).getByTestId('import-file-input'), file);
  await user.click(within(dialog).getByRole('button', { name: 'Upload and check' }));
  return dialog;
}

describe('ImportMeasurementsButton', () => {
  it('uploads the file, lists each problem row and blocks the import until only valid rows is ticked; then shows progress and the result', async () => {
    // The dialog polls the running import: the clock is fake, so the next poll comes when the test waits for it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const importId = anId();
    const fetchMock = stubUpload(importId);
    const committed = anImport(importId, { status: 'committed', rowsProcessed: 3, rowsWritten: 2, rowsSkipped: 1 });
    const { user, pilotId, onImported } = renderButton([
      {
        request: { query: PreviewMeasurementImportMutation, variables: { input: { importId } } },
        result: { data: { previewMeasurementImport: aPreview(importId, { errors: [{ line: 3, column: 'unit', reason: UNKNOWN_UNIT }] }) } },
      },
      {
        request: { query: CommitMeasurementImportMutation, variables: { input: { importId, mapping: MAPPING, onlyValidRows: true } } },
        result: { data: { commitMeasurementImport: anImport(importId, { status: 'running' }) } },
      },
      {
        request: { query: MeasurementImportQuery, variables: { id: importId } },
        result: { data: { measurementImport: anImport(importId, { status: 'running', rowsProcessed: 1 }) } },
      },
      { request: { query: MeasurementImportQuery, variables: { id: importId } }, result: { data: { measurementImport: committed } }, maxUsageCount: 10 },
    ]);

    const dialog = await chooseAndUpload(user);

    // The chosen file with its size, sent as the raw body with the session cookie.
    expect(within(dialog).getByTestId('import-chosen-file').textContent).toMatch(/values\.csv.*\d+ B/);
    await within(dialog).findByText('Which column holds what?');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/pilots/${pilotId}/measurement-imports`);
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('x-file-name')).toBe('values.csv');
    expect(init?.body).toBeInstanceOf(File);

    // Columns: prefilled from the guess.
    expect(within(dialog).getByRole<HTMLInputElement>('combobox', { name: /^Unit column/ }).value).toBe('unit');
    expect(within(dialog).getByRole<HTMLInputElement>('combobox', { name: /^Value column/ }).value).toBe('value');
    await user.click(within(dialog).getByRole('button', { name: 'Next: review rows' }));

    // Review: counts, the problem row with its line and reason, and Import blocked.
    await within(dialog).findByText('Review before importing');
    expect(within(dialog).getByTestId('import-count-valid').textContent).toContain('2');
    expect(within(dialog).getByTestId('import-count-invalid').textContent).toContain('1');
    expect(within(dialog).getByTestId('import-count-total').textContent).toContain('3');
    const problem = within(within(dialog).getByTestId('import-errors')).getAllByTestId('import-error-row');
    expect(problem).toHaveLength(1);
    expect(problem[0]?.textContent).toContain('3');
    expect(problem[0]?.textContent).toContain('unit');
    expect(problem[0]?.textContent).toContain(UNKNOWN_UNIT);
    expect(within(dialog).getByTestId('import-sample').textContent).toContain('Lead response time');
    const importButton = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Import 2 values' });
    expect(importButton.disabled).toBe(true);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Import only the valid rows (skip 1)' }));
    expect(importButton.disabled).toBe(false);
    await user.click(importButton);

    // Progress, then the result; the page is told once.
    expect(await within(dialog).findByRole('progressbar', { name: 'Import progress' })).toBeTruthy();
    await waitFor(() => expect(within(dialog).getByTestId('import-progress-text').textContent).toBe('1 of 3 rows processed'));
    expect(stepState(dialog, 'Import')).toBe('in progress');
    const summary = await within(dialog).findByTestId('import-summary');
    // Finished: the last step shows its check mark too, not its number.
    await waitFor(() => expect(stepState(dialog, 'Import')).toBe('completed'));
    expect(summary.textContent).toContain('2 values written, 0 unchanged, 1 skipped');
    expect(within(dialog).getByTestId('import-progress-text').textContent).toBe('3 of 3 rows processed');
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(onImported.mock.calls[0]?.[0]).toMatchObject({ id: importId, status: 'committed', rowsWritten: 2 });

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('checks the rows again when a column changes, and asks for columns it could not guess', async () => {
    const importId = anId();
    stubUpload(importId);
    const { user } = renderButton([
      {
        request: { query: PreviewMeasurementImportMutation, variables: { input: { importId } } },
        result: {
          data: {
            previewMeasurementImport: aPreview(importId, {
              mapping: { unit: null },
              errors: [{ line: 1, column: null, reason: 'No column is chosen for the unit.' }],
            }),
          },
        },
      },
      {
        request: { query: PreviewMeasurementImportMutation, variables: { input: { importId, mapping: { ...MAPPING, unit: 'region' } } } },
        result: { data: { previewMeasurementImport: aPreview(importId, { mapping: { unit: 'region' } }) } },
      },
    ]);

    const dialog = await chooseAndUpload(user);
    const unitColumn = await within(dialog).findByRole('combobox', { name: /^Unit column/ });
    expect(within(dialog).getByText('Pick the column with the units.')).toBeTruthy();
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Next: review rows' }).disabled).toBe(true);

    await user.click(unitColumn);
    await user.click(await screen.findByRole('option', { name: 'region' }));

    await waitFor(() => expect(within(dialog).getByTestId('import-mapping-counts').textContent).toContain('3 rows: 3 can be imported'));
    await user.click(within(dialog).getByRole('button', { name: 'Next: review rows' }));
    await within(dialog).findByText('Every row can be imported');
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Import 3 values' }).disabled).toBe(false);
  });

  it('says nothing changed when the same file is imported again', async () => {
    const importId = anId();
    stubUpload(importId);
    const { user } = renderButton([
      { request: { query: PreviewMeasurementImportMutation, variables: { input: { importId } } }, result: { data: { previewMeasurementImport: aPreview(importId) } } },
      {
        request: { query: CommitMeasurementImportMutation, variables: { input: { importId, mapping: MAPPING, onlyValidRows: false } } },
        result: { data: { commitMeasurementImport: anImport(importId, { status: 'running' }) } },
      },
      {
        request: { query: MeasurementImportQuery, variables: { id: importId } },
        result: { data: { measurementImport: anImport(importId, { status: 'committed', rowsProcessed: 3, rowsUnchanged: 3 }) } },
        maxUsageCount: 10,
      },
    ]);

    const dialog = await chooseAndUpload(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Next: review rows' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 values' }));

    const summary = await within(dialog).findByTestId('import-summary');
    expect(summary.textContent).toContain('0 written, 3 unchanged — nothing changed');
  });

  it('shows why a failed import wrote nothing, and goes back to the review', async () => {
    const importId = anId();
    stubUpload(importId);
    const { user, onImported } = renderButton([
      { request: { query: PreviewMeasurementImportMutation, variables: { input: { importId } } }, result: { data: { previewMeasurementImport: aPreview(importId) } } },
      {
        request: { query: CommitMeasurementImportMutation, variables: { input: { importId, mapping: MAPPING, onlyValidRows: false } } },
        result: { data: { commitMeasurementImport: anImport(importId, { status: 'running' }) } },
      },
      {
        request: { query: MeasurementImportQuery, variables: { id: importId } },
        result: { data: { measurementImport: anImport(importId, { status: 'failed', failure: 'The pilot is decided: its measurements are final and can no longer change.' }) } },
        maxUsageCount: 10,
      },
    ]);

    const dialog = await chooseAndUpload(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Next: review rows' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 values' }));

    expect(await within(dialog).findByText('The pilot is decided: its measurements are final and can no longer change.')).toBeTruthy();
    expect(onImported).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Back to review' }));
    expect(await within(dialog).findByText('Review before importing')).toBeTruthy();
  });

  it('says an import was interrupted, in words, and commits it again', async () => {
    const importId = anId();
    stubUpload(importId);
    const commitRequest = { query: CommitMeasurementImportMutation, variables: { input: { importId, mapping: MAPPING, onlyValidRows: false } } };
    const interrupted = 'The server stopped while writing these values, so nothing was imported. Commit again to import the file.';
    const { user, onImported } = renderButton([
      { request: { query: PreviewMeasurementImportMutation, variables: { input: { importId } } }, result: { data: { previewMeasurementImport: aPreview(importId) } } },
      { request: commitRequest, result: { data: { commitMeasurementImport: anImport(importId, { status: 'running' }) } } },
      {
        request: { query: MeasurementImportQuery, variables: { id: importId } },
        result: { data: { measurementImport: anImport(importId, { status: 'interrupted', rowsProcessed: 2, failure: interrupted }) } },
      },
      { request: commitRequest, result: { data: { commitMeasurementImport: anImport(importId, { status: 'running' }) } } },
      {
        request: { query: MeasurementImportQuery, variables: { id: importId } },
        result: { data: { measurementImport: anImport(importId, { status: 'committed', rowsProcessed: 3, rowsWritten: 3 }) } },
        maxUsageCount: 10,
      },
    ]);

    const dialog = await chooseAndUpload(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Next: review rows' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 values' }));

    expect(await within(dialog).findByRole('heading', { name: 'Import interrupted' })).toBeTruthy();
    expect(within(dialog).getByText(interrupted)).toBeTruthy();
    expect(within(dialog).queryByText('interrupted')).toBeNull();
    expect(onImported).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Import again' }));
    expect(await within(dialog).findByRole('heading', { name: 'Import finished' })).toBeTruthy();
    expect(within(dialog).getByTestId('import-summary').textContent).toContain('3 values written');
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
  });

  it('shows the API’s reason when it refuses the upload, and refuses old .xls files before sending', async () => {
    const fetchMock = stubUpload(anId(), { status: 400, code: 'BAD_USER_INPUT', message: 'The file has a header but no rows of values.' });
    renderButton([]);
    // A file dropped (or picked with "All files") is not filtered by the input's accept list.
    const user = userEvent.setup({ applyAccept: false });

    await user.click(screen.getByRole('button', { name: 'Import values' }));
    const dialog = await screen.findByRole('dialog');
    await user.upload(within(dialog).getByTestId('import-file-input'), new File(['x'], 'legacy.xls'));
    expect(within(dialog).getByRole('alert').textContent).toContain('Old Excel files (.xls) cannot be read');
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Upload and check' }).disabled).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();

    await user.upload(within(dialog).getByTestId('import-file-input'), new File(['metric,unit,date,value\n'], 'empty.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('button', { name: 'Upload and check' }));
    expect(await within(dialog).findByText('The file has a header but no rows of values.')).toBeTruthy();
    // Still on the first step, ready for another file.
    expect(within(dialog).getByRole('button', { name: 'Choose another file' })).toBeTruthy();
  });

  it('shows a commit refusal from the API', async () => {
    const importId = anId();
    stubUpload(importId);
    const { user } = renderButton([
      { request: { query: PreviewMeasurementImportMutation, variables: { input: { importId } } }, result: { data: { previewMeasurementImport: aPreview(importId) } } },
      {
        request: { query: CommitMeasurementImportMutation, variables: () => true },
        result: graphQLError('BAD_USER_INPUT', 'Line 3: unknown unit "Atlantis".'),
      },
    ]);

    const dialog = await chooseAndUpload(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Next: review rows' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 values' }));
    expect(await within(dialog).findByText('Line 3: unknown unit "Atlantis".')).toBeTruthy();
  });
});

/** Whether a step of the import stepper is current, done (check mark) or still ahead. */
function stepState(dialog: HTMLElement, label: string): 'in progress' | 'completed' | 'ahead' {
  const step = within(dialog).getByText(label, { selector: '.mantine-Stepper-stepLabel' }).closest('.mantine-Stepper-step');
  if (step?.hasAttribute('data-completed')) return 'completed';
  return step?.hasAttribute('data-progress') ? 'in progress' : 'ahead';
}
