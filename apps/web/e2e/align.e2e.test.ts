import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage } from './pages/ProgramPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { apiSignedInAs, day, gql } from './support/pilot-fixtures';

// Scores on the first two principles (consistency of defaults, speed of change) per model: with
// weights 80/20 and 40/60 (averages 60/40) hub-and-spoke wins at 3.6, fragile at +6.7 points.
const MATRIX: [string, number, number][] = [
  ['Centralized', 5, 1],
  ['Hub-and-spoke', 4, 3],
  ['Hybrid', 3, 4],
  ['Pod', 2, 5],
  ['Decentralized', 1, 5],
];

describe('align', () => {
  const session = useBrowserSession();

  it('scores the matrix, reads the sensitivity, chooses a model with a rationale and finds it in the decision log', async () => {
    const { page } = session();
    const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
    const programId = await (async () => {
      const { me } = await gql<{ me: { id: string } }>(api, '{ me { id } }');
      const { createProgram } = await gql<{ createProgram: { id: string; version: number } }>(
        api,
        'mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id version } }',
        { input: { name: uniqueName('E2E align'), objective: '', ownerId: me.id, sponsor: 'Dana Whitfield, CRO', startDate: day(-30), targetDate: day(200), targetModel: 'undecided' } },
      );
      // The assessment gate has its own journey: this program skips it (threshold 0) to reach Align.
      const { setAssessmentThreshold } = await gql<{ setAssessmentThreshold: { version: number } }>(
        api,
        'mutation ($id: ID!, $v: Int!) { setAssessmentThreshold(programId: $id, threshold: 0, expectedVersion: $v) { version } }',
        { id: createProgram.id, v: createProgram.version },
      );
      await gql(api, 'mutation ($input: ChangeProgramPhaseInput!) { changeProgramPhase(input: $input) { id } }', {
        input: { programId: createProgram.id, toPhase: 'align', expectedVersion: setAssessmentThreshold.version },
      });
      const { startAlignment } = await gql<{ startAlignment: { principles: { id: string }[] } }>(api, 'mutation ($id: ID!) { startAlignment(programId: $id) { principles { id } } }', { id: createProgram.id });
      const [p, q] = startAlignment.principles;
      await gql(api, 'mutation ($input: SaveStakeholderWeightsInput!) { saveStakeholderWeights(input: $input) { id } }', {
        input: { programId: createProgram.id, stakeholder: 'CFO', weights: [{ principleId: p?.id, weight: 80 }, { principleId: q?.id, weight: 20 }] },
      });
      return createProgram.id;
    })().finally(() => api.dispose());

    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.programManager.email);
    await new AppShell(page).waitUntilSignedIn();
    await page.goto(`/programs/${programId}?tab=align`);
    const matrix = page.getByRole('region', { name: 'Decision matrix' });
    await matrix.waitFor();

    // The second stakeholder's weights are entered here; the others' principles keep 0 points.
    await page.getByRole('button', { name: 'Add a stakeholder' }).click();
    const weights = page.getByRole('dialog', { name: 'Add a stakeholder’s weights' });
    await weights.getByLabel('Stakeholder').fill('VP Sales');
    await weights.getByLabel('Consistency of defaults').fill('40');
    await weights.getByLabel('Speed of change').fill('60');
    await weights.getByRole('button', { name: 'Save weights' }).click();
    await weights.waitFor({ state: 'hidden' });
    await page.getByRole('region', { name: 'Design principles and weights' }).getByText('2 stakeholders weighed the principles', { exact: false }).waitFor();

    // The company profile: more than 100 go-to-market people in several regions suggests hub-and-spoke.
    const guidance = page.getByRole('region', { name: 'Guidance from the company profile' });
    await guidance.getByRole('button', { name: 'Enter the company profile' }).click();
    const profile = page.getByRole('dialog', { name: 'Company profile' });
    await profile.getByLabel('Annual recurring revenue (USD)').fill('80000000');
    await profile.getByLabel('Go-to-market headcount').fill('150');
    await profile.getByLabel('Regions').fill('3');
    await profile.getByLabel('Go-to-market motions').fill('2');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await profile.waitFor({ state: 'hidden' });
    await guidance.getByText('Suggested model: Hub-and-spoke').waitFor();

    for (const [model, consistency, speed] of MATRIX) {
      await matrix.getByLabel(`Score of ${model} on Consistency of defaults`).selectOption(String(consistency));
      await matrix.getByLabel(`Score of ${model} on Speed of change`).selectOption(String(speed));
    }
    const sentence = page.getByTestId('sensitivity-sentence');
    await sentence.filter({ hasText: 'Fragile' }).waitFor();
    expect(await sentence.innerText()).toBe(
      'Fragile: if Consistency of defaults rises from 60% to 66.7% (+6.7 points), Centralized draws level with or overtakes Hub-and-spoke — less than 10 points.',
    );
    expect(await matrix.getByTestId('matrix-total').first().getAttribute('data-model')).toBe('hub_and_spoke');

    // Choosing another model than the winner needs a rationale.
    await page.getByRole('button', { name: 'Choose model' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose the operating model' });
    await dialog.getByLabel('Operating model').selectOption('hybrid');
    await dialog.getByRole('button', { name: 'Record choice' }).click();
    await dialog.getByText("Hybrid differs from the matrix's winner and the guidance (Hub-and-spoke): explain why in at least 10 characters.").waitFor();
    const rationale = uniqueName('Regional pods keep the field close while the hub forms');
    await dialog.getByLabel('Rationale').fill(rationale);
    await dialog.getByRole('button', { name: 'Record choice' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('chosen-model').filter({ hasText: 'Chosen model: Hybrid' }).waitFor();

    await new ProgramPage(page).openTab('Decisions and lessons');
    const entry = page.getByRole('region', { name: 'Decision log' }).getByTestId('decision-log-entry').filter({ hasText: 'Hybrid chosen as the target model' });
    await entry.waitFor();
    expect(await entry.getAttribute('data-kind')).toBe('model_choice');
    expect(await entry.innerText()).toContain(rationale);
    expect(await entry.innerText()).toContain('Operating model choice');
  });
});
