import type { Locator, Page } from 'playwright-core';

/** The program page's Design tab: activities by capability with their placement and flags, the dimensions, current vs target. */
export class DesignTab {
  readonly summary: Locator;
  readonly flags: Locator;

  constructor(private readonly page: Page) {
    this.summary = page.getByTestId('placement-summary');
    this.flags = page.getByTestId('placement-flag');
  }

  /** The card of one catalog activity. */
  activity(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  /** Places the activity by clicking Hub, Spokes or Shared on its card, and waits until the answer shows it placed. */
  async place(name: string, where: 'Hub' | 'Spokes' | 'Shared'): Promise<void> {
    const card = this.activity(name);
    await card.getByText(where, { exact: true }).click();
    await card.getByRole('textbox', { name: 'Why' }).waitFor();
  }

  flagOf(name: string): Locator {
    return this.activity(name).getByTestId('placement-flag');
  }

  /** One design dimension's row: its emphasis, owner, trade-off metric and (for the program's leads) its slider. */
  dimension(label: string): Locator {
    return this.page.getByRole('listitem', { name: label, exact: true });
  }

  emphasisSlider(label: string): Locator {
    return this.page.getByRole('slider', { name: `Emphasis of ${label}` });
  }

  /** One list of the current-vs-target card. */
  shiftList(label: string): Locator {
    return this.page.getByTestId('design-shift-list').filter({ has: this.page.getByText(label, { exact: true }) });
  }
}
