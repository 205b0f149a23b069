export * from './descriptive.js';
export * from './distributions.js';
export * from './estimators.js';
export * from './sequential.js';
export * from './difference-in-differences.js';
