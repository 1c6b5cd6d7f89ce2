export * from './command.js';
export * from './host.js';
export * from './main.js';
