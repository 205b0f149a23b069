export * from './pilot.types.js';
export * from './pilot.schema.js';
export * from './pilot.rules.js';
export * from './evaluation.js';
export * from './recommendation.js';
export * from './metric-format.js';
export * from './pilot-dates.js';
export * from './measurement-import.js';
