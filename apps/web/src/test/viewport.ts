import { afterEach, vi } from 'vitest';
import { NARROW_SCREEN_QUERY } from '../shared/components/ResponsiveTable';

const browserMatchMedia = Object.getOwnPropertyDescriptor(window, 'matchMedia');

/** Makes the narrow-screen media query match, as on a 390 px phone, until the test ends. */
export function onPhone(): void {
  window.matchMedia = vi.fn((query: string) => ({
    matches: query === NARROW_SCREEN_QUERY,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(() => false),
  }));
}

afterEach(() => {
  if (browserMatchMedia) Object.defineProperty(window, 'matchMedia', browserMatchMedia);
});
