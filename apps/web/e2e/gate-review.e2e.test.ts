import { describe, expect, inject, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ProgramPage } from './pages/ProgramPage';
import { GateReviewPage } from './pages/GateReviewPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { uniqueName, useBrowserSession } from './support/journey';
import { apiSignedInAs, createRunningPilot, day } from './support/pilot-fixtures';

describe('gate review', () => {
  const session = useBrowserSession();

  it('moves a running pilot to review, decides against the recommendation with a rationale, and logs it on the program', async () => {
    const { page, problems } = session();
    // The spec's own program and pilot, three weeks in; no values measured yet.
    const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programManager.email);
    const pilot = await createRunningPilot(api, { unitCodes: ['EMEA-FRB'], startDate: day(-21) }).finally(() => api.dispose());

    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.programManager.email);
    await new AppShell(page).waitUntilSignedIn();

    const gate = new GateReviewPage(page);
    await gate.goto(pilot.pilotId);
    await gate.heading(pilot.pilotName).waitFor();
    // Without values the metric cannot be judged: Rollout recommends extending.
    expect(await gate.recommendedDecision.getAttribute('data-decision')).toBe('extend');
    expect(await gate.evidenceRows.count()).toBe(1);
    expect(await gate.form.count()).toBe(0);

    await gate.moveToReview();
    await gate.form.waitFor();

    // Stopping instead needs a rationale.
    await gate.decisionCard('stop').click();
    await gate.recordButton('Stop').click();
    await gate.form.getByText('The recommendation is Extend: say why you chose Stop (at least 10 characters).').waitFor();
    const rationale = uniqueName('The routing desk could not be staffed in France; stop and rethink the hub');
    await gate.rationale.fill(rationale);
    await gate.lessonsLearned.fill('Staff the routing desk before the pilot starts.');
    await gate.recordButton('Stop').click();

    const outcome = gate.outcome('stop');
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain('Recommended: Extend');
    expect(await outcome.innerText()).toContain(rationale);
    expect(await gate.form.count()).toBe(0);

    // A lesson about the pilot's activity (offered first), for the roll-out.
    const lesson = uniqueName('Name a routing owner per country before go-live');
    await gate.lessons.getByRole('button', { name: 'Add lesson' }).click();
    const lessonForm = page.getByRole('form', { name: 'New lesson' });
    await lessonForm.getByLabel('Lesson').fill(lesson);
    await lessonForm.getByRole('button', { name: 'Add lesson' }).click();
    await gate.lessons.getByText(lesson).waitFor();

    // The program's decision log and lessons show both.
    await page.goto(`/programs/${pilot.programId}`);
    await new ProgramPage(page).openTab('Decisions and lessons');
    const log = page.getByRole('region', { name: 'Decision log' });
    const entry = log.getByTestId('decision-log-entry').filter({ hasText: pilot.pilotName });
    await entry.waitFor();
    expect(await entry.getAttribute('data-decision')).toBe('stop');
    const text = await entry.innerText();
    expect(text).toContain('Recommended: Extend');
    expect(text).toContain(rationale);
    expect(text).toContain(`Decided by ${DEMO_USERS.programManager.name}`);
    const lessons = page.getByRole('region', { name: 'Lessons learned' });
    await lessons.getByText(lesson).waitFor();
    const group = lessons.getByTestId('lesson-group').filter({ hasText: lesson });
    expect(await group.getAttribute('data-capability')).toBe('Process & planning');
    expect(await group.getByTestId('lesson-activity').allInnerTexts()).toContain('Lead routing');

    expect(problems).toEqual([]);
  });
});
