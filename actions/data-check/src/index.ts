import './prestart.js';
import { run } from './main.js';

await run();
