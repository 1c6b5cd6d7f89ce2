export * from './rules.js';
export * from './history.js';
export * from './reference.js';
export * from './monitor.js';
export * from './issue.js';
export * from './render.js';
export * from './action.js';
