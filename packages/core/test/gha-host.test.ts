import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { command, fitSummary, githubHost } from '../src/gha-host.js';
// the library the protocol comes from, as the reference for escaping
import { toCommandProperties } from '../../github/node_modules/@actions/core/lib/utils.js';
import { issueCommand } from '../../github/node_modules/@actions/core/lib/command.js';

function captured(f: () => void): string {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  try {
    f();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe('workflow commands', () => {
  it('write annotations exactly as @actions/core does, escaping included', () => {
    const message = 'rule 100% broken:\nline two, with a comma';
    const props = { file: 'cfg/gate,v1.yml', line: 4, col: 10 };
    const ours = command('error', props, message);
    const theirs = captured(() => issueCommand('error', toCommandProperties({ file: props.file, startLine: props.line, startColumn: props.col }) as never, message));
    expect(ours).toBe(theirs);
    expect(ours).toBe('::error file=cfg/gate%2Cv1.yml,line=4,col=10::rule 100%25 broken:%0Aline two, with a comma\n');
  });

  it('reads inputs, writes outputs with a delimiter, masks, and appends the summary', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mlgate-host-'));
    writeFileSync(join(d, 'out'), '');
    writeFileSync(join(d, 'sum'), '');
    const host = githubHost({ 'INPUT_FAIL-ON': ' warn ', INPUT_MY_INPUT: 'x', GITHUB_OUTPUT: join(d, 'out'), GITHUB_STEP_SUMMARY: join(d, 'sum') });
    expect(host.input('fail-on')).toBe('warn');
    expect(host.input('my input')).toBe('x');
    expect(host.input('absent')).toBe('');
    host.setOutput('report', 'a\nb');
    expect(readFileSync(join(d, "out"), "utf8")).toMatch(/^report<<(ghadelimiter_[0-9a-z]+)\na\nb\n\1\n$/);
    expect(captured(() => host.setSecret('s3cr%t'))).toBe('::add-mask::s3cr%25t\n');
    await host.summary('### hello');
    expect(readFileSync(join(d, 'sum'), 'utf8')).toBe('### hello\n');
  });

  it('cuts a summary over 1 MiB on a line, with a note', () => {
    const big = Array.from({ length: 40_000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    const fitted = fitSummary(big);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(1024 * 1024);
    expect(fitted).toMatch(/\| x{20} \|\n\n> ✂️ The summary was cut/);
  });
});
