export * from './tool-inventory.js';
export * from './staffing.js';
export * from './baselines.js';
export * from './tool-import.js';
