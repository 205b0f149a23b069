import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from '../pages/AppShell';
import { ProgramPage } from '../pages/ProgramPage';
import { ProgramsListPage } from '../pages/ProgramsListPage';
import { SignInPage } from '../pages/SignInPage';
import { ARTIFACTS_DIR } from './browser';

// What the screenshot captures share: where the pictures go, waiting for a still page, signing in and
// opening a program as its reader would.

const SCREENS_DIR = path.join(ARTIFACTS_DIR, 'screens');
// Owned by Priya (program manager); units in EMEA (Marco) and North America (Lena), one blocked.
export const ROLLOUT_PROGRAM = 'Global hub-and-spoke RevOps';

/** Waits until the page's CSS transitions and animations (Mantine's Collapse, modals, popovers) have finished. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // An animation cancelled meanwhile (a skeleton replaced by its content) rejects `finished`: it is over too.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => animation))));
}

/** The whole page; `viewport` for dialogs (their overlay covers the viewport, not the full page). */
export async function shot(page: Page, name: string, area: 'page' | 'viewport' = 'page'): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await settled(page);
  // A full-page capture draws the fixed header where the viewport is; from the top it stays on top.
  if (area === 'page') await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: area === 'page' });
}

/** One part of the page, e.g. a card on a phone where the full page is too long to review. */
export async function shotOf(page: Page, locator: Locator, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await settled(page);
  // Clipped from a full-page capture taken from the top, so the fixed header does not cover the part.
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${name}: nothing to capture`);
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true, clip: box });
}

export async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email);
  await new AppShell(page).waitUntilSignedIn();
}

/** Opens a program from the list, as its reader would, and waits for its heading. */
export async function findProgram(page: Page, name: string): Promise<ProgramPage> {
  const list = new ProgramsListPage(page);
  const program = new ProgramPage(page);
  await list.goto();
  await list.find(name);
  await list.open(name);
  await program.heading(name).waitFor();
  return program;
}

/** A program with pilots, once its overview shows them. */
export async function openProgram(page: Page, name: string): Promise<ProgramPage> {
  const program = await findProgram(page, name);
  await page.getByTestId('overview-pilot').first().waitFor();
  return program;
}

/** Signs in at 1440 px, light, and opens the program: where each role's captures start. */
export async function openProgramAs(page: Page, email: string, name: string): Promise<ProgramPage> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await signInAs(page, email);
  return findProgram(page, name);
}
