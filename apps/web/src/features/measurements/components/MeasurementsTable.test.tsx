import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MeasurementSource } from '../../../gql/graphql';
import { anId } from '../../../test/fixtures';
import { graphQLError, renderWithApp } from '../../../test/render';
import { RecordHistoryQuery, RECORD_HISTORY_LIMIT } from '../../history/hooks/useRecordHistory';
import { MEASUREMENTS_PAGE, MeasurementsQuery, RecordMeasurementMutation } from '../hooks/useMeasurements';
import { MeasurementsTable, type MeasurementUnitOption } from './MeasurementsTable';

const metric = { id: anId(), name: 'Lead response time', unit: 'hours' as const };
const dach: MeasurementUnitOption = { id: anId(), name: 'DACH', canRecord: true };
const usWest: MeasurementUnitOption = { id: anId(), name: 'US West', canRecord: false };
const priya = { __typename: 'User' as const, id: anId(), name: 'Priya Shah' };

function aMeasurement(unit: MeasurementUnitOption, overrides: Partial<{ id: string; date: string; value: number; version: number; source: MeasurementSource }> = {}) {
  return {
    __typename: 'Measurement' as const,
    id: overrides.id ?? anId(),
    metricId: metric.id,
    unitId: unit.id,
    date: overrides.date ?? '2026-03-02',
    value: overrides.value ?? 12,
    source: overrides.source ?? 'import',
    version: overrides.version ?? 1,
    updatedAt: '2026-03-03T09:00:00.000Z',
    unit: { __typename: 'Unit' as const, id: unit.id, name: unit.name },
    enteredBy: priya,
  };
}

function listMock(unit: MeasurementUnitOption, rows: ReturnType<typeof aMeasurement>[]): MockLink.MockedResponse {
  return {
    request: { query: MeasurementsQuery, variables: { metricId: metric.id, unitId: unit.id, first: MEASUREMENTS_PAGE } },
    result: { data: { measurements: rows } },
  };
}

function renderTable(mocks: MockLink.MockedResponse[], units: MeasurementUnitOption[] = [dach, usWest], writable = true) {
  return renderWithApp(<MeasurementsTable metric={metric} units={units} writable={writable} />, { route: '/pilots/x', mocks });
}

function row(date: string): HTMLElement {
  const match = screen.getAllByTestId('measurement-row').find((element) => element.getAttribute('data-date') === date);
  if (!match) throw new Error(`No row for ${date}`);
  return match;
}

