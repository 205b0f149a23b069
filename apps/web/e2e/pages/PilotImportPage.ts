import type { Locator, Page } from 'playwright-core';

/** The parts of a pilot's page the measurement journey uses: metrics, values, import, status. */
export class PilotMeasurementsPage {
  readonly importButton: Locator;
  readonly downloadCsv: Locator;
  readonly downloadExcel: Locator;
  readonly moveToReviewButton: Locator;
  readonly gateReviewLink: Locator;

  constructor(private readonly page: Page) {
    this.importButton = page.getByRole('button', { name: 'Import values' });
    this.downloadCsv = page.getByRole('link', { name: 'Download CSV' });
    this.downloadExcel = page.getByRole('link', { name: 'Download Excel' });
    this.moveToReviewButton = page.getByRole('button', { name: 'Move to review' });
    this.gateReviewLink = page.getByRole('link', { name: 'Gate review' });
  }

  async goto(pilotId: string): Promise<void> {
    await this.page.goto(`/pilots/${pilotId}`);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  /** Opens a metric's values (per unit) in their dialog. */
  async openValues(metricName: string): Promise<MeasurementsDialog> {
    await this.page.getByRole('button', { name: `Values of ${metricName}` }).click();
    const dialog = new MeasurementsDialog(this.page);
    await dialog.dialog.waitFor();
    return dialog;
  }

  /** Moves a running pilot to review through the confirmation dialog. */
  async moveToReview(): Promise<void> {
    await this.moveToReviewButton.click();
    const confirm = this.page.getByRole('dialog', { name: 'Move the pilot to review?' });
    await confirm.getByRole('button', { name: 'Move to review' }).click();
    await confirm.waitFor({ state: 'hidden' });
  }
}

/** A metric's values of one unit, as the "Values" dialog lists them. */
export class MeasurementsDialog {
  readonly dialog: Locator;
  readonly rows: Locator;
  readonly unit: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.rows = this.dialog.getByTestId('measurement-row');
    this.unit = this.dialog.getByRole('combobox', { name: 'Unit' });
  }

  async showUnit(name: string): Promise<void> {
    await this.unit.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  row(date: string): Locator {
    return this.dialog.locator(`[data-testid="measurement-row"][data-date="${date}"]`);
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.dialog.waitFor({ state: 'hidden' });
  }
}

/** The four-step import dialog: file, columns, review, progress. */
export class ImportMeasurementsDialog {
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly uploadButton: Locator;
  readonly nextButton: Locator;
  readonly errorRows: Locator;
  readonly onlyValidRows: Locator;
  readonly summary: Locator;
  readonly doneButton: Locator;
  readonly backToColumns: Locator;
  readonly chooseAnotherFile: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import values from a file' });
    this.fileInput = this.dialog.getByTestId('import-file-input');
    this.uploadButton = this.dialog.getByRole('button', { name: 'Upload and check' });
    this.nextButton = this.dialog.getByRole('button', { name: 'Next: review rows' });
    this.errorRows = this.dialog.getByTestId('import-error-row');
    this.onlyValidRows = this.dialog.getByRole('checkbox', { name: /^Import only the valid rows/ });
    this.summary = this.dialog.getByTestId('import-summary');
    this.doneButton = this.dialog.getByRole('button', { name: 'Done' });
    this.backToColumns = this.dialog.getByRole('button', { name: 'Back to columns' });
    this.chooseAnotherFile = this.dialog.getByRole('button', { name: 'Choose another file' });
  }

  /** Picks a file (as the hidden file input receives it) and uploads it; ends on the columns step. */
  async upload(name: string, content: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
    await this.dialog.getByTestId('import-chosen-file').filter({ hasText: name }).waitFor();
    await this.uploadButton.click();
    await this.dialog.getByRole('heading', { name: 'Which column holds what?' }).waitFor();
  }

  columnSelect(label: 'Metric' | 'Unit' | 'Date' | 'Value'): Locator {
    return this.dialog.getByRole('combobox', { name: `${label} column` });
  }

  async review(): Promise<void> {
    await this.nextButton.click();
    await this.dialog.getByRole('heading', { name: 'Review before importing' }).waitFor();
  }

  count(kind: 'valid' | 'invalid' | 'total'): Locator {
    return this.dialog.getByTestId(`import-count-${kind}`);
  }

  importButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Import \d[\d,]* values?$/ });
  }

  errorRow(line: number): Locator {
    return this.dialog.locator(`[data-testid="import-error-row"][data-line="${line}"]`);
  }

  /** Starts the import and waits for its result line. */
  async importAndWait(): Promise<string> {
    await this.importButton().click();
    await this.summary.waitFor({ timeout: 30_000 });
    return this.summary.innerText();
  }

  async done(): Promise<void> {
    await this.doneButton.click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}

/** The gate review page's decision form and outcome. */
export class GateDecisionSection {
  readonly form: Locator;
  readonly rationale: Locator;
  readonly outcomes: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Gate decision' });
    this.rationale = this.form.getByLabel('Rationale');
    this.outcomes = page.getByTestId('gate-outcome');
  }

  async decide(decisionLabel: string, decision: string, rationale: string): Promise<void> {
    await this.form.locator(`[data-decision="${decision}"]`).click();
    await this.rationale.fill(rationale);
    await this.form.getByRole('button', { name: `Record decision: ${decisionLabel}` }).click();
  }

  outcome(decision: string): Locator {
    return this.page.locator(`[data-testid="gate-outcome"][data-decision="${decision}"]`);
  }
}
