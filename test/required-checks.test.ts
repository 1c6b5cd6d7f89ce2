import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeGitHub } from './support/github-server.js';
import { validate } from './support/openapi/validate.js';
import { ROOT } from './support/run-action.js';

// shell-quote is packages/shadow's (it parses `command:` models there): the same parser, no second copy
const { parse: shellParse } = createRequire(join(ROOT, 'packages/shadow/package.json'))('shell-quote') as typeof import('shell-quote');

/**
 * docs/required-checks.md tells a user what to send GitHub: the ruleset body and the `gh api` call
 * that reports a skipped gate. Both are sent here, as written, to the stand-in, which validates them
 * against GitHub's OpenAPI description; and the names they require are the check runs the gates post.
 */
const DOC = readFileSync(join(ROOT, 'docs/required-checks.md'), 'utf8');
const blocks = (lang: string) => [...DOC.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

interface Step { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> }

/** The check runs a workflow's gates post: `mlgate <tool>: <name>` for each data-check, eval-gate and shadow-compare step. */
function gateChecks(wf: Workflow): string[] {
  return Object.values(wf.jobs).flatMap((j) =>
    (j.steps ?? []).flatMap((s) => {
      const tool = s.uses?.match(/actions\/(data-check|eval-gate|shadow-compare)@/)?.[1];
      return tool ? [`mlgate ${tool}: ${s.with?.name ?? tool}`] : [];
    }),
  );
}

/** `gh api` flags as gh reads them: `-f key=value` a string, `-F` typed, `a[b]=v` nested. */
function ghApi(command: string, env: Record<string, string>): { method: string; path: string; body: Record<string, unknown> } {
  const words = shellParse(command, env).map((w) => {
    if (typeof w !== 'string') throw new Error(`the command has a shell operator: ${JSON.stringify(w)}`);
    return w;
  });
  expect(words.slice(0, 2)).toEqual(['gh', 'api']);
  let method = 'GET';
  let path = '';
  const body: Record<string, unknown> = {};
  for (let i = 2; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--method' || w === '-X') method = words[++i]!;
    else if (w === '-f' || w === '-F' || w === '--raw-field' || w === '--field') {
      const [key, ...rest] = words[++i]!.split('=');
      const raw = rest.join('=');
      const value = w === '-F' || w === '--field' ? (raw === 'true' ? true : raw === 'false' ? false : /^-?\d+$/.test(raw) ? Number(raw) : raw) : raw;
      const parts = key!.split(/\[|\]\[|\]/).filter(Boolean);
      let at = body;
      for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
      at[parts.at(-1)!] = value;
    } else if (!w.startsWith('-')) path = '/' + w;
  }
  return { method, path, body };
}

const gh = new FakeGitHub();
beforeAll(() => gh.start());
afterAll(() => gh.stop()); // fails when any request below was one GitHub would refuse

describe('docs/required-checks.md', () => {
  const example = parse(readFileSync(join(ROOT, 'examples/breast-cancer/workflow.yml'), 'utf8')) as Workflow;

  it("the ruleset body is GitHub's, and requires exactly the check runs the example's gates post, from GitHub Actions", async () => {
    const [json] = blocks('json');
    const ruleset = JSON.parse(json!) as { rules: Array<{ type: string; parameters: { required_status_checks?: Array<{ context: string; integration_id?: number }> } }> };
    expect(validate('POST', '/repos/acme/churn/rulesets', new URLSearchParams(), ruleset)).toBeUndefined();
    const required = ruleset.rules.find((r) => r.type === 'required_status_checks')!.parameters.required_status_checks!;
    expect(required.map((c) => c.context).sort()).toEqual(gateChecks(example).sort());
    expect(new Set(required.map((c) => c.integration_id))).toEqual(new Set([15368]));
    // sent as `gh api --method POST repos/OWNER/REPO/rulesets --input ruleset.json` sends it
    const command = blocks('sh').find((b) => b.includes('/rulesets'))!;
    expect(command.trim()).toBe('gh api --method POST repos/OWNER/REPO/rulesets --input ruleset.json');
    const r = await fetch(`${gh.url}/repos/acme/churn/rulesets`, { method: 'POST', headers: { authorization: 'token admin', 'content-type': 'application/json' }, body: json });
    expect(r.status).toBe(201);
    expect(gh.rulesets).toHaveLength(1);
  });

  it('the always-run pattern posts the check run the skipped gate would have, concluded success, titled "skipped, nothing to gate"', async () => {
    const wf = parse(blocks('yaml').find((b) => b.includes('nothing-to-gate'))!) as Workflow & { on: Record<string, unknown> };
    expect(Object.keys(wf.on)).toEqual(['pull_request', 'merge_group', 'push']);
    const step = wf.jobs['nothing-to-gate']!.steps[0]!;
    const call = ghApi(step.run!, { GITHUB_REPOSITORY: 'acme/churn', SHA: 'a'.repeat(40) });
    expect(call).toMatchObject({ method: 'POST', path: '/repos/acme/churn/check-runs' });
    expect(call.body).toMatchObject({ head_sha: 'a'.repeat(40), status: 'completed', conclusion: 'success', output: { title: 'skipped, nothing to gate' } });
    // the name is the one the gate in the same workflow posts when it runs
    expect([call.body.name]).toEqual(gateChecks(wf));
    expect(validate(call.method, call.path, new URLSearchParams(), call.body)).toBeUndefined();
    const r = await fetch(gh.url + call.path, { method: call.method, headers: { authorization: 'token t', 'content-type': 'application/json' }, body: JSON.stringify(call.body) });
    expect(r.status).toBe(201);
    expect(gh.checkRuns.at(-1)!.body).toMatchObject({ name: 'mlgate eval-gate: malignancy', conclusion: 'success' });
    // both jobs hang on the same decision, one or the other runs
    expect((wf.jobs.gate as { if?: string }).if).toBe("needs.changes.outputs.model == 'true'");
    expect((wf.jobs['nothing-to-gate'] as { if?: string }).if).toBe("needs.changes.outputs.model != 'true'");
  });

  it('names every action that posts a check run, with the name it posts', () => {
    for (const tool of ['data-check', 'eval-gate', 'shadow-compare']) expect(DOC).toContain(`| \`actions/${tool}\` | \`mlgate ${tool}: NAME\` |`);
    for (const tool of ['deploy', 'monitor', 'comment']) expect(DOC).toMatch(new RegExp(`\\| \`actions/${tool}\` \\| none`));
  });
});

describe('the workflows a user copies run where a required check is needed', () => {
  const readme = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => /^jobs:/m.test(b))!;
  it.each([
    ['examples/breast-cancer/workflow.yml', readFileSync(join(ROOT, 'examples/breast-cancer/workflow.yml'), 'utf8')],
    ['README.md', readme],
  ])('%s: on pull_request, merge_group and push to main', (_file, text) => {
    const wf = parse(text) as Workflow;
    expect(Object.keys(wf.on).sort()).toEqual(['merge_group', 'pull_request', 'push']);
    expect(wf.on.push).toEqual({ branches: ['main'] });
  });
});