describe('MeasurementsTable', () => {
  it('lists a unit’s values newest first, with Add and Correct only where the viewer may record', async () => {
    const { user } = renderTable([
      listMock(dach, [aMeasurement(dach, { date: '2026-03-09', value: 11.5, source: 'manual' }), aMeasurement(dach, { date: '2026-03-02', value: 12 })]),
      listMock(usWest, [aMeasurement(usWest, { date: '2026-03-02', value: 20 })]),
    ]);

    await screen.findAllByTestId('measurement-row');
    expect(screen.getAllByTestId('measurement-row').map((element) => element.getAttribute('data-date'))).toEqual(['2026-03-09', '2026-03-02']);
    expect(row('2026-03-09').textContent).toContain('11.5 h');
    expect(row('2026-03-09').textContent).toContain('Entered by hand');
    expect(row('2026-03-02').textContent).toContain('Imported from a file');
    expect(screen.getByRole('button', { name: 'Add value' })).toBeTruthy();
    expect(within(row('2026-03-02')).getByRole('button', { name: 'Correct the value on Mar 2, 2026' })).toBeTruthy();

    // A unit the viewer does not report on: read only (history still there).
    await user.click(screen.getByRole('combobox', { name: 'Unit' }));
    await user.click(await screen.findByRole('option', { name: 'US West' }));
    await waitFor(() => expect(row('2026-03-02').textContent).toContain('20 h'));
    expect(screen.queryByRole('button', { name: 'Add value' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Correct/ })).toBeNull();
    expect(within(row('2026-03-02')).getByRole('button', { name: 'History of the value on Mar 2, 2026' })).toBeTruthy();
  });

  it('offers no changes once the pilot is decided', async () => {
    renderTable([listMock(dach, [aMeasurement(dach)])], [dach], false);

    await screen.findAllByTestId('measurement-row');
    expect(screen.queryByRole('button', { name: 'Add value' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Correct/ })).toBeNull();
  });

  it('sends a correction with the version it was opened with', async () => {
    const value = aMeasurement(dach, { version: 3 });
    const corrected = { ...value, pilotId: anId(), value: 11.5, version: 4, source: 'manual' as const };
    const { user } = renderTable([
      listMock(dach, [value]),
      {
        request: {
          query: RecordMeasurementMutation,
          variables: { input: { metricId: metric.id, unitId: dach.id, date: '2026-03-02', value: 11.5, expectedVersion: 3 } },
        },
        result: { data: { recordMeasurement: corrected } },
      },
      listMock(dach, [corrected]),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Correct the value on Mar 2, 2026' }));
    const form = screen.getByRole('form', { name: 'Correct value' });
    expect(within(form).getByLabelText<HTMLInputElement>(/^Day/).readOnly).toBe(true);
    const input = within(form).getByRole<HTMLInputElement>('textbox', { name: /^Value \(hours\)/ });
    expect(input.value).toBe('12');
    await user.clear(input);
    await user.type(input, '11.5');
    await user.click(within(form).getByRole('button', { name: 'Save correction' }));

    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    await waitFor(() => expect(row('2026-03-02').textContent).toContain('11.5 h'));
  });

  it('keeps the typed value on CONFLICT, shows theirs and replaces it with their version on the next save', async () => {
    const value = aMeasurement(dach, { version: 3 });
    const sent: unknown[] = [];
    const theirs = { ...value, value: 13, version: 4, source: 'manual' as const };
    const mine = { ...value, pilotId: anId(), value: 11.5, version: 5, source: 'manual' as const };
    const { user } = renderTable([
      listMock(dach, [value]),
      {
        request: {
          query: RecordMeasurementMutation,
          variables: (variables: unknown) => {
            sent.push(variables);
            return true;
          },
        },
        result: graphQLError('CONFLICT', 'Someone else changed this measurement since you opened it.', {
          entity: 'Measurement',
          currentVersion: 4,
          current: { value: 13, version: 4 },
        }),
      },
      listMock(dach, [theirs]),
      {
        request: {
          query: RecordMeasurementMutation,
          variables: (variables: unknown) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { recordMeasurement: mine } },
      },
      listMock(dach, [mine]),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Correct the value on Mar 2, 2026' }));
    const form = screen.getByRole('form', { name: 'Correct value' });
    const input = within(form).getByRole<HTMLInputElement>('textbox', { name: /^Value/ });
    await user.clear(input);
    await user.type(input, '11.5');
    await user.click(within(form).getByRole('button', { name: 'Save correction' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed it meanwhile: 13 h');
    expect(input.value).toBe('11.5');
    await user.click(within(form).getByRole('button', { name: 'Replace their value' }));

    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(sent).toEqual([
      { input: { metricId: metric.id, unitId: dach.id, date: '2026-03-02', value: 11.5, expectedVersion: 3 } },
      { input: { metricId: metric.id, unitId: dach.id, date: '2026-03-02', value: 11.5, expectedVersion: 4 } },
    ]);
  });

  it('adds a value without a version and shows a server rejection beside the day', async () => {
    const { user } = renderTable([
      listMock(dach, []),
      {
        request: {
          query: RecordMeasurementMutation,
          variables: { input: { metricId: metric.id, unitId: dach.id, date: '2020-01-06', value: 9 } },
        },
        result: graphQLError('BAD_USER_INPUT', 'Pick a day from 2025-03-02 to 2026-03-29.', {
          fieldErrors: [{ field: 'date', message: 'Pick a day from 2025-03-02 to 2026-03-29.' }],
        }),
      },
    ]);

    expect(await screen.findByText('No values for DACH yet: add one, or import a file.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add value' }));
    const form = screen.getByRole('form', { name: 'Add value' });
    await user.click(within(form).getByRole('button', { name: 'Save value' }));
    expect(await within(form).findByText('Enter a number.')).toBeTruthy();

    const day = within(form).getByLabelText<HTMLInputElement>(/^Day/);
    await user.clear(day);
    await user.type(day, '2020-01-06');
    await user.type(within(form).getByRole('textbox', { name: /^Value/ }), '9');
    await user.click(within(form).getByRole('button', { name: 'Save value' }));

    expect(await within(form).findByText('Pick a day from 2025-03-02 to 2026-03-29.')).toBeTruthy();
    expect(day.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows who entered and corrected a value in its history', async () => {
    const value = aMeasurement(dach, { value: 11.5, version: 2 });
    const { user } = renderTable([
      listMock(dach, [value]),
      {
        request: { query: RecordHistoryQuery, variables: { recordType: 'measurement', recordId: value.id, first: RECORD_HISTORY_LIMIT } },
        result: {
          data: {
            recordHistory: [
              {
                __typename: 'AuditEntry',
                id: anId(),
                at: '2026-03-03T09:00:00.000Z',
                operation: 'insert',
                recordType: 'measurement',
                recordId: value.id,
                actor: priya,
                changes: [
                  { __typename: 'FieldChange', field: 'value', from: null, to: '12' },
                  { __typename: 'FieldChange', field: 'source', from: null, to: 'import' },
                ],
              },
              {
                __typename: 'AuditEntry',
                id: anId(),
                at: '2026-03-04T09:00:00.000Z',
                operation: 'update',
                recordType: 'measurement',
                recordId: value.id,
                actor: { __typename: 'User', id: anId(), name: 'Marco Rossi' },
                changes: [
                  { __typename: 'FieldChange', field: 'value', from: '12', to: '11.5' },
                  { __typename: 'FieldChange', field: 'source', from: 'import', to: 'manual' },
                ],
              },
            ],
          },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'History of the value on Mar 2, 2026' }));
    const entries = await screen.findAllByTestId('measurement-history-entry');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringContaining('Marco Rossi corrected 12 h → 11.5 h'),
      expect.stringContaining('Priya Shah imported 12 h'),
    ]);
  });
});
