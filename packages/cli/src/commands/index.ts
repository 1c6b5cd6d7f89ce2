import type { Command } from '../command.js';

/** Every `mlgate <command>`; each action adds its command here. */
export const commands: Command[] = [];
