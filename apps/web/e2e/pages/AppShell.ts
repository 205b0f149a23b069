import type { Locator, Page } from 'playwright-core';

/** Header and navigation around every signed-in page. */
export class AppShell {
  readonly currentUser: Locator;
  readonly signOutButton: Locator;
  readonly nav: Locator;

  constructor(private readonly page: Page) {
    this.currentUser = page.getByTestId('current-user');
    this.signOutButton = page.getByRole('button', { name: 'Sign out' });
    this.nav = page.getByRole('navigation', { name: 'Main' });
  }

  async waitUntilSignedIn(): Promise<void> {
    await this.currentUser.waitFor();
  }

  async open(section: 'Programs' | 'Units' | 'Metric catalog'): Promise<void> {
    await this.nav.getByRole('link', { name: section }).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
