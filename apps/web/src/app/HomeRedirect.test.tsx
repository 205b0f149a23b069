import { describe, expect, it } from 'vitest';
import { aCurrentUser } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { HomeRedirect } from './HomeRedirect';

describe('HomeRedirect', () => {
  it('leads executives to the portfolio and everyone else to the programs', () => {
    expect(renderWithApp(<HomeRedirect />, { user: aCurrentUser({ role: 'executive' }) }).currentLocation()).toBe('/portfolio');
  });

  it('leads a program manager to the programs', () => {
    expect(renderWithApp(<HomeRedirect />, { user: aCurrentUser({ role: 'program_manager' }) }).currentLocation()).toBe('/programs');
  });
});
