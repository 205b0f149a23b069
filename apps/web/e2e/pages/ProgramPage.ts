import type { Locator, Page } from 'playwright-core';

/** One program: header, phase stepper and phase history. */
export class ProgramPage {
  readonly phases: Locator;
  readonly currentStep: Locator;
  readonly history: Locator;
  readonly historyEntries: Locator;
  readonly moveBackButton: Locator;
  readonly editButton: Locator;

  constructor(private readonly page: Page) {
    this.phases = page.getByLabel('Program phases');
    this.currentStep = this.phases.locator('[aria-current="step"]');
    this.history = page.getByLabel('Phase history');
    this.historyEntries = page.getByTestId('phase-history-entry');
    this.moveBackButton = page.getByRole('button', { name: 'Move back…' });
    this.editButton = page.getByRole('link', { name: 'Edit' });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  moveForwardButton(): Locator {
    return this.page.getByRole('button', { name: /^Move to / });
  }

  async moveTo(phaseLabel: string): Promise<void> {
    await this.page.getByRole('button', { name: `Move to ${phaseLabel}` }).click();
  }

  historyEntry(text: string): Locator {
    return this.historyEntries.filter({ hasText: text });
  }
}
