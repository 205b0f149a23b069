import { onTestFinished, vi } from 'vitest';
import { NARROW_SCREEN_QUERY } from '../shared/components/ResponsiveTable';

/** Makes the narrow-screen media query match, as on a 390 px phone, until the test ends. */
export function onPhone(): void {
  // Restored by the test itself: files share a worker's modules, so a hook registered when this module loads would run for the first file only.
  const browserMatchMedia = Object.getOwnPropertyDescriptor(window, 'matchMedia');
  onTestFinished(() => {
    if (browserMatchMedia) Object.defineProperty(window, 'matchMedia', browserMatchMedia);
  });
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
