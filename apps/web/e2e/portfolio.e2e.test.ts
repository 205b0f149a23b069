import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { ARTIFACTS_DIR } from './support/browser';
import { useBrowserSession } from './support/journey';
import { pdfText } from './support/pdf';

const PROGRAM = 'Global hub-and-spoke RevOps';

describe('the portfolio, the executive’s home', () => {
  const session = useBrowserSession();

  it('an executive lands on it, drills from a red heat-map cell to the unit’s check-in, exports it to Excel and prints it for the steering committee', async () => {
    const { page } = session();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.executive.email);
    await new AppShell(page).waitUntilSignedIn();
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portfolio');

    // The program's story in one row: computed health with why, the team's own status beside it.
    const row = page.getByTestId('portfolio-program').filter({ has: page.getByRole('link', { name: PROGRAM, exact: true }) });
    expect(await row.getByTestId('health-reason').innerText()).toMatch(/^Off track: .+ (is|are) off track/);
    // The team reports it on track: the page says so beside the computed health.
    expect(await row.getByTestId('reported-status').innerText()).toMatch(/reported\s+On track/i);

    // North America shows red among its units; unfolded, US East is the red one. It opens the pilot at that unit's check-in.
    await page.getByRole('img', { name: new RegExp(`^North America in ${PROGRAM}: \\d+ units; last check-ins .*1 red`) }).waitFor();
    await page.getByRole('button', { name: 'Unfold North America' }).click();
    const red = page.getByRole('link', { name: new RegExp(`^US East in ${PROGRAM}: .+; last check-in red`) });
    await red.click();
    await page.waitForURL(/\/pilots\/[^/#]+#check-in-/);
    const unitRow = page.locator('[aria-current="location"]');
    await unitRow.waitFor();
    expect(await unitRow.innerText()).toMatch(/US East[\s\S]*Red/);
    await page.goBack();

    // A region's view, shared by its address: only the programs working there.
    await page.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option', { name: 'Latin America' }).click();
    await page.waitForURL(/region=/);
    await page.getByTestId('portfolio-program').filter({ hasText: 'LATAM forecasting standard' }).waitFor();
    // Other runs add programs of their own; the hub-and-spoke program has no unit in Latin America.
    expect(await page.getByTestId('portfolio-program').filter({ has: page.getByRole('link', { name: PROGRAM, exact: true }) }).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('portfolio-program').nth(2).waitFor();

    // The whole view as a workbook: a sheet per list.
    await page.getByRole('button', { name: 'Export the portfolio' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'The whole view (Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe('portfolio.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Programs', 'Pilots', 'Heat map', 'Needs attention']);
    const programs = workbook.getWorksheet('Programs');
    const names = programs?.getColumn(1).values.slice(2);
    expect(names).toContain(PROGRAM);
    await page.keyboard.press('Escape');

    // Printed: landscape sheets with the story and none of the page's controls.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // Kept with the run's artifacts, for a person to look at.
    await writeFile(path.join(ARTIFACTS_DIR, 'portfolio.pdf'), pdf);
    const { text } = await pdfText(pdf);
    for (const expected of ['Portfolio', PROGRAM, 'Off track', 'What needs attention', 'Check-ins by week', 'Heat map', 'North America']) expect(text).toContain(expected);
    for (const control of ['Export', 'Clear filters', 'Sign out']) expect(text).not.toContain(control);
  });
});
