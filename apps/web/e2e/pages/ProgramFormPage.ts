import type { Locator, Page } from 'playwright-core';

export interface ProgramFormValues {
  name: string;
  objective?: string;
  sponsor: string;
  startDate: string;
  targetDate: string;
  targetModel?: string;
}

/** New program and edit program pages. */
export class ProgramFormPage {
  readonly name: Locator;
  readonly objective: Locator;
  readonly sponsor: Locator;
  readonly startDate: Locator;
  readonly targetDate: Locator;
  readonly targetModel: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByLabel('Name');
    this.objective = page.getByLabel('Objective');
    this.sponsor = page.getByLabel('Executive sponsor');
    this.startDate = page.getByLabel('Start date');
    this.targetDate = page.getByLabel('Target date');
    this.targetModel = page.getByRole('combobox', { name: 'Target operating model' });
  }

  async fill(values: ProgramFormValues): Promise<void> {
    await this.name.fill(values.name);
    if (values.objective !== undefined) await this.objective.fill(values.objective);
    await this.sponsor.fill(values.sponsor);
    await this.startDate.fill(values.startDate);
    await this.targetDate.fill(values.targetDate);
    if (values.targetModel) {
      await this.targetModel.click();
      await this.page.getByRole('option', { name: values.targetModel, exact: true }).click();
    }
  }

  async submit(label: 'Create program' | 'Save changes'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }
}
