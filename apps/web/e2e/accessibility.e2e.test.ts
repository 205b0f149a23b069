import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { AppShell } from './pages/AppShell';
import { axeViolations, type AxeViolation } from './support/axe';
import { launchBrowser, newSession, saveScreenshot } from './support/browser';
import { gql } from './support/pilot-fixtures';

// axe-core's WCAG 2.1 A/AA rules on every page, as each kind of user sees it, in light and dark
// (the colour scheme comes from the system setting, as a person's browser sends it). One browser for
// the whole file and one signed-in context per role and scheme keep the run short.

type Who = 'admin' | 'partnerEmea' | 'executive';
type Scheme = 'light' | 'dark';

interface DemoIds {
  programId: string;
  /** The demo program in Design: an assessment with findings (a coloured heatmap), a tool inventory, a scored Align matrix and placements with a flag. */
  assessedProgramId: string;
  runningPilotId: string;
  decidedPilotId: string;
}

interface PageCheck {
  name: string;
  path: (ids: DemoIds) => string;
  /** Extra steps once the page is loaded (e.g. opening a dialog), run before axe. */
  open?: (page: Page) => Promise<void>;
  /** Steps after axe, so the next page starts clean (e.g. closing that dialog). */
  close?: (page: Page) => Promise<void>;
  only?: readonly Who[];
}

const PAGES: readonly PageCheck[] = [
  {
    name: 'programs list',
    path: () => '/programs',
    // A hovered row is darker in dark mode: its badges and links must still read at 4.5:1.
    open: async (page) => {
      await page.locator('tbody tr').first().hover();
    },
  },
  {
    // The executive's home, with a region of the heat map unfolded to its units' cells.
    name: 'portfolio',
    path: () => '/portfolio',
    open: async (page) => {
      await page.getByRole('button', { name: 'Unfold North America' }).click();
      await page.getByRole('link', { name: /^US East in / }).first().waitFor();
    },
  },
  { name: 'running pilot page', path: (ids) => `/pilots/${ids.runningPilotId}` },
  { name: 'program page', path: (ids) => `/programs/${ids.programId}` },
  {
    // The roll-out board, with a unit's drawer open (its moves, the reasons a move is not possible, readiness).
    // Right after the program page: another tab of the same page keeps its heading.
    name: 'scale tab',
    path: (ids) => `/programs/${ids.programId}?tab=scale`,
    open: async (page) => {
      await page.getByTestId('wave-unit-card').filter({ hasText: 'France & Benelux' }).getByRole('button').click();
      await page.getByRole('dialog', { name: 'France & Benelux' }).getByTestId('wave-unit-moves').waitFor();
      await settledDialog(page);
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    },
  },
  { name: 'govern tab', path: (ids) => `/programs/${ids.programId}?tab=govern` },
  {
    // A held meeting: its frozen agenda, minutes, decisions and action items.
    name: 'meeting page',
    path: (ids) => `/programs/${ids.programId}?tab=govern`,
    open: async (page) => {
      await page.getByRole('listitem').filter({ hasText: 'Pipeline review' }).filter({ hasText: 'Held' }).first().getByText(/^(Open|View)$/).click();
      await page.getByRole('heading', { name: 'Minutes' }).waitFor();
    },
  },
  {
    // The backlog with a request's drawer open (its rank's reason, service levels, requesters, history).
    name: 'backlog tab',
    path: (ids) => `/programs/${ids.programId}?tab=backlog`,
    open: async (page) => {
      await page.getByRole('table', { name: 'Requests' }).getByRole('button', { name: /^REQ-17 · / }).click();
      await page.getByRole('dialog', { name: /^REQ-17 · / }).getByText('3 requesters').waitFor();
      await settledDialog(page);
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    },
  },
  { name: 'assess tab', path: (ids) => `/programs/${ids.assessedProgramId}?tab=assess` },
  { name: 'align tab', path: (ids) => `/programs/${ids.assessedProgramId}?tab=align` },
  { name: 'design tab', path: (ids) => `/programs/${ids.assessedProgramId}?tab=design` },
  { name: 'decided pilot page', path: (ids) => `/pilots/${ids.decidedPilotId}` },
  { name: 'gate review', path: (ids) => `/pilots/${ids.decidedPilotId}/gate` },
  { name: 'units', path: () => '/units' },
  { name: 'metric catalog', path: () => '/metrics' },
  { name: 'this week', path: () => '/this-week' },
  // Admins get the lists; everyone else the not-allowed page.
  { name: 'users', path: () => '/admin/users' },
  { name: 'audit log', path: () => '/admin/audit-log' },
  // The form for admins; not allowed for partners and executives.
  { name: 'new program', path: () => '/programs/new' },
  { name: 'page not found', path: () => '/no-such-page' },
  {
    name: 'import wizard',
    path: (ids) => `/pilots/${ids.runningPilotId}`,
    only: ['admin'],
    open: async (page) => {
      await page.getByRole('button', { name: 'Import values' }).click();
      await settledDialog(page);
    },
  },
];

