import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramFormPage } from './pages/ProgramFormPage';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { apiSignedInAs, gql } from './support/pilot-fixtures';

describe('program manager journey', () => {
  const session = useBrowserSession();

  it('signs in, creates a program, moves it to the next phase and signs out', async () => {
    const { page, problems } = session();
    const signIn = new SignInPage(page);
    const shell = new AppShell(page);
    const list = new ProgramsListPage(page);
    const form = new ProgramFormPage(page);
    const program = new ProgramPage(page);
    const name = uniqueName('E2E DACH pilot');

    // Signed out: any page sends you to sign-in.
    await page.goto('/programs');
    await signIn.waitUntilShown();
    await signIn.signIn(DEMO_USERS.programManager.email);
    await shell.waitUntilSignedIn();
    expect(await shell.currentUser.innerText()).toContain(DEMO_USERS.programManager.name);
    expect(await shell.currentUser.innerText()).toContain(DEMO_USERS.programManager.role);
    await list.waitUntilLoaded();
    expect(new URL(page.url()).pathname).toBe('/programs');

    // Create.
    await list.newProgramButton.click();
    await page.waitForURL(/\/programs\/new$/);
    await form.fill({
      name,
      objective: 'One lead-to-renewal process for DACH before the Q3 planning cycle.',
      sponsor: 'Dana Whitfield, CRO',
      startDate: '2026-03-02',
      targetDate: '2026-12-18',
      targetModel: 'Hub-and-spoke',
    });
    await form.submit('Create program');
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    await program.heading(name).waitFor();
    const programUrl = page.url();
    // This journey moves phases; the assessment gate (80 % of cells filled) has its own tests, so the program needs none.
    const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
    try {
      await gql(api, `mutation ($id: ID!) { setAssessmentThreshold(programId: $id, threshold: 0, expectedVersion: 1) { id } }`, { id: programUrl.split('/').at(-1) });
    } finally {
      await api.dispose();
    }

    // It is in the list (one request per search, not per keystroke), also after a reload.
    const searches: unknown[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const body = request.postDataJSON() as { operationName?: string; variables?: { filter?: { search?: string } } };
      if (body.operationName === 'Programs' && body.variables?.filter?.search) searches.push(body.variables.filter.search);
    });
    await shell.open('Programs');
    // fill() types the whole name at once and the row shows the answer to it: any request for a
    // partial name would have been sent before that answer, so there is nothing more to wait for.
    const row = await list.find(name);
    expect(searches).toEqual([name]);
    expect(await row.textContent()).toContain('Assess');
    expect(await row.textContent()).toContain('Hub-and-spoke');
    await page.reload();
    await list.waitUntilLoaded();
    await list.find(name);

    // Move it to the next phase and see the history entry.
    await list.open(name);
    await page.waitForURL(programUrl);
    await program.heading(name).waitFor();
    await program.openTab('Phases');
    expect(await program.currentStep.getAttribute('data-phase')).toBe('assess');
    await program.historyEntry('Started in Assess').waitFor();
    await program.moveTo('Align');
    await program.historyEntry('Assess → Align').waitFor();
    expect(await program.historyEntry('Assess → Align').innerText()).toContain(DEMO_USERS.programManager.name);
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Program phases"] [aria-current="step"]')?.getAttribute('data-phase') === 'align',
    );
    await program.moveForwardButton().filter({ hasText: 'Design' }).waitFor();

    // The change is stored, not just shown (and the open tab is in the URL).
    await page.reload();
    await program.selectedTab('Phases').waitFor();
    await program.historyEntry('Assess → Align').waitFor();

    // Sign out: back at sign-in, and the app is closed again.
    await shell.signOut();
    await signIn.waitUntilShown();
    await page.goto('/programs');
    await signIn.waitUntilShown();

    expect(problems.filter((problem) => !problem.includes('status of 401'))).toEqual([]);
  });
});
