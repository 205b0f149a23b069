import type { APIRequestContext } from 'playwright-core';
import { createRunningPilot, day, gql, type PilotUnit, type RunningPilot } from './pilot-fixtures';

/**
 * A new program whose running pilot (in `pilotUnit`) the steering committee decided to scale, with
 * `otherUnits` in its rollout, ready for a roll-out plan.
 */
export async function createScaledPilot(api: APIRequestContext, pilotUnit: string, otherUnits: readonly string[]): Promise<RunningPilot & { others: PilotUnit[] }> {
  const pilot = await createRunningPilot(api, { unitCodes: [pilotUnit], startDate: day(-35) });
  const { units } = await gql<{ units: PilotUnit[] }>(api, `query { units { id code name } }`);
  const others = otherUnits.map((code) => units.find((unit) => unit.code === code)).filter((unit): unit is PilotUnit => unit !== undefined);
  await gql(api, `mutation ($input: AddProgramUnitsInput!) { addProgramUnits(input: $input) { unitId } }`, {
    input: { programId: pilot.programId, unitIds: [...pilot.units, ...others].map((unit) => unit.id) },
  });
  const version = async () => (await gql<{ pilot: { version: number } }>(api, `query ($id: ID!) { pilot(id: $id) { version } }`, { id: pilot.pilotId })).pilot.version;
  await gql(api, `mutation ($input: ChangePilotStatusInput!) { changePilotStatus(input: $input) { id } }`, { input: { id: pilot.pilotId, expectedVersion: await version(), status: 'in_review' } });
  await gql(api, `mutation ($input: RecordGateDecisionInput!) { recordGateDecision(input: $input) { id } }`, {
    input: { pilotId: pilot.pilotId, expectedVersion: await version(), decision: 'scale', rationale: 'Routing desk answered within the day in every week; scale it.' },
  });
  return { ...pilot, others };
}
