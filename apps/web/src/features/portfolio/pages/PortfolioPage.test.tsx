import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { RevopsDeliveryQuery } from '../../backlog/components/DeliveryCard';
import { PortfolioAttentionQuery } from '../components/AttentionCard';
import { PortfolioHeatMapQuery } from '../components/HeatMap';
import { PortfolioQuery } from '../hooks/usePortfolio';
import { PortfolioPage } from './PortfolioPage';

const weeks = Array.from({ length: 12 }, (_, i) => `2026-09-${String(14 + i).padStart(2, '0')}`);
const unit = (id: string, name: string, parentId: string | null, depth: number, kind = 'country') => ({ __typename: 'PortfolioUnit' as const, id, name, kind, parentId, depth });
const units = [unit('emea', 'EMEA', null, 0, 'region'), unit('dach', 'DACH', 'emea', 1), unit('uk', 'UK & Ireland', 'emea', 1)];

function portfolio(programNames: readonly string[]) {
  return {
    __typename: 'Portfolio' as const,
    asOf: '2026-12-07',
    programs: programNames.map((name, i) => ({
      __typename: 'PortfolioProgram' as const,
      id: `program-${i}`,
      name,
      phase: 'pilot',
      status: 'on_track',
      ownerName: 'Priya Shah',
      health: 'off_track',
      healthReason: 'Off track: CRM data completeness in DACH pilot is off track.',
      unitCount: 4,
      liveCount: 1,
      adoptedCount: 0,
      blockedCount: 1,
      adoption: weeks.map((week, w) => ({ __typename: 'AdoptionWeek' as const, week, live: w > 9 ? 1 : 0, adopted: 0 })),
      pilots: [
        {
          __typename: 'PortfolioPilot' as const,
          id: 'pilot-1',
          name: 'DACH pilot',
          status: 'running',
          recommendation: 'adjust',
          decision: null,
          keyMetric: {
            __typename: 'PortfolioMetric' as const,
            metric: { __typename: 'SuccessMetric' as const, id: 'metric-1', name: 'Lead response time', unit: 'hours', direction: 'lower_is_better', target: 8 },
            state: 'at_risk',
            current: 14.6,
            weekly: [18, 16, null, 14.6],
          },
        },
      ],
    })),
    filterUnits: units,
    owners: [{ __typename: 'PortfolioOwner' as const, id: 'owner-1', name: 'Priya Shah' }],
    checkInMix: weeks.map((weekStart) => ({ __typename: 'RagWeek' as const, weekStart, green: 3, amber: 1, red: weekStart === weeks[11] ? 1 : 0 })),
  };
}

const NO_FILTER: { regionId: string | null; businessUnitId: null; ownerId: null; phase: null } = { regionId: null, businessUnitId: null, ownerId: null, phase: null };
const summary = (units: number, red: number, owing: number, blocked: number, own: Record<string, unknown> | null = null) => ({
  __typename: 'HeatMapSummary' as const,
  programId: 'program-0',
  units,
  red,
  amber: 0,
  green: 0,
  owing,
  blocked,
  own: own && { __typename: 'HeatMapCell' as const, ...own },
});
const heatRow = (u: (typeof units)[number], hasChildren: boolean, cells: ReturnType<typeof summary>[]) => ({ __typename: 'HeatMapRow' as const, unit: { __typename: 'PortfolioUnit' as const, id: u.id, name: u.name, depth: u.depth }, hasChildren, cells });
const heatMapLevel = (parentId: string, rows: ReturnType<typeof heatRow>[], filter = NO_FILTER) => ({ request: { query: PortfolioHeatMapQuery, variables: { filter, parentId } }, result: { data: { portfolioHeatMap: rows } } });
const [emea, dach, uk] = units as [(typeof units)[number], (typeof units)[number], (typeof units)[number]];

const attention = (first: number) => ({ request: { query: PortfolioAttentionQuery, variables: { first } }, result: { data: { portfolioAttention: { __typename: 'AttentionList' as const, totalCount: 0, items: [] } } } });
const emptyAttention = attention(12);
const delivery = { request: { query: RevopsDeliveryQuery }, result: { data: { revopsDelivery: [] } } };

