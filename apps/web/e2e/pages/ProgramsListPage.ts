import type { Locator, Page } from 'playwright-core';

export class ProgramsListPage {
  readonly heading: Locator;
  readonly newProgramButton: Locator;
  readonly search: Locator;
  readonly rows: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Programs', level: 1 });
    this.newProgramButton = page.getByRole('link', { name: 'New program' }).first();
    this.search = page.getByLabel('Search programs');
    this.rows = page.getByTestId('program-row');
    this.count = page.getByTestId('program-count');
  }

  async goto(): Promise<void> {
    await this.page.goto('/programs');
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.count.waitFor();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Narrows the list by search so the row is on the first page whatever else exists. */
  async find(name: string): Promise<Locator> {
    await this.search.fill(name);
    // The debounced search lands in the URL; until it has, a click on a row can be undone by it.
    await this.page.waitForURL((url) => url.searchParams.get('q') === name);
    const row = this.row(name);
    await row.waitFor();
    return row;
  }

  async open(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
  }
}
