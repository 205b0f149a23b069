import { describe, it } from 'vitest';
import { DEMO_USERS } from './pages/SignInPage';
import { shot, shotOf, signInAs } from './support/capture';
import { useBrowserSession } from './support/journey';

// The portfolio as each role opens it (the executive lands on it), at 1440 and 390 px, light and
// dark; the heat map alone on a phone; and a region's view.
describe('portfolio screens', () => {
  const session = useBrowserSession();

  it('captures the portfolio as each role reads it', async () => {
    const { page } = session();
    const views = [
      { role: 'executive', email: DEMO_USERS.executive.email },
      { role: 'manager', email: DEMO_USERS.programLead.email },
      { role: 'partner', email: DEMO_USERS.partnerEmea.email },
    ];
    const variants = [[1440, 'light'], [1440, 'dark'], [390, 'light'], [390, 'dark']] as const;
    for (const view of views) {
      await page.context().clearCookies();
      await signInAs(page, view.email);
      await page.goto('/portfolio');
      await page.getByRole('button', { name: 'Unfold North America' }).click();
      await page.getByRole('link', { name: /^US East in / }).first().waitFor();
      for (const [width, scheme] of variants) {
        if (view.role !== 'executive' && (scheme === 'dark' || width === 390)) continue;
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await shot(page, `90-portfolio-${view.role}-${width}-${scheme}`);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await shotOf(page, page.getByRole('region', { name: /^Heat map of units/ }), '91-heat-map-executive-390-light');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option').first().click();
    await shot(page, '92-portfolio-region-executive-1440-light');
    await page.emulateMedia({ media: 'print' });
    await shot(page, '93-portfolio-print-executive-1440-light');
  });
});