describe('PortfolioPage', () => {
  it('tells each program’s story: computed health with why and the reported status beside it, roll-out, pilots with their recommendation, and the heat map', async () => {
    const { user } = renderWithApp(<PortfolioPage />, {
      route: '/portfolio',
      mocks: [
        // The heat map's top level comes with the portfolio, in the same request.
        { request: { query: PortfolioQuery, variables: { filter: NO_FILTER } }, result: { data: { portfolio: portfolio(['Global hub-and-spoke RevOps']), portfolioHeatMap: [heatRow(emea, true, [summary(2, 1, 1, 1)])] } } },
        heatMapLevel('emea', [
          heatRow(dach, false, [summary(1, 1, 1, 0, { stage: 'piloting', stageLabel: 'Piloting · week 3 of 6', rag: 'red', stale: true, blocked: false, link: '/pilots/pilot-1#check-in-dach' })]),
          heatRow(uk, false, [summary(1, 0, 0, 1, { stage: 'not_started', stageLabel: 'Not started', rag: null, stale: false, blocked: true, link: '/programs/program-0?tab=units' })]),
        ]),
        emptyAttention,
        delivery,
      ],
    });
    const row = await screen.findByTestId('portfolio-program');
    expect(within(row).getByText('Off track: CRM data completeness in DACH pilot is off track.')).toBeTruthy();
    expect(within(within(row).getByTestId('reported-status')).getByText('On track')).toBeTruthy();
    expect(within(row).getByRole('img', { name: 'Phase 4 of 6: Pilot' })).toBeTruthy();
    expect(row.textContent).toContain('25% live · 0% adopted');
    expect(within(row).getByText('Recommends adjust')).toBeTruthy();
    expect(within(row).getByText(/^Lead response time: 14\.6 h vs 8 h/)).toBeTruthy();
    // Its chart: twelve weeks of its roll-out, and its pilot's key metric against the target.
    const trend = screen.getByRole('article', { name: 'Global hub-and-spoke RevOps: trends' });
    expect(within(trend).getByRole('img', { name: 'Units live from 0 to 1 of 4, adopted from 0 to 0, Sep 14 to Sep 25' })).toBeTruthy();
    expect(within(trend).getByRole('img', { name: 'Lead response time week by week: 18 h, 16 h, none, 14.6 h; target 8 h' })).toBeTruthy();
    expect(within(trend).getByRole('link', { name: 'DACH pilot' }).getAttribute('href')).toBe('/pilots/pilot-1');

    // EMEA sums up the units below it, and unfolds to them.
    expect(await screen.findByRole('img', { name: 'EMEA in Global hub-and-spoke RevOps: 2 units; last check-ins 1 red; 1 owe a check-in; 1 blocked' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Unfold EMEA' }));
    // A red cell leads to the unit's check-in; it says what it shows without colour.
    const red = await screen.findByRole('link', { name: 'DACH in Global hub-and-spoke RevOps: Piloting · week 3 of 6; last check-in red; owes a check-in' });
    expect(red.getAttribute('href')).toBe('/pilots/pilot-1#check-in-dach');
    expect(screen.getByRole('link', { name: /^UK & Ireland in Global hub-and-spoke RevOps: Not started; no recent check-in; blocked$/ }).getAttribute('href')).toBe('/programs/program-0?tab=units');
    await user.click(screen.getByRole('button', { name: 'Fold EMEA' }));
    expect(screen.queryByRole('link', { name: /^DACH in / })).toBeNull();
  });

  it('keeps the filter in the address, so the view can be shared, and the downloads carry it', async () => {
    const { user, currentLocation } = renderWithApp(<PortfolioPage />, {
      route: '/portfolio',
      mocks: [
        { request: { query: PortfolioQuery, variables: { filter: NO_FILTER } }, result: { data: { portfolio: portfolio(['Alpha', 'Beta']), portfolioHeatMap: [] } } },
        { request: { query: PortfolioQuery, variables: { filter: { ...NO_FILTER, regionId: 'emea' } } }, result: { data: { portfolio: portfolio(['Alpha']), portfolioHeatMap: [] } } },
        emptyAttention,
        attention(200),
        delivery,
      ],
    });
    expect(await screen.findAllByTestId('portfolio-program')).toHaveLength(2);
    await user.click(screen.getByRole('combobox', { name: 'Region' }));
    await user.click(await screen.findByRole('option', { name: 'EMEA' }));
    expect(currentLocation()).toBe('/portfolio?region=emea');
    await screen.findByText('Programs region EMEA.');
    expect(await screen.findAllByTestId('portfolio-program')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Export the portfolio' }));
    expect((await screen.findByRole('menuitem', { name: 'The whole view (Excel)' })).getAttribute('href')).toBe('/api/portfolio.xlsx?region=emea');
    expect(screen.getByRole('menuitem', { name: 'Heat map as CSV' }).getAttribute('href')).toBe('/api/portfolio/heat-map.csv?region=emea');
  });
});
