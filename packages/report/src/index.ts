export * from './escape.js';
export * from './markdown.js';
export * from './chart.js';
export * from './fit.js';
export * from './sanitize.js';
export * from './override.js';
