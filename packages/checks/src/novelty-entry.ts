// What shadow-compare and monitor load of the data-check engine to hold rows against a training
// profile: a light entry point of its own (`@mlgate/checks/novelty`), not the whole engine. The
// profile reader (`@mlgate/checks/profile`) is loaded apart, only when a reference is given.
export * from './novelty.js';
export { renderNovelty } from './novelty-render.js';
