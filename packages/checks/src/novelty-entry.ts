// What shadow-compare and monitor load of the data-check engine to hold rows against a training
// profile: a light entry point of its own (`@mlgate/checks/novelty`), not the whole engine (no data
// readers: the profile file is read on its own).
export * from './novelty.js';
export { renderNovelty } from './novelty-render.js';
export { readProfile, type Profile } from './profile-file.js';
