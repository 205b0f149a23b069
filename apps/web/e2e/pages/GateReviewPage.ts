import type { Locator, Page } from 'playwright-core';

/** A pilot's gate review: recommendation, evidence, the decision form and its outcome, lessons. */
export class GateReviewPage {
  readonly recommendation: Locator;
  readonly recommendedDecision: Locator;
  readonly evidenceRows: Locator;
  readonly moveToReviewButton: Locator;
  readonly form: Locator;
  readonly rationale: Locator;
  readonly lessonsLearned: Locator;
  readonly lessons: Locator;

  constructor(private readonly page: Page) {
    this.recommendation = page.getByRole('region', { name: 'Recommendation' });
    // The badge beside the card's title.
    this.recommendedDecision = this.recommendation.locator('[data-decision]').first();
    this.evidenceRows = page.getByTestId('gate-evidence-row');
    this.moveToReviewButton = page.getByRole('button', { name: 'Move to review' });
    this.form = page.getByRole('form', { name: 'Gate decision' });
    this.rationale = this.form.getByLabel('Rationale');
    this.lessonsLearned = this.form.getByLabel('Lessons learned');
    this.lessons = page.getByRole('region', { name: 'Lessons learned' });
  }

  async goto(pilotId: string): Promise<void> {
    await this.page.goto(`/pilots/${pilotId}/gate`);
  }

  heading(pilotName: string): Locator {
    return this.page.getByRole('heading', { name: `Gate review: ${pilotName}`, level: 1 });
  }

  /** Moves a running pilot to review through the confirmation dialog. */
  async moveToReview(): Promise<void> {
    await this.moveToReviewButton.click();
    const confirm = this.page.getByRole('dialog', { name: 'Move the pilot to review?' });
    await confirm.getByRole('button', { name: 'Move to review' }).click();
    await confirm.waitFor({ state: 'hidden' });
  }

  decisionCard(decision: string): Locator {
    return this.form.locator(`[data-decision="${decision}"]`);
  }

  recordButton(decisionLabel: string): Locator {
    return this.form.getByRole('button', { name: `Record decision: ${decisionLabel}` });
  }

  outcome(decision: string): Locator {
    return this.page.locator(`[data-testid="gate-outcome"][data-decision="${decision}"]`);
  }
}
