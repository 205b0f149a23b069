import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogActivityTags1796513978156 } from '../src/database/migrations/1796513978156-CatalogActivityTags.js';
import { FALLBACK_CAPABILITY_NAME } from '../src/database/migrations/catalog-tag-mapping.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Runs against a database of its own: it steps back before migration CatalogActivityTags, writes free-text tags, and migrates again.
describe('migration CatalogActivityTags: free-text capabilities become catalog activities', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const query = <T>(sql: string, params: unknown[] = []) => app.dataSource.query<T[]>(sql, params);
  /** Reverts the migrations that came after CatalogActivityTags, then CatalogActivityTags itself. */
  const undoThroughCatalogActivityTags = async () => {
    for (;;) {
      const [last] = await query<{ name: string }>(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      await app.dataSource.undoLastMigration({ transaction: 'each' });
      if (!last || last.name === CatalogActivityTags1796513978156.name) return;
    }
  };

  it('maps tags onto activities, then capabilities, keeps unmatched ones as new activities, and the down migration restores the words', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { phase: 'pilot' });
    const [process] = await query<{ id: string }>(`INSERT INTO capability (org_id, program_id, name, position) VALUES ($1, $2, 'Process & planning', 0) RETURNING id`, [team.org.id, program.id]);
    const [data] = await query<{ id: string }>(`INSERT INTO capability (org_id, program_id, name, position) VALUES ($1, $2, 'Data & insights', 1) RETURNING id`, [team.org.id, program.id]);
    const [routing] = await query<{ id: string }>(`INSERT INTO activity (org_id, program_id, capability_id, name, position) VALUES ($1, $2, $3, 'Lead routing', 0) RETURNING id`, [
      team.org.id,
      program.id,
      process?.id,
    ]);

    await undoThroughCatalogActivityTags();
    const [pilot] = await query<{ id: string }>(
      `INSERT INTO pilot (org_id, program_id, name, hypothesis, unit_ids, start_date, end_date, capabilities)
       VALUES ($1, $2, 'Hub routing', 'Routing through the hub is faster.', $3::uuid[], '2026-03-02', '2026-03-29', $4::varchar[]) RETURNING id`,
      [team.org.id, program.id, [team.region.id], [' lead ROUTING', 'Data & insights', 'CRM data standards', 'crm data standards']],
    );
    const [lesson] = await query<{ id: string }>(
      `INSERT INTO lesson (org_id, pilot_id, program_id, capability, kind, text, created_by_id) VALUES ($1, $2, $3, 'CRM  Data standards', 'worked', 'Agree the fields first.', $4) RETURNING id`,
      [team.org.id, pilot?.id, program.id, team.users.manager.id],
    );
    await app.dataSource.runMigrations({ transaction: 'each' });

    const tags = await query<{ name: string; capability: string }>(
      `SELECT a.name, c.name AS capability FROM pilot p CROSS JOIN unnest(p.activity_ids) WITH ORDINALITY AS t(id, n)
         JOIN activity a ON a.id = t.id JOIN capability c ON c.id = a.capability_id WHERE p.id = $1 ORDER BY t.n`,
      [pilot?.id],
    );
    expect(tags).toEqual([
      { name: 'Lead routing', capability: 'Process & planning' },
      { name: 'Data & insights', capability: 'Data & insights' },
      { name: 'CRM data standards', capability: FALLBACK_CAPABILITY_NAME },
    ]);
    const [activityIds] = await query<{ ids: string[] }>(`SELECT activity_ids::text[] AS ids FROM pilot WHERE id = $1`, [pilot?.id]);
    expect(activityIds?.ids[0]).toBe(routing?.id);
    expect(await query(`SELECT a.name FROM lesson l JOIN activity a ON a.id = l.activity_id WHERE l.id = $1`, [lesson?.id])).toEqual([{ name: 'CRM data standards' }]);
    expect(await query(`SELECT count(*)::int AS n FROM activity WHERE capability_id = $1`, [data?.id])).toEqual([{ n: 1 }]);

    await undoThroughCatalogActivityTags();
    expect(await query(`SELECT capabilities FROM pilot WHERE id = $1`, [pilot?.id])).toEqual([{ capabilities: ['Lead routing', 'Data & insights', 'CRM data standards'] }]);
    expect(await query(`SELECT capability FROM lesson WHERE id = $1`, [lesson?.id])).toEqual([{ capability: 'CRM data standards' }]);
    await app.dataSource.runMigrations({ transaction: 'each' });
    expect(await app.dataSource.showMigrations()).toBe(false);
  });
});
