import { aPilot, aSuccessMetric } from '@rollout/domain/testing';
import { request, type APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../pages/SignInPage';
import { uniqueName } from './journey';

// Data for the pilot journeys, made through the GraphQL API so no spec depends on the demo pilots'
// state: each spec creates its own program and running pilot.

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL call as the web app makes it (session cookie of `api`, CSRF header); the raw answer. */
export async function gqlRaw<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLBody<T>> {
  const response = await api.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** A GraphQL call that must succeed; throws with the errors otherwise. */
export async function gql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gqlRaw<T>(api, query, variables);
  if (!body.data || (body.errors?.length ?? 0) > 0) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** An API client signed in as a demo user, outside the browser; dispose it after the test. */
export async function apiSignedInAs(baseUrl: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl });
  await gql(api, `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`, {
    email,
    password: DEMO_PASSWORD,
  });
  return api;
}

/** `YYYY-MM-DD`, `days` from today (UTC, as the server counts). */
export function day(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface PilotUnit {
  id: string;
  code: string;
  name: string;
}

export interface RunningPilot {
  programId: string;
  programName: string;
  pilotId: string;
  pilotName: string;
  /** The pilot units, in the order of `unitCodes`. */
  units: PilotUnit[];
}

/**
 * A new program owned by the signed-in program manager, with one running pilot in the given
 * units: one catalog metric (lead response time, baseline 20 h, target 12 h), no measurements.
 */
export async function createRunningPilot(api: APIRequestContext, options: { unitCodes: string[]; startDate: string; name?: string }): Promise<RunningPilot> {
  const { me, units } = await gql<{ me: { id: string }; units: PilotUnit[] }>(api, `query { me { id } units { id code name } }`);
  const pilotUnits = options.unitCodes.map((code) => {
    const unit = units.find((item) => item.code === code);
    if (!unit) throw new Error(`No unit ${code} in the demo company`);
    return unit;
  });
  const programName = uniqueName('E2E pilot program');
  const { createProgram } = await gql<{ createProgram: { id: string } }>(
    api,
    `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
    {
      input: {
        name: programName,
        objective: 'Answer every inbound lead within a working day through a shared routing desk.',
        ownerId: me.id,
        sponsor: 'Dana Whitfield, CRO',
        startDate: day(-120),
        targetDate: day(240),
        targetModel: 'hub_and_spoke',
      },
    },
  );
  // Every new program starts with the default catalog; the pilot changes its lead routing.
  const { program } = await gql<{ program: { assessment: { capabilities: { activities: { id: string; name: string }[] }[] } } }>(
    api,
    `query ($id: ID!) { program(id: $id) { assessment { capabilities { activities { id name } } } } }`,
    { id: createProgram.id },
  );
  const routing = program.assessment.capabilities.flatMap((capability) => capability.activities).find((activity) => activity.name === 'Lead routing');
  if (!routing) throw new Error('The default catalog has no Lead routing');
  const pilotName = options.name ?? uniqueName('E2E routing pilot');
  const planned = aPilot({ hypothesis: 'A shared routing desk answers inbound leads within 12 hours instead of 20.' });
  const metric = aSuccessMetric({ baseline: 20, target: 12 });
  const { createPilot } = await gql<{ createPilot: { id: string } }>(
    api,
    `mutation ($input: CreatePilotInput!) { createPilot(input: $input) { id } }`,
    {
      input: {
        programId: createProgram.id,
        name: pilotName,
        hypothesis: planned.hypothesis,
        unitIds: pilotUnits.map((unit) => unit.id),
        startDate: options.startDate,
        activityIds: [routing.id],
      },
    },
  );
  await gql(api, `mutation ($input: AddSuccessMetricInput!) { addSuccessMetric(input: $input) { id } }`, {
    input: { pilotId: createPilot.id, catalogKey: metric.catalogKey, baseline: metric.baseline, target: metric.target },
  });
  const { pilot } = await gql<{ pilot: { version: number } }>(api, `query ($id: ID!) { pilot(id: $id) { version } }`, { id: createPilot.id });
  await gql(api, `mutation ($input: ChangePilotStatusInput!) { changePilotStatus(input: $input) { id } }`, {
    input: { id: createPilot.id, expectedVersion: pilot.version, status: 'running' },
  });
  return { programId: createProgram.id, programName, pilotId: createPilot.id, pilotName, units: pilotUnits };
}