const ROLES: readonly Who[] = ['admin', 'partnerEmea', 'executive'];
const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/**
 * Opens a path inside the running app, as a link would (no reload: the app, its code and the
 * signed-in user stay loaded), then waits until the new page has its heading and no loading
 * placeholders. The old heading is marked first when the route changes, so its page is never
 * mistaken for the new one; another tab of the same page keeps its heading and waits for its data.
 */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    if (window.location.pathname + window.location.search === target) return; // already there (the programs list after sign-in)
    // Another tab of the same page keeps its heading; a new page's heading is waited for below.
    if (window.location.pathname !== new URL(target, window.location.origin).pathname) {
      document.querySelectorAll('h1').forEach((heading) => heading.setAttribute('data-axe-left', ''));
    }
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.locator('h1:not([data-axe-left])').first().waitFor();
  await page.waitForFunction(
    () => document.querySelectorAll('[aria-busy="true"], .mantine-Skeleton-root, .mantine-Loader-root').length === 0,
  );
}

/** Waits until a dialog has finished its opening transition (axe reads colours mid-fade otherwise). */
async function settledDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForFunction(() => {
    const content = document.querySelector('[role="dialog"]');
    return content !== null && getComputedStyle(content).opacity === '1';
  });
}

function describeViolations(violations: readonly (AxeViolation & { page: string })[]): string {
  return violations.map((v) => `${v.page}: ${v.rule} at ${v.target}\n    ${v.summary}`).join('\n');
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let browser: Browser | undefined;
  let ids: DemoIds | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const scheme of SCHEMES) {
    for (const who of ROLES) {
      // Each run visits 14 pages and runs axe on each (about 1.5 s per page when the machine is idle).
      it(`has no violations for the ${who} in ${scheme} mode`, { timeout: 240_000 }, async ({ expect }) => {
        if (!browser) throw new Error('Browser did not start.');
        const session = await newSession(browser, inject('baseUrl'), { colorScheme: scheme, bypassCSP: true });
        const { page } = session;
        const found: (AxeViolation & { page: string })[] = [];
        const titles: string[] = [];
        const check = async (name: string) => {
          found.push(...(await axeViolations(page)).map((violation) => ({ ...violation, page: name })));
          titles.push(`${name}: ${await page.title()}`);
        };
        try {
          const signIn = new SignInPage(page);
          await signIn.goto();
          // The sign-in page is the same for everyone: checked once per colour scheme.
          if (who === ROLES[0]) await check('sign-in');
          await signIn.signIn(DEMO_USERS[who].email);
          await new AppShell(page).waitUntilSignedIn();
          ids ??= await demoIds(page);
          const known = ids;

          for (const entry of PAGES) {
            if (entry.only && !entry.only.includes(who)) continue;
            await openInApp(page, entry.path(known));
            await entry.open?.(page);
            await check(entry.name);
            await entry.close?.(page);
          }
        } catch (error) {
          await saveScreenshot(page, `a11y-${who}-${scheme}`).catch(() => undefined);
          throw error;
        } finally {
          await session.context.close();
        }

        expect(found, describeViolations(found)).toEqual([]);
        // Every page names itself in the tab ("UK Lead Routing · Rollout"), never just "Rollout".
        expect(titles.filter((title) => !/: .+ · Rollout$/.test(title))).toEqual([]);
      });
    }
  }
});

/** The demo program with pilots, its running pilot and a decided one, and the demo program with an assessment. */
async function demoIds(page: Page): Promise<DemoIds> {
  const { programs } = await gql<{ programs: { nodes: { id: string; pilots: { id: string; status: string }[]; assessment: { findings: unknown[] }; tools: { id: string }[] }[] } }>(
    page.request,
    `query { programs(first: 50) { nodes { id pilots { id status } assessment { findings { kind } } tools { id } } } }`,
  );
  const assessed = programs.nodes.find((program) => program.assessment.findings.length > 0 && program.tools.length > 0);
  if (!assessed) throw new Error('The demo data has no program with assessment findings and a tool inventory.');
  for (const program of programs.nodes) {
    const running = program.pilots.find((pilot) => pilot.status === 'running');
    const decided = program.pilots.find((pilot) => pilot.status === 'decided');
    if (running && decided) return { programId: program.id, assessedProgramId: assessed.id, runningPilotId: running.id, decidedPilotId: decided.id };
  }
  throw new Error('The demo data has no program with a running and a decided pilot.');
}
