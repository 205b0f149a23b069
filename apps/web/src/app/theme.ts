import { createTheme, darken, isLightColor, localStorageColorSchemeManager, luminance, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 in light mode: white text on indigo-6 misses the 4.5:1 contrast WCAG AA asks for.
  primaryShade: { light: 7, dark: 8 },
  // Filled badges of light colours (yellow, lime, green, orange) get dark text instead of white:
  // white on them stays under 4.5:1 even at shade 9.
  autoContrast: true,
  luminanceThreshold: 0.29,
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Badge: { defaultProps: { radius: 'sm', tt: 'none', fw: 600 } },
    Paper: { defaultProps: { radius: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
    // Mantine's close buttons have only an icon.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

const AA_CONTRAST = 4.6; // 4.5:1 with a little room for rounding

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Light mode: Mantine's coloured text (shade 9 on a "light" badge or alert, the filled shade for
 * `c="red"` and outlines) reaches only 2.7–4.3:1 for yellow, orange, green and teal. Each colour's
 * text is its shade 9 darkened until it reads at 4.5:1 on its own light background (shade 1), which
 * also covers white and the grey page.
 */
function readableColorTexts(current: MantineTheme): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(current.colors)) {
    const darkest = shades[9];
    const background = shades[1];
    if (!darkest || !background || darkest.startsWith('var(')) continue;
    let text = darkest;
    for (let step = 1; contrast(text, background) < AA_CONTRAST && step <= 10; step += 1) text = darken(darkest, step * 0.05);
    variables[`--mantine-color-${name}-light-color`] = text;
    variables[`--mantine-color-${name}-text`] = text;
    variables[`--mantine-color-${name}-outline`] = text;
  }
  return variables;
}

/**
 * Dark mode: Mantine draws outlines and coloured text in shade 4, which for indigo, blue, red and
 * violet reads at only 3.4–4.2:1 on a hovered table row (dark-5). Each colour uses the darkest of
 * its shades 4…0 that reads at 4.5:1 there, which also covers the darker page and cards.
 */
function readableColorTextsOnDark(current: MantineTheme): Record<string, string> {
  const variables: Record<string, string> = {};
  const hoveredRow = current.colors.dark[5];
  for (const [name, shades] of Object.entries(current.colors)) {
    if (name === 'dark' || !shades[4] || shades[4].startsWith('var(')) continue;
    const index = [4, 3, 2, 1, 0].find((shade) => contrast(shades[shade] ?? '#ffffff', hoveredRow) >= AA_CONTRAST) ?? 0;
    variables[`--mantine-color-${name}-text`] = `var(--mantine-color-${name}-${index})`;
    variables[`--mantine-color-${name}-outline`] = `var(--mantine-color-${name}-${index})`;
  }
  return variables;
}

/**
 * Filled badges and buttons, both schemes: colours light enough for dark text get it from
 * `autoContrast` (threshold below); the others use the first shade from 7 on that carries white
 * text at 4.5:1 (red, blue, teal and cyan need 8 or 9).
 */
function readableFilledColors(current: MantineTheme): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(current.colors)) {
    const base = shades[7];
    if (!base || base.startsWith('var(') || isLightColor(base, current.luminanceThreshold)) continue;
    const index = [7, 8, 9].find((shade) => contrast(shades[shade] ?? '#000000', '#ffffff') >= AA_CONTRAST) ?? 9;
    variables[`--mantine-color-${name}-filled`] = `var(--mantine-color-${name}-${index})`;
    variables[`--mantine-color-${name}-filled-hover`] = `var(--mantine-color-${name}-${Math.min(index + 1, 9)})`;
  }
  return variables;
}

/**
 * The app's own colour tokens (`--app-*`), one value per colour scheme, so CSS and charts never
 * hard-code a light-mode grey. Dimmed text is darker (lighter in dark mode) than Mantine's default,
 * which reaches only about 3.3:1 on white.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    ...readableColorTexts(current),
    ...readableFilledColors(current),
    '--mantine-color-dimmed': '#5c636a',
    '--app-color-page': 'var(--mantine-color-gray-0)',
    '--app-color-surface-muted': 'var(--mantine-color-gray-0)',
    '--app-color-surface-strong': 'var(--mantine-color-gray-1)',
    '--app-color-border': 'var(--mantine-color-gray-2)',
    '--app-color-text-secondary': 'var(--mantine-color-gray-7)',
    '--app-color-strong-text': 'var(--mantine-color-dark-7)',
    '--app-chart-grid': 'var(--mantine-color-gray-3)',
    '--app-chart-axis': 'var(--mantine-color-gray-7)',
    '--app-chart-reference': 'var(--mantine-color-gray-6)',
    '--app-chart-pilot': 'var(--mantine-color-indigo-7)',
    '--app-chart-comparison': 'var(--mantine-color-orange-8)',
    '--app-chart-band': 'var(--mantine-color-indigo-2)',
    // Assessment heatmap: who does the work (pale fills, so the maturity figure keeps its contrast).
    '--app-heat-central': 'var(--mantine-color-blue-1)',
    '--app-heat-local': 'var(--mantine-color-teal-1)',
    '--app-heat-both': 'var(--mantine-color-orange-1)',
    '--app-heat-nobody': 'var(--mantine-color-red-1)',
  },
  dark: {
    ...readableColorTextsOnDark(current),
    ...readableFilledColors(current),
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    // Mantine's dark outline (shade 4 of "dark") is dark grey on the dark page.
    '--mantine-color-dark-outline': 'var(--mantine-color-dark-0)',
    '--app-color-page': 'var(--mantine-color-dark-8)',
    '--app-color-surface-muted': 'var(--mantine-color-dark-6)',
    '--app-color-surface-strong': 'var(--mantine-color-dark-5)',
    '--app-color-border': 'var(--mantine-color-dark-4)',
    '--app-color-text-secondary': 'var(--mantine-color-dark-1)',
    '--app-color-strong-text': 'var(--mantine-color-dark-0)',
    '--app-chart-grid': 'var(--mantine-color-dark-4)',
    '--app-chart-axis': 'var(--mantine-color-dark-1)',
    '--app-chart-reference': 'var(--mantine-color-dark-2)',
    '--app-chart-pilot': 'var(--mantine-color-indigo-3)',
    '--app-chart-comparison': 'var(--mantine-color-orange-4)',
    '--app-chart-band': 'var(--mantine-color-indigo-9)',
    '--app-heat-central': 'var(--mantine-color-blue-9)',
    '--app-heat-local': 'var(--mantine-color-teal-9)',
    '--app-heat-both': 'var(--mantine-color-orange-9)',
    '--app-heat-nobody': 'var(--mantine-color-red-9)',
  },
});

/** Light, dark or (by default) the system setting, remembered in localStorage. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'rollout-color-scheme' });
