// Scale: the roll-out in waves (unit stages and their moves, adoption, pausing, readiness, the suggested order).
export * from './wave-stage.js';
export * from './readiness.js';
export * from './wave-suggestion.js';
export * from './wave-plan.js';
export * from './wave-metrics.js';
