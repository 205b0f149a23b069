import { describe, expect, it } from 'vitest';
import { createCache } from '../../../app/apollo';
import { PilotRowFragment } from '../../pilots/components/ProgramPilotsCard';
import { aCheckIn, aPilotDetail, aPilotUnit } from '../../pilots/testing/pilot-fixtures';
import { CheckInEntryFragment, PilotCheckInsFragment } from '../components/PilotCheckInsCard';
import { getFragmentData } from '../../../gql';
import { CheckInSubmitMutation, writeSubmittedCheckIn } from './useSubmitCheckIn';

function cachedPilot(lastStatus: 'green' | 'amber') {
  const cache = createCache();
  const dach = aPilotUnit('DACH');
  const emea = aPilotUnit('EMEA');
  const lastWeek = aCheckIn({ unit: dach, weekStart: '2026-03-02', status: lastStatus });
  const pilot = aPilotDetail({ units: [dach, emea], staleUnitIds: [dach.id], checkIns: [aCheckIn({ unit: emea, weekStart: '2026-03-09' }), lastWeek] });
  const id = cache.identify(pilot);
  cache.writeFragment({ id, fragment: PilotCheckInsFragment, fragmentName: 'PilotCheckIns', data: pilot });
  cache.writeFragment({ id, fragment: PilotRowFragment, data: pilot });
  return { cache, id, pilot, dach, emea };
}

/** What Apollo does with a mutation's answer before calling `update`. */
function submitted(cache: ReturnType<typeof createCache>, checkIn: ReturnType<typeof aCheckIn>) {
  const { unit, ...rest } = checkIn;
  const result = { ...rest, unit: { __typename: 'Unit' as const, id: unit.id, name: unit.name } };
  const input = { pilotId: checkIn.pilotId, unitId: unit.id, weekStart: checkIn.weekStart, status: checkIn.status, confidence: checkIn.confidence };
  cache.write({ dataId: 'ROOT_MUTATION', query: CheckInSubmitMutation, variables: { input }, result: { submitCheckIn: result } });
  writeSubmittedCheckIn(cache, result);
}

describe('writeSubmittedCheckIn', () => {
  it('adds the check-in to the pilot’s list and makes it the unit’s latest, no longer silent', () => {
    const { cache, id, pilot, dach, emea } = cachedPilot('green');
    const checkIn = aCheckIn({ unit: dach, pilotId: pilot.id, weekStart: '2026-03-09', status: 'amber', commentary: 'Routing desk short of staff.' });
    submitted(cache, checkIn);

    const data = cache.readFragment({ id, fragment: PilotCheckInsFragment, fragmentName: 'PilotCheckIns' });
    // Newest week first, then by unit, as the API lists them.
    const thisWeek = [dach.id, emea.id].sort();
    expect(data?.checkIns.map((ref) => getFragmentData(CheckInEntryFragment, ref)).map((item) => [item.weekStart, item.unitId])).toEqual([
      ['2026-03-09', thisWeek[0]],
      ['2026-03-09', thisWeek[1]],
      ['2026-03-02', dach.id],
    ]);
    const report = data?.unitReports.find((item) => item.unitId === dach.id);
    expect(report?.lastCheckIn?.id).toBe(checkIn.id);
    expect(report?.stale).toBe(false);
  });

  it('drops the gate evaluation only when the unit’s latest check-in turns green or stops being green', () => {
    const turned = cachedPilot('green');
    submitted(turned.cache, aCheckIn({ unit: turned.dach, pilotId: turned.pilot.id, weekStart: '2026-03-09', status: 'amber' }));
    expect(turned.cache.readFragment({ id: turned.id, fragment: PilotRowFragment })).toBeNull();

    const same = cachedPilot('green');
    submitted(same.cache, aCheckIn({ unit: same.dach, pilotId: same.pilot.id, weekStart: '2026-03-09', status: 'green' }));
    expect(same.cache.readFragment({ id: same.id, fragment: PilotRowFragment })?.evaluation?.recommendation.decision).toBe(same.pilot.evaluation.recommendation.decision);
  });
});
