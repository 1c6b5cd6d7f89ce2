export * from './weights.js';
export * from './binary.js';
export * from './multiclass.js';
export * from './regression.js';
export * from './registry.js';
export * from './random.js';
export * from './bootstrap.js';
