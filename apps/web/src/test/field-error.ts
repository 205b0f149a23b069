/** The error text a Mantine input shows, found through its aria-describedby like a screen reader would. */
export function fieldErrorOf(input: HTMLElement): string | null {
  // PasswordInput marks its inner input with data-invalid rather than aria-invalid.
  if (input.getAttribute('aria-invalid') !== 'true' && input.getAttribute('data-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const texts = ids
    .map((id) => document.getElementById(id))
    .filter((element) => element?.className.includes('error'))
    .map((element) => element?.textContent ?? '')
    .filter(Boolean);
  return texts.join(' ') || null;
}
