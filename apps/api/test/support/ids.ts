/** An id with every other letter upper-cased (`8Bd433A7-…`): the same id, spelled differently. */
export function mixedCase(id: string): string {
  let upper = false;
  return id.replace(/[a-f]/g, (letter) => {
    upper = !upper;
    return upper ? letter.toUpperCase() : letter;
  });
}
