import type { Locator, Page } from 'playwright-core';

export interface NewUserValues {
  email: string;
  name: string;
  /** As the role select shows it, e.g. "Executive". */
  role: string;
  /** Unit options as listed, e.g. "DACH (EMEA-DACH)"; for regional partners. */
  units?: string[];
  /** Typed in; when left out the "Generate" button fills one. */
  password?: string;
}

/** Admin › Users: the account list and its dialogs. */
export class UsersAdminPage {
  readonly heading: Locator;
  readonly newUserButton: Locator;
  readonly search: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Users', level: 1 });
    this.newUserButton = page.getByRole('button', { name: 'New user' }).first();
    this.search = page.getByLabel('Search users');
    this.rows = page.getByTestId('user-row');
    this.count = page.getByTestId('user-count');
    this.dialog = page.getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/users');
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.count.waitFor();
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  /** Opens "New user" and fills it; returns the password set (typed or generated). */
  async fillNewUser(values: NewUserValues): Promise<string> {
    await this.newUserButton.click();
    await this.dialog.waitFor();
    await this.dialog.getByLabel('Email').fill(values.email);
    await this.dialog.getByLabel('Name').fill(values.name);
    await this.dialog.getByRole('combobox', { name: 'Role' }).click();
    await this.page.getByRole('option', { name: values.role, exact: true }).click();
    for (const unit of values.units ?? []) {
      await this.dialog.getByRole('combobox', { name: 'Units' }).click();
      await this.page.getByRole('option', { name: unit, exact: true }).click();
    }
    const password = this.dialog.getByLabel('Initial password');
    if (values.password !== undefined) await password.fill(values.password);
    else await this.dialog.getByRole('button', { name: 'Generate' }).click();
    return password.inputValue();
  }

  async submitNewUser(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Create user' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Narrows the list to rows matching the text and waits for that row. */
  async find(name: string): Promise<Locator> {
    await this.search.fill(name);
    const row = this.row(name);
    await row.waitFor();
    return row;
  }
}
