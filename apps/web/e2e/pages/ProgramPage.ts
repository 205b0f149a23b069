import type { Locator, Page } from 'playwright-core';

export type ProgramTabName = 'Pilots' | 'Scale' | 'Govern' | 'Backlog' | 'Assess' | 'Align' | 'Design' | 'Units' | 'Phases' | 'Decisions and lessons' | 'People' | 'Change history';

/** One program: header, phase stepper and phase history, rollout by unit, change history, people. */
export class ProgramPage {
  readonly phases: Locator;
  readonly currentStep: Locator;
  readonly history: Locator;
  readonly historyEntries: Locator;
  readonly moveBackButton: Locator;
  readonly editButton: Locator;
  readonly archiveButton: Locator;
  readonly rollout: Locator;
  readonly rolloutRows: Locator;
  readonly rolloutSummary: Locator;
  readonly updateButtons: Locator;
  readonly addUnitsButton: Locator;
  readonly removeUnitButtons: Locator;
  readonly changeHistory: Locator;
  readonly changeHistoryEntries: Locator;
  readonly people: Locator;
  readonly addMemberButton: Locator;
  readonly memberActionButtons: Locator;

  constructor(private readonly page: Page) {
    this.phases = page.getByLabel('Program phases');
    this.currentStep = this.phases.locator('[aria-current="step"]');
    this.history = page.getByLabel('Phase history');
    this.historyEntries = page.getByTestId('phase-history-entry');
    this.moveBackButton = page.getByRole('button', { name: 'Move back…' });
    this.editButton = page.getByRole('link', { name: 'Edit' });
    this.archiveButton = page.getByRole('button', { name: 'Archive' });
    this.rollout = page.getByRole('region', { name: 'Rollout by unit' });
    this.rolloutRows = this.rollout.getByTestId('rollout-row');
    this.rolloutSummary = this.rollout.getByTestId('rollout-summary');
    this.updateButtons = page.getByRole('button', { name: /^Update\b/ });
    this.addUnitsButton = page.getByRole('button', { name: 'Add units' });
    this.removeUnitButtons = this.rollout.getByRole('button', { name: /^Remove / });
    this.changeHistory = page.getByRole('region', { name: 'Change history' });
    this.changeHistoryEntries = this.changeHistory.getByTestId('history-entry');
    this.people = page.getByRole('region', { name: 'People' });
    this.addMemberButton = page.getByRole('button', { name: 'Add member' });
    this.memberActionButtons = this.people.getByRole('button', { name: /^Actions for / });
  }

  /** Opens one of the page's tabs and waits until it is the selected one (its name goes into the URL). */
  async openTab(name: ProgramTabName): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await this.selectedTab(name).waitFor();
  }

  selectedTab(name: ProgramTabName): Locator {
    return this.page.getByRole('tab', { name, exact: true, selected: true });
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

  /** A unit's row in "Rollout by unit", by the unit's name. */
  rolloutRow(unitName: string): Locator {
    return this.rolloutRows.filter({ has: this.page.getByText(unitName, { exact: true }) });
  }

  /** The stage badge in a unit's row ("Piloting · week 3 of 4"). */
  stageOf(unitName: string): Locator {
    return this.rolloutRow(unitName).getByTestId('unit-stage');
  }

  updateButton(unitName: string): Locator {
    return this.rolloutRow(unitName).getByRole('button', { name: `Update ${unitName}` });
  }

  /** A change-history entry containing every one of these texts. */
  changeHistoryEntry(...texts: string[]): Locator {
    return texts.reduce((entries, text) => entries.filter({ hasText: text }), this.changeHistoryEntries);
  }
}

/** The dialog a partner reports on a unit in: blocked or not, and a note. */
export class UnitRolloutDialog {
  readonly dialog: Locator;
  readonly blocked: Locator;
  readonly note: Locator;
  readonly saveButton: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog');
    this.blocked = this.dialog.getByRole('switch', { name: 'Blocked' });
    this.note = this.dialog.getByLabel('Note');
    this.saveButton = this.dialog.getByRole('button', { name: 'Save update' });
  }

  async fill(blocked: boolean, note: string): Promise<void> {
    await this.blocked.setChecked(blocked);
    await this.note.fill(note);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
