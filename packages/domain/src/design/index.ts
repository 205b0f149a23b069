// Design phase: the target operating model (placements, current vs target, RACI, headcount, versions).
// Of the wording helpers only the dollar format is shared: the screens show amounts as the sentences do.
export * from './placement.js';
export * from './current-vs-target.js';
export * from './raci.js';
export * from './raci-file.js';
export * from './headcount.js';
export * from './design-version.js';
export { formatUsd } from './wording.js';
export * from './target-model-summary.js';
