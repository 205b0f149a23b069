import { describe, expect, inject, it } from 'vitest';
import { DEMO_USERS } from './pages/SignInPage';
import { openProgramAs, ROLLOUT_PROGRAM } from './support/capture';
import { useBrowserSession } from './support/journey';
import { apiSignedInAs, day, gql } from './support/pilot-fixtures';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

describe('the RevOps backlog: a request from the field, triaged, ranked, merged, and on the forum’s agenda', () => {
  const session = useBrowserSession();

  it('a partner files a request, the hub triages and ranks it with RICE, a duplicate from another region is merged, and the breached request is on the next forum’s agenda', async () => {
    const { page, problems } = session();
    const problem = `Win rate by product line for the QBR ${Date.now().toString(36)}`;

    // Marco (EMEA) files it from the Backlog tab: no activity named, so the hub owns it.
    const program = await openProgramAs(page, DEMO_USERS.partnerEmea.email, ROLLOUT_PROGRAM);
    await program.openTab('Backlog');
    await page.getByRole('button', { name: 'File a request' }).click();
    const form = page.getByRole('dialog', { name: 'File a request' });
    await form.getByLabel('The problem, in a sentence').fill(problem);
    await form.getByRole('combobox', { name: 'For the unit' }).click();
    await page.getByRole('option').first().click();
    await form.getByText('It names no activity, so the hub triages it.').waitFor();
    await form.getByLabel('Business impact').fill('The QBR deck is rebuilt by hand each quarter.');
    await form.getByRole('button', { name: 'File the request' }).click();
    const drawer = page.getByRole('dialog', { name: /^REQ-\d+ · Hub$/ });
    await drawer.getByText('Not ranked yet.').waitFor();
    const label = /^REQ-\d+/.exec((await page.getByText(/^REQ-\d+ filed\.$/).textContent()) ?? '')?.[0] ?? 'REQ-?';
    const programUrl = new URL(page.url());
    const programId = programUrl.pathname.split('/')[2] ?? '';
    // A partner reads the hub's queue but does not triage it.
    expect(await drawer.getByRole('form', { name: 'RICE score' }).count()).toBe(0);
    await page.context().clearCookies();

    // Lena (North America) asks for the same report through the API, as another tool would.
    const lena = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.partnerNorthAmerica.email);
    const options = await gql<{ program: { backlog: { types: { id: string; name: string }[]; viewerFileableUnitIds: string[] } } }>(lena, `query ($id: ID!) { program(id: $id) { backlog { types { id name } viewerFileableUnitIds } } }`, { id: programId });
    const duplicate = await gql<{ fileRequest: { label: string } }>(lena, `mutation ($input: FileRequestInput!) { fileRequest(input: $input) { label } }`, {
      input: { programId, typeId: options.program.backlog.types[0]?.id, unitId: options.program.backlog.viewerFileableUnitIds[0], problem: 'Win rates per product line, for our QBR too' },
    }).finally(() => lena.dispose());

    // Daniel, who leads the program, triages Marco's request with RICE: it tops the hub's queue, and says why.
    await openProgramAs(page, DEMO_USERS.programLead.email, ROLLOUT_PROGRAM);
    await page.goto(`/programs/${programId}?tab=backlog`);
    await page.getByRole('textbox', { name: 'Search requests' }).fill(problem);
    await page.getByRole('button', { name: new RegExp(`· ${problem}$`) }).click();
    const score = drawer.getByRole('form', { name: 'RICE score' });
    await score.getByRole('textbox', { name: 'Effort (person-days)' }).fill('1');
    await score.getByRole('textbox', { name: /^Reach/ }).fill('5000');
    await score.getByRole('combobox', { name: 'Impact' }).click();
    await page.getByRole('option', { name: 'Massive (3)' }).click();
    await score.getByRole('combobox', { name: 'Confidence' }).click();
    await page.getByRole('option', { name: 'High (100%)' }).click();
    await score.getByText('Reach 5,000 × Impact 3 × Confidence 100% ÷ Effort 1 person-day = 15,000').waitFor();
    await score.getByRole('button', { name: 'Triage with this score' }).click();
    await drawer.getByText(/^Ranks 1 of \d+ in the hub’s queue with RICE Reach 5,000 × Impact 3/).waitFor();
    await page.keyboard.press('Escape');

    // Lena's duplicate is merged into it: one request, two requesters from two regions.
    await page.getByRole('textbox', { name: 'Search requests' }).fill(duplicate.fileRequest.label);
    await page.getByRole('button', { name: new RegExp(`^${duplicate.fileRequest.label} · `) }).click();
    await drawer.getByRole('combobox', { name: 'Duplicate of' }).fill(problem.slice(0, 30));
    await page.getByRole('option', { name: new RegExp(problem) }).click();
    await drawer.getByRole('button', { name: 'Merge' }).click();
    await page.getByRole('dialog', { name: `Merge ${duplicate.fileRequest.label}?` }).getByRole('button', { name: 'Merge' }).click();
    await page.getByText(new RegExp(`merged into ${label} \\(2 requesters\\)`)).waitFor();
    await drawer.getByText('Merged as a duplicate into').waitFor();

    // The forum meeting tomorrow lists the backlog's service-level breach on its generated agenda.
    const api = await apiSignedInAs(inject('baseUrl'), DEMO_USERS.programLead.email);
    const tomorrow = day(1);
    await gql(api, `mutation ($input: CreateForumInput!) { createForum(input: $input) { id } }`, {
      input: { programId, name: 'RevOps intake council', purpose: 'Ranks the backlog.', cadence: 'weekly', weekday: WEEKDAYS[new Date(`${tomorrow}T00:00:00Z`).getUTCDay()], weekOfMonth: null, startsOn: day(-14), startTime: '09:00', timeZone: 'UTC', durationMinutes: 30, attendeeIds: [] },
    }).finally(() => api.dispose());
    await page.goto(`/programs/${programId}?tab=govern`);
    await page.getByRole('listitem').filter({ hasText: 'RevOps intake council' }).first().getByRole('button', { name: /^Open RevOps intake council/ }).click();
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await page.getByText('RevOps backlog: breaches and top requests').waitFor();
    const breach = page.getByRole('link', { name: /past its (triage|delivery) target/ }).first();
    await breach.waitFor();
    expect(await breach.getAttribute('href')).toMatch(new RegExp(`^/programs/${programId}\\?tab=backlog&request=`));
    expect(problems).toEqual([]);
  });
});
