import type { Locator, Page } from 'playwright-core';

/** Admin › Audit log: filters and the newest-first list of changes. */
export class AuditLogPage {
  readonly heading: Locator;
  readonly entries: Locator;
  readonly loadMoreButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Audit log', level: 1 });
    this.entries = page.getByTestId('audit-entry');
    this.loadMoreButton = page.getByRole('button', { name: 'Load more' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/audit-log');
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.entries.first().waitFor();
  }

  /** Picks an option of the "Changed by" or "Record type" filter. */
  async filter(label: 'Changed by' | 'Record type', option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  entry(text: string): Locator {
    return this.entries.filter({ hasText: text });
  }
}
