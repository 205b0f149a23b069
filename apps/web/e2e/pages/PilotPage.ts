import type { Locator, Page } from 'playwright-core';

/** The "Pilots" card on a program's page. */
export class ProgramPilotsCard {
  readonly card: Locator;
  readonly rows: Locator;
  readonly newPilotButton: Locator;

  constructor(private readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Pilots' });
    this.rows = this.card.getByTestId('pilot-row');
    this.newPilotButton = this.card.getByRole('button', { name: 'New pilot' }).first();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async open(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
  }
}

/** The create / edit pilot dialog. */
export class PilotFormDialog {
  readonly dialog: Locator;
  readonly name: Locator;
  readonly hypothesis: Locator;
  readonly pilotUnits: Locator;
  readonly comparisonUnits: Locator;
  readonly startDate: Locator;
  readonly endDate: Locator;
  readonly activities: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.name = this.dialog.getByLabel('Name');
    this.hypothesis = this.dialog.getByLabel('Hypothesis');
    this.pilotUnits = this.dialog.getByRole('combobox', { name: 'Pilot units' });
    this.comparisonUnits = this.dialog.getByRole('combobox', { name: 'Comparison units' });
    this.startDate = this.dialog.getByLabel('Start date');
    this.endDate = this.dialog.getByLabel('End date');
    this.activities = this.dialog.getByRole('combobox', { name: 'Activities' });
  }

  /** Picks an option of a multi-select, then closes its dropdown by clicking the dialog's name field. */
  async pick(field: Locator, option: string): Promise<void> {
    await field.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.name.click();
  }

  async submit(label: 'Create pilot' | 'Save changes'): Promise<void> {
    await this.dialog.getByRole('button', { name: label }).click();
  }
}

/** The add / edit success metric dialog. */
export class SuccessMetricFormDialog {
  readonly dialog: Locator;
  readonly catalogMetric: Locator;
  readonly baseline: Locator;
  readonly target: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.catalogMetric = this.dialog.getByRole('combobox', { name: 'Metric' });
    this.baseline = this.dialog.getByLabel('Baseline');
    this.target = this.dialog.getByLabel('Target');
  }

  async addFromCatalog(metric: string, baseline: string, target: string): Promise<void> {
    await this.catalogMetric.click();
    await this.page.getByRole('option', { name: metric, exact: true }).click();
    await this.baseline.fill(baseline);
    await this.target.fill(target);
    await this.dialog.getByRole('button', { name: 'Add metric' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}

/** One pilot: header and actions, overview, success metric cards, check-ins. */
export class PilotPage {
  readonly status: Locator;
  readonly week: Locator;
  readonly editButton: Locator;
  readonly deleteButton: Locator;
  readonly startButton: Locator;
  readonly moveToReviewButton: Locator;
  readonly gateReviewLink: Locator;
  readonly addMetricButton: Locator;
  readonly importButton: Locator;
  readonly downloadCsv: Locator;
  readonly metricCards: Locator;
  readonly statusError: Locator;
  readonly unitReports: Locator;
  readonly checkIns: Locator;
  readonly emptyMetrics: Locator;

  constructor(private readonly page: Page) {
    this.status = page.locator('h1 ~ [data-status]');
    this.week = page.getByTestId('pilot-week');
    this.editButton = page.getByRole('button', { name: 'Edit', exact: true });
    this.deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
    this.startButton = page.getByRole('button', { name: 'Start pilot' });
    this.moveToReviewButton = page.getByRole('button', { name: 'Move to review' });
    this.gateReviewLink = page.getByRole('link', { name: 'Gate review' });
    this.addMetricButton = page.getByRole('button', { name: 'Add metric' }).first();
    this.importButton = page.getByRole('button', { name: 'Import values' });
    this.downloadCsv = page.getByRole('link', { name: 'Download CSV' });
    this.metricCards = page.getByTestId('metric-card');
    this.statusError = page.getByTestId('status-error');
    this.unitReports = page.getByTestId('unit-report');
    this.checkIns = page.getByTestId('check-in');
    this.emptyMetrics = page.getByText('No success metrics yet — add one before starting the pilot');
  }

  async goto(pilotId: string): Promise<void> {
    await this.page.goto(`/pilots/${pilotId}`);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  /** A pilot unit's stage badge in the overview, by the unit's code. */
  unitStage(unitCode: string): Locator {
    return this.page.locator(`[data-testid="pilot-unit"][data-unit-code="${unitCode}"] [data-testid="unit-stage"]`);
  }

  metricCard(name: string): Locator {
    return this.page.locator(`[data-testid="metric-card"][data-metric-name="${name}"]`);
  }

  /** Every control that changes the pilot; an executive sees none of them. */
  manageControls(): Locator {
    return this.page.getByRole('button', {
      name: /^(Edit|Delete|Start pilot|Move to review|Add metric|Import values|Check in for .*|Update the check-in for .*|Edit .*|Remove .*)$/,
    });
  }

  /** Moves the pilot one step through the confirmation dialog ("Start pilot", "Move to review"). */
  async moveOn(action: 'Start pilot' | 'Move to review'): Promise<void> {
    await this.page.getByRole('button', { name: action }).click();
    const confirm = this.page.getByRole('dialog');
    await confirm.getByRole('button', { name: action }).click();
    await confirm.waitFor({ state: 'hidden' });
  }
}
