import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anId } from '../../../test/fixtures';
import { fieldErrorOf } from '../../../test/field-error';
import { renderWithApp } from '../../../test/render';
import { SaveCompanyProfileMutation } from '../hooks/useAlignment';
import { CompanyProfileDialog } from './CompanyProfileDialog';

describe('CompanyProfileDialog', () => {
  it('names an empty field with the domain’s message before sending, then saves the profile', async () => {
    const programId = anId();
    const sent: unknown[] = [];
    const onClose = vi.fn();
    const { user } = renderWithApp(<CompanyProfileDialog programId={programId} profile={null} onClose={onClose} />, {
      mocks: [
        {
          request: { query: SaveCompanyProfileMutation, variables: (variables: unknown) => (sent.push(variables), true) },
          result: { data: { saveCompanyProfile: { __typename: 'CompanyProfile', version: 1 } } },
        },
      ],
    });
    const dialog = screen.getByRole('dialog', { name: 'Company profile' });
    await user.type(within(dialog).getByLabelText(/^Go-to-market headcount/), '160');
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(fieldErrorOf(within(dialog).getByLabelText(/^Annual recurring revenue/))).toBe('Enter the ARR.'));
    expect(sent).toEqual([]);

    await user.type(within(dialog).getByLabelText(/^Annual recurring revenue/), '120000000');
    await user.selectOptions(within(dialog).getByLabelText('Go-to-market complexity'), 'highly_complex');
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([
      { input: { programId, arrUsd: 120_000_000, gtmHeadcount: 160, regions: 1, gtmMotions: 1, complexity: 'highly_complex', holdingCompany: false } },
    ]);
  });
});
