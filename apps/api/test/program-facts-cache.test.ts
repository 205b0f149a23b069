import { isoWeekStart, shiftDays } from '@rollout/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../src/common/time/today.js';
import { aProgram, aProgramUnit, aTeam, aUnit } from './factories/organization.factory.js';
import { aCheckIn, aPilot, aWaveUnit } from './factories/pilot.factory.js';
import { computedNow, createTestApp, type TestApp } from './support/test-app.js';

const PORTFOLIO = `query { portfolio {
  programs { name unitCount liveCount blockedCount adoption { live } pilots { name status decision } }
  checkInMix { green red } }
  portfolioHeatMap(parentId: null) { unit { name } cells { programId own { stage rag blocked } } } }`;

interface Answer {
  portfolio: {
    programs: { name: string; unitCount: number; liveCount: number; blockedCount: number; adoption: { live: number }[]; pilots: { name: string; status: string; decision: string | null }[] }[];
    checkInMix: { green: number; red: number }[];
  };
  portfolioHeatMap: { unit: { name: string }; cells: { programId: string; own: { stage: string; rag: string | null; blocked: boolean } | null }[] }[];
}

// What the portfolio computes per program is kept by the program's data version, which the database
// moves on every write behind it, whoever writes: these tests write straight to the tables.
describe('the portfolio’s facts kept per program', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof aTeam>>;
  const day = today();
  const thisWeek = isoWeekStart(day);

  beforeAll(async () => {
    app = await createTestApp();
    team = await aTeam(app);
  });
  afterAll(async () => {
    await app.close();
  });

  async function read(): Promise<{ answer: Answer; statements: number }> {
    const { data, statements } = await computedNow<Answer>(team.agents.executive, PORTFOLIO);
    return { answer: data, statements };
  }

  it('answers unchanged programs from what it kept, and sees every kind of write behind a program at once', async () => {
    const { org, users } = team;
    const lisbon = await aUnit(app.dataSource, org.id, { name: 'Lisbon', parentId: null, kind: 'country' });
    const porto = await aUnit(app.dataSource, org.id, { name: 'Porto', parentId: null, kind: 'country' });
    const program = await aProgram(app.dataSource, org.id, users.manager.id, { name: 'Iberia', phase: 'pilot' });
    await aProgramUnit(app.dataSource, org.id, program.id, lisbon.id);
    await aProgramUnit(app.dataSource, org.id, program.id, porto.id);
    const pilot = await aPilot(app.dataSource, org.id, program.id, { name: 'Iberia pilot', unitIds: [lisbon.id], status: 'running', startDate: shiftDays(day, -20), endDate: shiftDays(day, 20) });
    const cellOf = (answer: Answer, unitName: string) => answer.portfolioHeatMap.find((row) => row.unit.name === unitName)?.cells.find((cell) => cell.programId === program.id)?.own;
    const iberia = (answer: Answer) => answer.portfolio.programs.find((row) => row.name === 'Iberia');

    const first = await read();
    expect(cellOf(first.answer, 'Lisbon')).toEqual({ stage: 'piloting', rag: null, blocked: false });
    const second = await read();
    expect(second.answer).toEqual(first.answer);
    // Its units, pilots, last check-ins, check-in mix, stage moves, engagements, waves and check-in debt
    // (eight statements) are not read again, nor its pilot's evaluation (four).
    expect(second.statements).toBe(first.statements - 12);

    // A check-in: the cell's colour and the week's mix.
    const greenBefore = first.answer.portfolio.checkInMix.at(-1)?.green ?? 0;
    await aCheckIn(app.dataSource, pilot, lisbon.id, users.partner.id, { weekStart: thisWeek, status: 'green', submittedOn: day });
    const checkedIn = (await read()).answer;
    expect(cellOf(checkedIn, 'Lisbon')?.rag).toBe('green');
    expect(checkedIn.portfolio.checkInMix.at(-1)?.green).toBe(greenBefore + 1);

    // A unit reported blocked.
    await app.dataSource.query(`UPDATE program_unit SET blocked = true WHERE program_id = $1 AND unit_id = $2`, [program.id, porto.id]);
    const blocked = (await read()).answer;
    expect(cellOf(blocked, 'Porto')?.blocked).toBe(true);
    expect(iberia(blocked)?.blockedCount).toBe(1);

    // The pilot sent to its gate review, then decided.
    await app.dataSource.query(`UPDATE pilot SET status = 'in_review' WHERE id = $1`, [pilot.id]);
    expect(iberia((await read()).answer)?.pilots).toEqual([{ name: 'Iberia pilot', status: 'in_review', decision: null }]);
    await app.dataSource.query(`INSERT INTO decision (org_id, pilot_id, program_id, recommendation, decision, decided_by_id) VALUES ($1, $2, $3, 'scale', 'scale', $4)`, [org.id, pilot.id, program.id, users.manager.id]);
    await app.dataSource.query(`UPDATE pilot SET status = 'decided' WHERE id = $1`, [pilot.id]);
    expect(iberia((await read()).answer)?.pilots).toEqual([{ name: 'Iberia pilot', status: 'decided', decision: 'scale' }]);

    // Porto put in a wave that has started, then moved live: its stage, the program's live count and adoption.
    const { waveUnitId } = await aWaveUnit(app.dataSource, pilot, porto.id, { stage: 'ready', start: shiftDays(day, -7), end: shiftDays(day, 21) });
    expect(cellOf((await read()).answer, 'Porto')?.stage).toBe('rolling_out');
    await app.dataSource.query(`UPDATE wave_unit SET stage = 'live' WHERE id = $1`, [waveUnitId]);
    await app.dataSource.query(`INSERT INTO wave_unit_move (org_id, wave_unit_id, program_id, from_stage, to_stage, moved_by_id, moved_at) VALUES ($1, $2, $3, 'ready', 'live', $4, now())`, [
      org.id,
      waveUnitId,
      program.id,
      users.manager.id,
    ]);
    const live = (await read()).answer;
    expect(cellOf(live, 'Porto')?.stage).toBe('live');
    expect(iberia(live)?.liveCount).toBe(1);
    expect(iberia(live)?.adoption.at(-1)?.live).toBe(1);

    // A unit leaving the program.
    await app.dataSource.query(`DELETE FROM program_unit WHERE program_id = $1 AND unit_id = $2`, [program.id, lisbon.id]);
    const left = (await read()).answer;
    expect(iberia(left)?.unitCount).toBe(1);
    expect(cellOf(left, 'Lisbon')).toBeUndefined();
  });
});
