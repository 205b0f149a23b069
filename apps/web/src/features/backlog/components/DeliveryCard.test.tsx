import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anId } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { DeliveryCard, RevopsDeliveryQuery } from './DeliveryCard';

const programId = anId();
const item = (n: number, status: 'committed' | 'in_progress' | 'delivered', month: string) => ({
  __typename: 'RoadmapItem' as const,
  requestId: anId(),
  label: `REQ-${n}`,
  problem: `Request ${n}`,
  teamName: n % 2 ? 'Hub' : 'UK & Ireland',
  plannedMonth: month,
  status,
});

describe('DeliveryCard', () => {
  it('tells an executive, program by program, what RevOps delivers this quarter and next, linking each item to its request', async () => {
    const items = [item(1, 'delivered', '2026-11-01'), item(2, 'in_progress', '2026-12-01'), item(3, 'committed', '2027-01-01'), item(4, 'committed', '2027-02-01'), item(5, 'committed', '2027-03-01')];
    renderWithApp(<DeliveryCard />, {
      mocks: [
        {
          request: { query: RevopsDeliveryQuery },
          result: { data: { revopsDelivery: [{ __typename: 'ProgramDelivery' as const, programId, programName: 'Global hub-and-spoke RevOps', committed: 3, inProgress: 1, delivered: 1, items }] } },
        },
      ],
    });
    expect(await screen.findByRole('link', { name: 'Global hub-and-spoke RevOps' })).toHaveProperty('href', expect.stringContaining(`/programs/${programId}?tab=backlog`));
    expect(screen.getByText('3 committed')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'REQ-2' }).getAttribute('href')).toBe(`/programs/${programId}?tab=backlog&request=${items[1]?.requestId}`);
    expect(screen.getByText('UK & Ireland · In progress')).toBeTruthy();
    // Four items, then the rest is on the roadmap.
    expect(screen.queryByRole('link', { name: 'REQ-5' })).toBeNull();
    expect(screen.getByRole('link', { name: '1 more on its roadmap' })).toBeTruthy();
  });
});
