import { afterEach, describe, expect, it } from 'vitest';
import { printInLightScheme } from './print-light';

describe('printInLightScheme', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('prints a dark screen in the light scheme and puts the dark one back after', () => {
    const root = document.createElement('html');
    root.setAttribute('data-mantine-color-scheme', 'dark');
    stop = printInLightScheme(root);
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.getAttribute('data-mantine-color-scheme')).toBe('light');
    window.dispatchEvent(new Event('afterprint'));
    expect(root.getAttribute('data-mantine-color-scheme')).toBe('dark');
  });

  it('stops switching once stopped', () => {
    const root = document.createElement('html');
    root.setAttribute('data-mantine-color-scheme', 'dark');
    printInLightScheme(root)();
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.getAttribute('data-mantine-color-scheme')).toBe('dark');
  });
});
