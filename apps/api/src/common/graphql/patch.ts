/** Ends the description of every update input: the patch contract (architecture rule 12b). */
export const PATCH_SEMANTICS =
  'Patch: a field left out keeps its current value; null clears a field whose description says so and is refused (BAD_USER_INPUT on that field) on any other.';

/** An update input's description: what it changes, then the patch contract. */
export const patchInput = (what: string): string => `${what} ${PATCH_SEMANTICS}`;
