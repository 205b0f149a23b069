import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgramEntity } from '../src/modules/programs/program.entity.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { createTestApp, gql, type TestApp } from './support/test-app.js';

const UPDATE = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { version objective } }`;
const GET = `query($id: ID!) { program(id: $id) { version } }`;

describe('concurrent edits', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const edit = (program: ProgramEntity, expectedVersion: number, objective: string) =>
    gql<{ updateProgram: { version: number } }>(team.agents.manager, UPDATE, {
      input: {
        id: program.id,
        expectedVersion,
        objective,
        name: program.name,
        targetModel: program.targetModel,
        sponsor: program.sponsor,
        ownerId: program.ownerId,
        startDate: program.startDate,
        targetDate: program.targetDate,
        status: program.status,
      },
    });

  it('lets exactly one of 20 simultaneous edits of the same version win; the rest get CONFLICT', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => edit(program, 1, `edit ${i}`)));
    const winners = results.filter((r) => r.data?.updateProgram);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((r) => r.errors?.[0]?.extensions.currentVersion === 2)).toBe(true);
    const row = await app.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: program.id });
    expect(row.version).toBe(2);
  });

  it('loses no update when 8 writers keep retrying: one winner per version, every write in the history', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const writes: string[] = [];
    const writer = async (name: string) => {
      for (let n = 0; n < 3; n += 1) {
        const marker = `${name}#${n}`;
        for (;;) {
          const current = await gql<{ program: { version: number } }>(team.agents.manager, GET, { id: program.id });
          const res = await edit(program, current.data?.program.version ?? 0, marker);
          if (res.data) {
            writes.push(marker);
            break;
          }
          expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, i) => writer(`w${i}`)));
    const row = await app.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: program.id });
    expect(row.version).toBe(1 + writes.length);
    const history: { to: string }[] = await app.dataSource.query(
      `SELECT changes -> 'objective' ->> 'to' AS to FROM audit_event WHERE record_id = $1 AND op = 'update' ORDER BY id`,
      [program.id],
    );
    // Responses may arrive out of commit order, so compare as sets; the row holds the last commit.
    expect(history.map((h) => h.to).sort()).toEqual([...writes].sort());
    expect(row.objective).toBe(history.at(-1)?.to);
  });
});
