export * from './alignment.types.js';
export * from './alignment.schema.js';
export * from './weights.js';
export * from './matrix.js';
export * from './sensitivity.js';
export * from './guidance.js';
export * from './choice.js';
