import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod/mini';
import { ConfigurationError, githubHost, parseExternalJson, readInputs, readTextFile, type Host } from '@mlgate/core';
import { client, readContext, stickyBody, upsertStickyComment } from '@mlgate/github';
import { sanitizeMarkdown } from '@mlgate/report';

const TOOLS = ['data-check', 'eval-gate', 'shadow-compare', 'deploy', 'monitor'] as const;

export const inputSchema = z.object({
  report: z.string(),
  tool: z.enum(TOOLS),
  name: z.string().check(z.minLength(1)),
  'pr-number': z.optional(z.pipe(z.coerce.number(), z.int().check(z.positive()))),
  'github-token': z.optional(z.string()),
});

const reportFile = z.looseObject({
  schema: z.literal('mlgate/report@1'),
  tool: z.string(),
  name: z.string(),
  status: z.enum(['pass', 'skip', 'warn', 'fail', 'error']),
  headline: z.string(),
  pullRequest: z.optional(z.int().check(z.positive())),
  repository: z.optional(z.string()),
});

/**
 * Post a report file as the sticky comment. The artifact comes from an untrusted run: which gate's
 * comment is written comes from the inputs (the trusted workflow), a report claiming another tool or
 * gate is refused, and its Markdown is cut down to what mlgate's renderers write (sanitizeMarkdown).
 */
export async function run(host: Host = githubHost(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const inputs = readInputs(inputSchema, (n) => host.input(n));
    if (inputs['github-token']) host.setSecret(inputs['github-token']);
    const path = existsSync(inputs.report) && statSync(inputs.report).isDirectory() ? join(inputs.report, 'report.json') : inputs.report;
    const report = parseExternalJson(readTextFile(path, 'report'), reportFile, path);
    if (report.tool !== inputs.tool || report.name !== inputs.name) {
      throw new ConfigurationError(
        `the report is for ${JSON.stringify(`${report.tool} ${report.name}`.slice(0, 120))}, not for ${JSON.stringify(`${inputs.tool} ${inputs.name}`)} as inputs "tool" and "name" say: refusing to post it (the artifact may be forged)`,
        { file: path, field: report.tool !== inputs.tool ? 'tool' : 'name' },
      );
    }
    const markdown = sanitizeMarkdown(readTextFile(join(dirname(path), 'comment.md'), 'comment Markdown'));
    const ctx = readContext(env);
    const pr = inputs['pr-number'] ?? report.pullRequest;
    if (pr === undefined) throw new ConfigurationError('no pull request number: the report has none and input "pr-number" is not set', { field: 'pr-number' });
    if (!ctx.repository) throw new ConfigurationError('GITHUB_REPOSITORY is not set: run this inside a GitHub workflow');
    if (!inputs['github-token']) throw new ConfigurationError('input "github-token" is required', { field: 'github-token' });
    const gh = await client(inputs['github-token'], ctx);
    const r = await upsertStickyComment(gh, { ...ctx.repository, issueNumber: pr }, inputs.tool, inputs.name, stickyBody(inputs.tool, inputs.name, markdown, ctx.runUrl));
    host.setOutput('comment-id', String(r.id));
    host.info(`${r.action} the ${inputs.tool} comment "${inputs.name}" on pull request #${pr}`);
    host.exit(0);
    return 0;
  } catch (e) {
    const err = e as Error & { oneLine?: () => string };
    host.error(typeof err.oneLine === 'function' ? err.oneLine() : `could not post the comment: ${err.message}`);
    host.exit(1);
    return 1;
  }
}
