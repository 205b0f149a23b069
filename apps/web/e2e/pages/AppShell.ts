import type { Locator, Page } from 'playwright-core';

export type NavSection = 'Portfolio' | 'Programs' | 'This week' | 'Units' | 'Metric catalog' | 'Users' | 'Audit log';

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

  navLink(section: NavSection): Locator {
    return this.nav.getByRole('link', { name: section, exact: true });
  }

  async open(section: NavSection): Promise<void> {
    await this.navLink(section).click();
  }

  /** Opens the account menu under the signed-in user's name and picks an item. */
  async accountMenu(item: 'Change password'): Promise<void> {
    await this.currentUser.click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
