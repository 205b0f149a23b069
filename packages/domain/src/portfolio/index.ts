export * from './attention.js';
export * from './portfolio.js';
