export * from './assessment.types.js';
export * from './assessment.schema.js';
export * from './assessment.rules.js';
export * from './activity-tags.js';
export * from './assessment-file.js';
export * from './grid-import.js';
