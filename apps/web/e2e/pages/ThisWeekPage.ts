import type { Locator, Page } from 'playwright-core';

/** A partner's "This week": the check-ins they owe, grouped by pilot. */
export class ThisWeekPage {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly pilots: Locator;
  readonly week: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'This week', level: 1 });
    this.summary = page.getByTestId('this-week-summary');
    this.pilots = page.getByTestId('this-week-pilot');
    this.week = page.getByRole('combobox', { name: 'Week' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/this-week');
    await this.heading.waitFor();
  }

  /** A pilot's block, by the pilot's name. */
  pilot(name: string): Locator {
    return this.pilots.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** A unit's row within a pilot's block, by the unit's name. */
  unitRow(pilotName: string, unitName: string): Locator {
    return this.pilot(pilotName).getByTestId('this-week-unit').filter({ has: this.page.getByText(unitName, { exact: true }) });
  }

  checkInButton(pilotName: string, unitName: string): Locator {
    return this.unitRow(pilotName, unitName).getByRole('button', { name: `Check in for ${unitName}` });
  }
}

/** The weekly check-in form of one unit. */
export class CheckInDialog {
  readonly dialog: Locator;
  readonly commentary: Locator;
  readonly highlights: Locator;
  readonly blockers: Locator;
  readonly asksForHelp: Locator;
  readonly submitButton: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.commentary = this.dialog.getByLabel('Commentary');
    this.highlights = this.dialog.getByLabel('Highlights');
    this.blockers = this.dialog.getByLabel('Blockers');
    this.asksForHelp = this.dialog.getByLabel('Asks for help');
    this.submitButton = this.dialog.getByRole('button', { name: /^(Submit check-in|Save update)$/ });
  }

  /** Picks an option of a segmented control (its radio input is visually hidden behind the label). */
  private async pick(group: 'Status' | 'Confidence', label: string): Promise<void> {
    await this.dialog.getByRole('radiogroup', { name: group }).locator('label').filter({ hasText: new RegExp(`^${label}$`) }).click();
  }

  async status(label: 'Green' | 'Amber' | 'Red'): Promise<void> {
    await this.pick('Status', label);
  }

  async confidence(value: 1 | 2 | 3 | 4 | 5): Promise<void> {
    await this.pick('Confidence', String(value));
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
