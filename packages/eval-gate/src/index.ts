export * from './config.js';
export * from './read.js';
export * from './load.js';
export * from './metrics-file.js';
export * from './evaluate.js';
export * from './render.js';
export * from './spec.js';
export * from './registry-baseline.js';
