// Imported first by index.ts: the scan's workers start loading while the rest of the action loads and reads its suite.
import { prestart } from '@mlgate/checks/threads';

prestart();
