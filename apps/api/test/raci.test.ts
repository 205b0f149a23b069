import Papa from 'papaparse';
import { DEFAULT_RACI_DOMAINS, DEFAULT_RACI_ROLES } from '@rollout/domain';
import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anActivity } from './factories/assessment.factory.js';
import { aProgram, aTeam } from './factories/organization.factory.js';
import { auditEventCount, binary, createTestApp, errorCode, gql, type GraphQLResponse, type TestApp } from './support/test-app.js';

type Team = Awaited<ReturnType<typeof aTeam>>;
interface Raci {
  id: string;
  version: number;
  final: boolean;
  acknowledgedWarningKeys: string[];
  markedFinalBy: { name: string } | null;
  domains: { id: string; name: string; activityId: string | null; activity: { name: string } | null; version: number }[];
  roles: { id: string; name: string; side: string; version: number }[];
  cells: { id: string; domainId: string; roleId: string; value: string; version: number }[];
  validation: { errors: { domainId: string; kind: string; sentence: string }[]; warnings: { key: string; domainId: string; kind: string; sentence: string; acknowledged: boolean }[] };
}

const RACI = `id version final acknowledgedWarningKeys markedFinalBy { name }
  domains { id name activityId activity { name } version } roles { id name side version } cells { id domainId roleId value version }
  validation { errors { domainId kind sentence } warnings { key domainId kind sentence acknowledged } }`;
