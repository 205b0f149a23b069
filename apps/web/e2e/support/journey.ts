import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { launchBrowser, newSession, saveScreenshot, type BrowserSession } from './browser';

/**
 * One browser per spec file and a fresh context (cookies, storage) per test; on failure the page is
 * saved to e2e/artifacts/ with the console errors printed.
 */
export function useBrowserSession(): () => BrowserSession {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Browser did not start.');
    session = await newSession(browser, inject('baseUrl'));
  });
  afterEach(async (context) => {
    const current = session;
    session = undefined;
    if (!current) return;
    if (context.task.result?.state === 'fail') {
      const file = await saveScreenshot(current.page, `failure-${context.task.name}`).catch(() => 'not saved');
      console.error(`Screenshot: ${file}\nURL: ${current.page.url()}\n${current.problems.join('\n')}`);
    }
    await current.context.close();
  });

  return () => {
    if (!session) throw new Error('No browser session: call inside a test.');
    return session;
  };
}

/** A name no other test run uses. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
