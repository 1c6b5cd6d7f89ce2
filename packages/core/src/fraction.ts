import * as z from 'zod/mini';
import { withHelp } from './config-issues.js';

/** 2% or 0.02: a share or a relative tolerance, written either way in a config, read as a fraction. */
export const fraction = withHelp(
  z.union([
    z.number().check(z.minimum(0)),
    z.pipe(
      z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*%\s*$/, 'expected a percentage like "2%" or a fraction like 0.02')),
      z.transform((s: string) => Number(s.replace('%', '')) / 100),
    ),
  ]),
  { expected: 'a number or a percentage', example: '2%' },
);
