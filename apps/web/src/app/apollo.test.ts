import { describe, expect, it } from 'vitest';
import { PilotCheckInsFragment } from '../features/check-ins/components/PilotCheckInsCard';
import { PilotRowFragment } from '../features/pilots/components/ProgramPilotsCard';
import { aCheckIn, aPilotDetail, aPilotUnit } from '../features/pilots/testing/pilot-fixtures';
import { createCache } from './apollo';

describe('createCache', () => {
  it('keeps one entry per unit report, so the program page and the pilot page each read their own fields of it', () => {
    const cache = createCache();
    const dach = aPilotUnit('DACH');
    const pilot = aPilotDetail({ units: [dach], staleUnitIds: [dach.id], reportingUnitIds: [dach.id], checkIns: [aCheckIn({ unit: dach, weekStart: '2026-03-09', status: 'amber' })] });
    const id = cache.identify(pilot);

    // The pilot page loads the check-ins card, then the program page's row (fewer report fields) arrives.
    cache.writeFragment({ id, fragment: PilotCheckInsFragment, fragmentName: 'PilotCheckIns', data: pilot });
    cache.writeFragment({ id, fragment: PilotRowFragment, data: pilot });

    const checkIns = cache.readFragment({ id, fragment: PilotCheckInsFragment, fragmentName: 'PilotCheckIns' });
    const [report] = checkIns?.unitReports ?? [];
    expect(report).toMatchObject({ unitId: dach.id, stale: true, viewerCanReport: true });
    expect(report?.unit.code).toBe(dach.code);
    expect(report?.lastCheckIn?.status).toBe('amber');
    expect(cache.readFragment({ id, fragment: PilotRowFragment })?.unitReports).toEqual([expect.objectContaining({ unitId: dach.id, stale: true })]);
  });
});
