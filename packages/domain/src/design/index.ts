// Design phase: the target operating model (placements, current vs target, RACI, headcount, versions).
// The wording helpers stay internal.
export * from './placement.js';
export * from './current-vs-target.js';
export * from './raci.js';
export * from './raci-file.js';
export * from './headcount.js';
export * from './design-version.js';
