#!/usr/bin/env node
import { main } from './main.js';

// `pnpm mlgate …` in this repository runs the script from the workspace root; the user's relative
// paths are meant from the folder they typed it in, which pnpm and npm pass as INIT_CWD.
const workspaceScript = process.env.npm_lifecycle_event === 'mlgate' || process.env.npm_lifecycle_event === 'demo';
if (workspaceScript && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error in mlgate: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
