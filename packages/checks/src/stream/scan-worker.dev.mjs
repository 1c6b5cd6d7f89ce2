// The worker of a parallel scan run from the TypeScript sources (tests, `pnpm mlgate`): TypeScript through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./scan-worker.ts');