const READ = `query($id: ID!) { program(id: $id) { viewerCanManageRaci raci { ${RACI} } } }`;
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${RACI} } }`;
const SET_CELL = mutation('setRaciCell', 'SetRaciCellInput');
const MARK_FINAL = mutation('markRaciFinal', 'MarkRaciFinalInput');
const REOPEN = mutation('reopenRaci', 'ReopenRaciInput');

describe('RACI', () => {
  let app: TestApp;
  let team: Team;
  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const read = async (agent: TestAgent, programId: string) => {
    const res = await gql<{ program: { viewerCanManageRaci: boolean; raci: Raci } }>(agent, READ, { id: programId });
    expect(res.errors).toBeUndefined();
    return res.data?.program ?? { viewerCanManageRaci: false, raci: undefined as never };
  };
  const call = async (name: string, document: string, input: Record<string, unknown>, agent = team.agents.manager) => {
    const res = await gql<Record<string, Raci>>(agent, document, { input });
    return { res, raci: res.data?.[name] };
  };
  const ids = (raci: Raci) => ({
    domain: (name: string) => raci.domains.find((domain) => domain.name === name)?.id ?? '',
    role: (name: string) => raci.roles.find((role) => role.name === name)?.id ?? '',
    cell: (domain: string, role: string) => raci.cells.find((cell) => cell.domainId === ids(raci).domain(domain) && cell.roleId === ids(raci).role(role)),
  });
  /** Sets cells by names, one call each, and answers the matrix after the last. */
  const fill = async (programId: string, cells: [domain: string, role: string, value: string | null][], agent = team.agents.manager) => {
    let raci = (await read(agent, programId)).raci;
    for (const [domain, role, value] of cells) {
      const { res, raci: next } = await call('setRaciCell', SET_CELL, {
        programId,
        domainId: ids(raci).domain(domain),
        roleId: ids(raci).role(role),
        value,
        expectedVersion: ids(raci).cell(domain, role)?.version ?? null,
      }, agent);
      expect(res.errors).toBeUndefined();
      raci = next ?? raci;
    }
    return raci;
  };
  /** Accountable and Responsible for every domain: no errors left. */
  const complete = (programId: string) => fill(programId, DEFAULT_RACI_DOMAINS.flatMap(({ name }): [string, string, string][] => [[name, 'Head/VP RevOps', 'A'], [name, 'Regional RevOps partner', 'R']]));
  const raciRows = async () => Number((await app.dataSource.query<{ n: number }[]>(`SELECT (SELECT count(*) FROM raci_matrix) + (SELECT count(*) FROM raci_domain) + (SELECT count(*) FROM raci_role) + (SELECT count(*) FROM raci_cell) AS n`))[0]?.n);

  it('reads the default domains and roles without writing, and stores them under the same ids with the first change', async () => {
    const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { name: 'Decision rights' });
    await anActivity(app.dataSource, team.org.id, program.id, 'Forecasting framework');
    const rowsBefore = await raciRows();

    const { raci: defaults, viewerCanManageRaci } = await read(team.agents.executive, program.id);
    expect(viewerCanManageRaci).toBe(false);
    expect(defaults.domains.map((domain) => domain.name)).toEqual(DEFAULT_RACI_DOMAINS.map((domain) => domain.name));
    expect(defaults.roles.map(({ name, side }) => ({ name, side }))).toEqual(DEFAULT_RACI_ROLES);
    // Forecasting links to its default activity, which this catalog has; Pipeline visibility's (Dashboards) is missing.
    expect(defaults.domains.slice(0, 2).map((domain) => domain.activity?.name ?? null)).toEqual(['Forecasting framework', null]);
    expect(defaults.validation.errors).toHaveLength(2 * DEFAULT_RACI_DOMAINS.length);
    expect(defaults).toMatchObject({ version: 1, final: false, cells: [] });
    expect(await raciRows()).toBe(rowsBefore);

    const raci = await fill(program.id, [['Forecasting', 'Finance', 'A']]);
    expect(raci.domains.map((domain) => domain.id)).toEqual(defaults.domains.map((domain) => domain.id));
    expect(raci.roles.map((role) => role.id)).toEqual(defaults.roles.map((role) => role.id));
    expect(raci.version).toBe(2);
    expect(await raciRows()).toBe(rowsBefore + 1 + 12 + 7 + 1);

    // The program's history tells it in sentences with names; the defaults keep their own history out of it.
    const history = await gql<{ recordHistory: { summary: string }[] }>(team.agents.executive, `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { summary } }`, { id: program.id });
    expect(history.data?.recordHistory.map((entry) => entry.summary).slice(-2)).toEqual(['started the RACI of Decision rights', 'set Forecasting × Finance to Accountable']);
  });

  it('shows errors as cells change and clears them; a stale cell version is a CONFLICT and an identical re-send changes nothing', async () => {
    const { id: programId } = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const twoA = await fill(programId, [
      ['Lead routing', 'Head/VP RevOps', 'A'],
      ['Lead routing', 'Finance', 'A'],
    ]);
    const routing = ids(twoA).domain('Lead routing');
    expect(twoA.validation.errors.filter((error) => error.domainId === routing).map((error) => error.sentence)).toEqual([
      'Lead routing has 2 Accountables (Head/VP RevOps and Finance): keep exactly one.',
      'Lead routing has no Responsible: pick at least one role to do the work.',
    ]);

    const fixed = await fill(programId, [['Lead routing', 'Finance', 'R']]);
    expect(fixed.validation.errors.filter((error) => error.domainId === routing)).toEqual([]);
    const finance = ids(fixed).cell('Lead routing', 'Finance');
    expect(finance).toMatchObject({ value: 'R', version: 2 });

    const cell = { programId, domainId: routing, roleId: ids(fixed).role('Finance') };
    const stale = await call('setRaciCell', SET_CELL, { ...cell, value: 'C', expectedVersion: 1 });
    expect(errorCode(stale.res)).toBe('CONFLICT');
    expect(stale.res.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, current: { value: 'R' } });
    // Someone filled the cell since it was seen empty: that is a change over theirs too.
    expect(errorCode((await call('setRaciCell', SET_CELL, { ...cell, value: 'C' })).res)).toBe('CONFLICT');

    const resent = await call('setRaciCell', SET_CELL, { ...cell, value: 'R', expectedVersion: 1 });
    expect(resent.res.errors).toBeUndefined();
    expect([ids(resent.raci as Raci).cell('Lead routing', 'Finance')?.version, resent.raci?.version]).toEqual([2, fixed.version]);

    const cleared = await call('setRaciCell', SET_CELL, { ...cell, value: null, expectedVersion: 2 });
    expect(ids(cleared.raci as Raci).cell('Lead routing', 'Finance')).toBeUndefined();
    expect(cleared.raci?.validation.errors.map((error) => error.sentence)).toContain('Lead routing has no Responsible: pick at least one role to do the work.');
    // A cleared cell has no row; its history still names its domain and role.
    const history = await gql<{ recordHistory: { summary: string }[] }>(team.agents.executive, `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { summary } }`, { id: programId });
    expect(history.data?.recordHistory.map((entry) => entry.summary).slice(-3)).toEqual([
      'set Lead routing × Finance to Accountable',
      'changed Lead routing × Finance from Accountable to Responsible',
      'cleared Lead routing × Finance (was Responsible)',
    ]);
  });

  it('warns when a domain’s Accountable sits on the other side of where the Design tab placed its activity, and stops when they agree', async () => {
    const { id: programId } = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { targetModel: 'hub_and_spoke' });
    const activity = await anActivity(app.dataSource, team.org.id, programId, 'Forecasting framework');
    const sideWarnings = (raci: Raci) => raci.validation.warnings.map((warning) => warning.sentence).filter((sentence) => sentence.includes('sits in'));
    // Head/VP RevOps is a hub role; nothing is placed yet, so nothing to compare.
    expect(sideWarnings(await fill(programId, [['Forecasting', 'Head/VP RevOps', 'A'], ['Forecasting', 'Regional RevOps partner', 'R']]))).toEqual([]);

    const place = (placement: string, expectedVersion: number | null) =>
      gql(team.agents.manager, 'mutation($input: SavePlacementInput!) { savePlacement(input: $input) { id } }', {
        input: { programId, activityId: activity.id, placement, reason: 'Workshop', expectedVersion },
      });
    expect((await place('spoke', null)).errors).toBeUndefined();
    expect(sideWarnings((await read(team.agents.manager, programId)).raci)).toEqual([
      'Forecasting: the Accountable, Head/VP RevOps, sits in the hub, but the activity Forecasting framework is placed in the spokes.',
    ]);
    expect((await place('hub', 1)).errors).toBeUndefined();
    expect(sideWarnings((await read(team.agents.manager, programId)).raci)).toEqual([]);
  });

  it('refuses to mark the matrix final while errors stand or warnings are unacknowledged, then marks it, refuses edits until reopened', async () => {
    const { id: programId } = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const broken = await fill(programId, [['Forecasting', 'Finance', 'A']]);
    const withErrors = await call('markRaciFinal', MARK_FINAL, { programId, expectedVersion: broken.version });
    expect(errorCode(withErrors.res)).toBe('BAD_USER_INPUT');
    expect(withErrors.res.errors?.[0]?.message).toMatch(
      /^The RACI cannot be marked final yet: 23 errors to fix\. Forecasting has no Responsible: pick at least one role to do the work\. Pipeline visibility has no Accountable/,
    );
    expect(withErrors.res.errors?.[0]?.extensions.fieldErrors).toContainEqual({ field: 'domains', message: 'Pipeline visibility has no Accountable: pick exactly one role.' });

    await complete(programId);
    // Forecasting: Head/VP RevOps and Finance both Accountable until Finance is Consulted, with three more Consulted roles.
    const warned = await fill(programId, [
      ['Forecasting', 'Finance', 'C'],
      ['Forecasting', 'Sales leadership', 'C'],
      ['Forecasting', 'Marketing ops', 'C'],
      ['Forecasting', 'CS ops', 'C'],
    ]);
    expect(warned.validation.errors).toEqual([]);
    const [warning] = warned.validation.warnings;
    expect(warned.validation.warnings).toHaveLength(1);
    expect(warning).toMatchObject({ kind: 'many_consulted', acknowledged: false, sentence: expect.stringMatching(/^Forecasting has 4 Consulted roles/) as unknown });

    const unacknowledged = await call('markRaciFinal', MARK_FINAL, { programId, expectedVersion: warned.version });
    expect([errorCode(unacknowledged.res), unacknowledged.res.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', 'The RACI cannot be marked final yet: 1 warning to acknowledge.']);
    const stale = await call('markRaciFinal', MARK_FINAL, { programId, expectedVersion: warned.version - 1, acknowledgedWarningKeys: [warning?.key] });
    expect(errorCode(stale.res)).toBe('CONFLICT');

    const final = await call('markRaciFinal', MARK_FINAL, { programId, expectedVersion: warned.version, acknowledgedWarningKeys: [warning?.key, 'many_consulted:gone'] });
    expect(final.res.errors).toBeUndefined();
    expect(final.raci).toMatchObject({ final: true, acknowledgedWarningKeys: [warning?.key], markedFinalBy: { name: team.users.manager.name } });
    expect(final.raci?.validation.warnings[0]?.acknowledged).toBe(true);
    // The same request again succeeds and changes nothing.
    expect((await call('markRaciFinal', MARK_FINAL, { programId, expectedVersion: warned.version, acknowledgedWarningKeys: [warning?.key] })).raci?.version).toBe(final.raci?.version);

    const edit = await call('setRaciCell', SET_CELL, { programId, domainId: ids(warned).domain('Forecasting'), roleId: ids(warned).role('IT/data engineering'), value: 'I' });
    expect([errorCode(edit.res), edit.res.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', 'The RACI is final: reopen it before changing it.']);

    const reopened = await call('reopenRaci', REOPEN, { programId, expectedVersion: final.raci?.version });
    expect(reopened.raci).toMatchObject({ final: false, markedFinalBy: null });
    // The acknowledgement stays while its situation lasts.
    expect(reopened.raci?.validation.warnings[0]?.acknowledged).toBe(true);
    expect((await fill(programId, [['Forecasting', 'IT/data engineering', 'I']])).final).toBe(false);

    const history = await gql<{ recordHistory: { summary: string }[] }>(team.agents.executive, `query($id: ID!) { recordHistory(recordType: program, recordId: $id) { summary } }`, { id: programId });
    const summaries = history.data?.recordHistory.map((entry) => entry.summary) ?? [];
    expect(summaries.filter((summary) => summary.includes('RACI of'))).toEqual([expect.stringMatching(/^started the RACI of /), expect.stringMatching(/final: acknowledged 1 warning$/), expect.stringMatching(/^reopened the RACI of /)]);
  });

  it('lets partners and executives read the RACI but not change it; archived programs are read-only', async () => {
    const { id: programId } = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const { raci, viewerCanManageRaci } = await read(team.agents.partner, programId);
    expect(viewerCanManageRaci).toBe(false);
    expect((await read(team.agents.manager, programId)).viewerCanManageRaci).toBe(true);
    const input = { programId, domainId: ids(raci).domain('Forecasting'), roleId: ids(raci).role('Regional RevOps partner'), value: 'A' };
    const before = await auditEventCount(app);
    expect(errorCode((await call('setRaciCell', SET_CELL, input, team.agents.partner)).res)).toBe('FORBIDDEN');
    expect(errorCode((await call('setRaciCell', SET_CELL, input, team.agents.executive)).res)).toBe('FORBIDDEN');
    expect(await auditEventCount(app)).toBe(before);

    const { id: archivedId } = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { archivedAt: new Date() });
    expect((await read(team.agents.manager, archivedId)).viewerCanManageRaci).toBe(false);
    const archived = await call('setRaciCell', SET_CELL, { ...input, programId: archivedId, domainId: ids((await read(team.agents.manager, archivedId)).raci).domain('Forecasting') });
    expect(errorCode(archived.res)).toBe('BAD_USER_INPUT');
  });

  it('adds, renames, links and removes domains and roles; removing filled cells needs confirmation', async () => {
    const { id: programId } = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
    const routing = await anActivity(app.dataSource, team.org.id, programId, 'Lead routing');
    const added = await call('addRaciDomain', mutation('addRaciDomain', 'AddRaciDomainInput'), { programId, name: 'lead routing for partners' });
    expect(added.raci?.domains.at(-1)).toMatchObject({ name: 'lead routing for partners', activityId: null });
    const routingDomain = added.raci?.domains.find((domain) => domain.name === 'Lead routing');
    expect(routingDomain?.activity).toEqual({ name: 'Lead routing' });

    const taken = await call('renameRaciDomain', mutation('renameRaciDomain', 'RenameRaciItemInput'), { programId, id: routingDomain?.id, name: 'FORECASTING', expectedVersion: 1 });
    expect(taken.res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', message: 'The RACI already has a domain named "FORECASTING".' }] });
    const renamed = await call('renameRaciDomain', mutation('renameRaciDomain', 'RenameRaciItemInput'), { programId, id: routingDomain?.id, name: 'Lead routing rules', expectedVersion: 1 });
    expect(renamed.raci?.domains.find((domain) => domain.id === routingDomain?.id)).toMatchObject({ name: 'Lead routing rules', version: 2, activity: { name: 'Lead routing' } });
    const unlinked = await call('linkRaciDomain', mutation('linkRaciDomain', 'LinkRaciDomainInput'), { programId, id: routingDomain?.id, activityId: null, expectedVersion: 2 });
    expect(unlinked.raci?.domains.find((domain) => domain.id === routingDomain?.id)?.activityId).toBeNull();
    const relinked = await call('linkRaciDomain', mutation('linkRaciDomain', 'LinkRaciDomainInput'), { programId, id: routingDomain?.id, activityId: routing.id, expectedVersion: 3 });
    expect(relinked.raci?.domains.find((domain) => domain.id === routingDomain?.id)?.activityId).toBe(routing.id);

    const role = await call('addRaciRole', mutation('addRaciRole', 'AddRaciRoleInput'), { programId, name: 'Deal desk' });
    const dealDesk = role.raci?.roles.at(-1);
    expect(dealDesk).toMatchObject({ name: 'Deal desk', side: 'either' });
    expect(errorCode((await call('addRaciRole', mutation('addRaciRole', 'AddRaciRoleInput'), { programId, name: 'Domain' })).res)).toBe('BAD_USER_INPUT');
    const sided = await call('setRaciRoleSide', mutation('setRaciRoleSide', 'SetRaciRoleSideInput'), { programId, id: dealDesk?.id, side: 'hub', expectedVersion: 1 });
    expect(sided.raci?.roles.at(-1)).toMatchObject({ side: 'hub', version: 2 });
    const renamedRole = await call('renameRaciRole', mutation('renameRaciRole', 'RenameRaciItemInput'), { programId, id: dealDesk?.id, name: 'Deal desk ops', expectedVersion: 2 });
    expect(renamedRole.raci?.roles.at(-1)?.name).toBe('Deal desk ops');

    await fill(programId, [['Lead routing rules', 'Deal desk ops', 'R']]);
    const remove = mutation('removeRaciRole', 'RemoveRaciItemInput');
    const unconfirmed = await call('removeRaciRole', remove, { programId, id: dealDesk?.id, expectedVersion: 3 });
    expect(unconfirmed.res.errors?.[0]?.extensions.fieldErrors).toEqual([{ field: 'confirmed', message: 'Deal desk ops has 1 filled cell; confirm to remove them with it.' }]);
    const removed = await call('removeRaciRole', remove, { programId, id: dealDesk?.id, expectedVersion: 3, confirmed: true });
    expect([removed.raci?.roles.some((row) => row.id === dealDesk?.id), removed.raci?.cells]).toEqual([false, []]);
    const removedDomain = await call('removeRaciDomain', mutation('removeRaciDomain', 'RemoveRaciItemInput'), { programId, id: added.raci?.domains.at(-1)?.id, expectedVersion: 1 });
    expect(removedDomain.raci?.domains.map((domain) => domain.name)).not.toContain('lead routing for partners');
  });

  it('answers for several programs in the same number of statements (no N+1)', async () => {
    // An organization of its own: every program listed has a linked activity and a final RACI.
    const own = await aTeam(app);
    const list = `query($first: Int) { programs(first: $first) { nodes { viewerCanManageRaci raci { ${RACI} } } } }`;
    for (let i = 0; i < 3; i += 1) {
      const { id } = await aProgram(app.dataSource, own.org.id, own.users.manager.id);
      await anActivity(app.dataSource, own.org.id, id, 'Forecasting framework');
      await fill(id, [['Forecasting', 'Finance', 'A']], own.agents.manager);
      // Set-up, not a sign-off: marked final directly so the list also names who marked each one.
      await app.dataSource.query(`UPDATE raci_matrix SET final = true, marked_final_by_id = $2 WHERE program_id = $1`, [id, own.users.manager.id]);
    }
    const statements = async (first: number) => {
      const res = await own.agents.executive.post('/graphql').set('apollo-require-preflight', 'true').send({ query: list, variables: { first } });
      expect((res.body as GraphQLResponse<unknown>).errors).toBeUndefined();
      return Number(res.headers['x-db-statements']);
    };
    expect(await statements(3)).toBe(await statements(1));
  });

  describe('files', () => {
    const download = async (agent: TestAgent, url: string) => agent.get(url).buffer(true).parse(binary);
    const upload = (programId: string, step: 'preview' | 'commit', file: Buffer, fileName = 'raci.csv') =>
      team.agents.manager.post(`/api/programs/${programId}/raci-imports/${step}`).set('x-file-name', fileName).set('content-type', 'application/octet-stream').send(file);

    it('exports the matrix with names and letters, and its export (CSV or XLSX) imports again unchanged', async () => {
      const program = await aProgram(app.dataSource, team.org.id, team.users.manager.id, { name: 'RACI files' });
      await fill(program.id, [
        ['Forecasting', 'Finance', 'A'],
        ['Forecasting', 'Regional RevOps partner', 'R'],
        ['Lead routing', 'Marketing ops', 'C'],
      ]);
      const csv = await download(team.agents.partner, `/api/programs/${program.id}/raci.csv`);
      expect([csv.status, csv.headers['content-disposition']]).toEqual([200, 'attachment; filename="raci-files-raci.csv"']);
      const rows = Papa.parse<string[]>((csv.body as Buffer).toString('utf8'), { skipEmptyLines: true }).data;
      expect(rows[0]).toEqual(['Domain', ...DEFAULT_RACI_ROLES.map((role) => role.name)]);
      expect(rows.slice(1).map((row) => row[0])).toEqual(DEFAULT_RACI_DOMAINS.map((domain) => domain.name));
      expect(rows[1]).toEqual(['Forecasting', '', 'R', '', '', '', 'A', '']);

      const before = await auditEventCount(app);
      const again = await upload(program.id, 'commit', csv.body as Buffer);
      expect([again.status, again.body]).toEqual([200, { written: 0, unchanged: 12 }]);
      const xlsx = await download(team.agents.executive, `/api/programs/${program.id}/raci.xlsx`);
      const fromXlsx = await upload(program.id, 'commit', xlsx.body as Buffer, 'raci.xlsx');
      expect([fromXlsx.status, fromXlsx.body]).toEqual([200, { written: 0, unchanged: 12 }]);
      expect(await auditEventCount(app)).toBe(before);
    });

    it('previews per-row errors and writes nothing from a file with any; a clean file sets and clears cells in one transaction', async () => {
      const { id: programId } = await aProgram(app.dataSource, team.org.id, team.users.manager.id);
      const filled = await fill(programId, [['Quota allocation', 'Finance', 'I']]);
      const bad = Buffer.from('Domain,Finance,Sales leadership\nQuota allocation,Accountable,R\nPartner deals,A,R\nForecasting,X,\n');
      const preview = await upload(programId, 'preview', bad);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        rowsTotal: 3,
        invalidRows: 2,
        rowsChanged: 1,
        cellsChanged: 2,
        errors: [
          { line: 3, column: 'Domain', reason: 'Unknown domain "Partner deals": use the names of the RACI’s domains, or add the domain first.' },
          { line: 4, column: 'Finance', reason: '"X" is not a RACI letter: use R, A, C or I (or Responsible, Accountable, Consulted, Informed), or leave the cell empty.' },
        ],
      });
      const before = await auditEventCount(app);
      const refused = await upload(programId, 'commit', bad);
      expect([refused.status, (refused.body as { code: string }).code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(await auditEventCount(app)).toBe(before);
      expect((await read(team.agents.manager, programId)).raci.cells).toEqual(filled.cells);

      const clean = await upload(programId, 'commit', Buffer.from('Domain,Finance,Sales leadership\nquota ALLOCATION,Accountable,R\nForecasting,,C\n'));
      expect([clean.status, clean.body]).toEqual([200, { written: 2, unchanged: 0 }]);
      const raci = (await read(team.agents.manager, programId)).raci;
      expect(raci.cells.map((cell) => `${raci.domains.find((d) => d.id === cell.domainId)?.name} × ${raci.roles.find((r) => r.id === cell.roleId)?.name}: ${cell.value}`).sort()).toEqual([
        'Forecasting × Sales leadership: C',
        'Quota allocation × Finance: A',
        'Quota allocation × Sales leadership: R',
      ]);
    });
  });
});
