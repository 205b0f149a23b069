const ATTRIBUTE = 'data-mantine-color-scheme';

/**
 * Prints in the light scheme whatever the screen shows: paper is white. The scheme attribute Mantine
 * keeps on <html> is switched for the print and put back after; `beforeprint` covers the browser's
 * Print command, the `print` media query covers printing that only changes the media (a PDF renderer).
 * Returns the function that stops listening.
 */
export function printInLightScheme(root: HTMLElement = document.documentElement): () => void {
  let screenScheme: string | null = null;
  const toPaper = () => {
    if (screenScheme !== null) return;
    screenScheme = root.getAttribute(ATTRIBUTE) ?? '';
    root.setAttribute(ATTRIBUTE, 'light');
  };
  const toScreen = () => {
    if (screenScheme === null) return;
    if (screenScheme) root.setAttribute(ATTRIBUTE, screenScheme);
    else root.removeAttribute(ATTRIBUTE);
    screenScheme = null;
  };
  const printMedia = window.matchMedia('print');
  const onMediaChange = (event: MediaQueryListEvent) => (event.matches ? toPaper() : toScreen());
  window.addEventListener('beforeprint', toPaper);
  window.addEventListener('afterprint', toScreen);
  printMedia.addEventListener('change', onMediaChange);
  return () => {
    window.removeEventListener('beforeprint', toPaper);
    window.removeEventListener('afterprint', toScreen);
    printMedia.removeEventListener('change', onMediaChange);
  };
}
