export * from './errors.js';
export * from './suggest.js';
export * from './config.js';
export * from './report.js';
export * from './inputs.js';
export * from './host.js';
export * from './runner.js';
export * from './gha-host.js';
