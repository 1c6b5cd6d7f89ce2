export * from './context.js';
export * from './client.js';
export * from './comment.js';
export * from './baseline.js';
export * from './check-run.js';
export * from './ghcr.js';
export * from './merge-group.js';
export * from './gate.js';
