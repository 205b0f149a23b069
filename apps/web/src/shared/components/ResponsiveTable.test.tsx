import { Button } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { onPhone } from '../../test/viewport';
import { ResponsiveTable, type ResponsiveColumn } from './ResponsiveTable';

interface Region {
  id: string;
  name: string;
  partner: string;
  note: string;
}

const rows: Region[] = [
  { id: 'r1', name: 'France & Benelux', partner: 'Amélie Laurent', note: 'Lead routing live in all three countries.' },
  { id: 'r2', name: 'Australia & New Zealand', partner: 'Jack Wilson', note: 'Waiting for sandbox access.' },
];

const columns: ResponsiveColumn<Region>[] = [
  { key: 'name', header: 'Unit', cardRole: 'title', render: (row) => <strong>{row.name}</strong> },
  { key: 'partner', header: 'Partner', render: (row) => row.partner },
  { key: 'note', header: 'Partner’s note', render: (row) => row.note },
  { key: 'actions', header: 'Actions', cardRole: 'actions', render: (row) => <Button size="xs">Update {row.name}</Button> },
];

function renderTable(loadingRows?: number) {
  return renderWithApp(
    <ResponsiveTable
      aria-label="Regions"
      rows={rows}
      columns={columns}
      rowKey={(row) => row.id}
      rowProps={(row) => ({ 'data-testid': 'region-row', 'data-region': row.id })}
      loadingRows={loadingRows}
    />,
  );
}

describe('ResponsiveTable', () => {
  it('renders a table with a header per column on wide screens', () => {
    renderTable();

    const table = screen.getByRole('table', { name: 'Regions' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Unit',
      'Partner',
      'Partner’s note',
      'Actions',
    ]);
    const [first] = screen.getAllByTestId('region-row');
    expect(first?.tagName).toBe('TR');
    expect(first?.getAttribute('data-region')).toBe('r1');
    expect(within(first as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'France & Benelux',
      'Amélie Laurent',
      'Lead routing live in all three countries.',
      'Update France & Benelux',
    ]);
    expect(screen.queryByRole('list', { name: 'Regions' })).toBeNull();
  });

  it('renders one card per row with each value under its label on a phone', () => {
    onPhone();
    renderTable();

    expect(screen.queryByRole('table')).toBeNull();
    const list = screen.getByRole('list', { name: 'Regions' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    // The same row attributes, so page objects find rows in either layout.
    expect(screen.getAllByTestId('region-row')).toEqual(cards);
    const card = cards[1] as HTMLElement;
    expect(card?.getAttribute('data-region')).toBe('r2');
    expect(within(card).getByText('Australia & New Zealand').tagName).toBe('STRONG');
    // Labelled values: each label (dt) is followed by its value (dd); title and actions carry no label.
    const labels = within(card).getAllByRole('term').map((term) => term.textContent);
    const values = within(card).getAllByRole('definition').map((value) => value.textContent);
    expect(labels).toEqual(['Partner', 'Partner’s note']);
    expect(values).toEqual(['Jack Wilson', 'Waiting for sandbox access.']);
    within(card).getByRole('button', { name: 'Update Australia & New Zealand' });
  });

  it('shows placeholders instead of rows while loading, in both layouts', () => {
    const { unmount } = renderTable(3);
    expect(screen.getByRole('table', { name: 'Regions' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('France & Benelux')).toBeNull();
    unmount();

    onPhone();
    renderTable(3);
    expect(screen.getByLabelText('Regions').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('France & Benelux')).toBeNull();
  });
});
