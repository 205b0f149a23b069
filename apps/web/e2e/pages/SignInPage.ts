import type { Locator, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'rollout-demo';

export const DEMO_USERS = {
  admin: { email: 'admin@northwind.example', role: 'Admin' },
  programManager: { email: 'priya.shah@northwind.example', name: 'Priya Shah', role: 'Program manager' },
  // Leads "Global hub-and-spoke RevOps", the program with the demo pilots.
  programLead: { email: 'daniel.kim@northwind.example', name: 'Daniel Kim', role: 'Program manager' },
  partnerEmea: { email: 'marco.rossi@northwind.example', role: 'Regional RevOps partner' },
  partnerNorthAmerica: { email: 'lena.fischer@northwind.example', role: 'Regional RevOps partner' },
  executive: { email: 'erin.walsh@northwind.example', role: 'Executive' },
} as const;

export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sign in' });
    this.email = page.getByLabel('Email', { exact: true });
    this.password = page.getByLabel('Password', { exact: true });
    this.submit = page.getByRole('button', { name: 'Sign in' });
    this.error = page.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.heading.waitFor();
  }

  async signIn(email: string, password: string = DEMO_PASSWORD): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL(/\/sign-in/);
    await this.heading.waitFor();
  }
}
