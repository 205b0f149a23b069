import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { AttentionCard, PortfolioAttentionQuery } from './AttentionCard';

const programId = anId();
const item = (kind: string, text: string, link: string) => ({ __typename: 'AttentionItem' as const, kind, programId, programName: 'Global hub-and-spoke RevOps', text, link, daysLate: 3 });

describe('AttentionCard', () => {
  it('lists what needs attention with its kind and program, each line a link to its record', async () => {
    renderWithApp(<AttentionCard />, {
      mocks: [
        {
          request: { query: PortfolioAttentionQuery, variables: { first: 12 } },
          result: {
            data: {
              portfolioAttention: {
                __typename: 'AttentionList' as const,
                totalCount: 15,
                items: [
                  item('gate_overdue', 'Nordics forecast ended 3 days ago (Dec 4, 2026) and is not in review yet', '/pilots/p1'),
                  item('request_breached', 'REQ-23 Fix duplicates: Waiting 4 days past its triage target', `/programs/${programId}?tab=backlog&request=r1`),
                ],
              },
            },
          },
        },
      ],
    });
    const list = await screen.findByRole('list');
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first as HTMLElement).getByText('Gate review overdue')).toBeTruthy();
    expect(within(first as HTMLElement).getByRole('link').getAttribute('href')).toBe('/pilots/p1');
    expect(within(second as HTMLElement).getByRole('link', { name: /^REQ-23 Fix duplicates/ }).getAttribute('href')).toBe(`/programs/${programId}?tab=backlog&request=r1`);
    expect(within(second as HTMLElement).getByText(/Global hub-and-spoke RevOps/)).toBeTruthy();
    // The server answers the first items and the count: the rest is said in one line.
    expect(within(list).getByText('and 13 more')).toBeTruthy();
  });
});
