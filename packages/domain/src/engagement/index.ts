export * from './request.js';
export * from './prioritisation.js';
export * from './service-levels.js';
export * from './capacity.js';
export * from './months.js';
export * from './roadmap.js';
export * from './inbound.js';
