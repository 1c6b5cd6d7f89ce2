import type { Report, Status } from '@mlgate/core';
import { barChart, details, escapeMarkdown, formatNumber, formatPercent, gateTitle, STATUS_ICON, table } from '@mlgate/report';
import type { PairSummary, Role } from './compare.js';
import { renderNovelty } from '@mlgate/checks/novelty';
import { DEFAULT_TOLERANCE, METRICS, type MetricName } from './config.js';
import type { ShadowData } from './replay.js';
import { FAULT_KINDS } from './types.js';
import { formatMetric } from './rules.js';

const VERDICT: Record<Status, string> = { pass: '✅ pass', skip: '⏭️ not checked', warn: '⚠️ warn', fail: '❌ fail', error: '💥 error' };
const ROLES: Role[] = ['candidate', 'production', 'production-secondary'];
const n = (x: number) => x.toLocaleString('en-US');
const ms = (x: number | undefined) => (x === undefined ? '—' : `${formatNumber(x, 3)} ms`);

/**
 * Whether the config set a tolerance: at the default (1e-9, exact equality up to rounding) nearly
 * every answer of a different model is "beyond" it, so the share says nothing and is not shown.
 */
const toleranceSet = (t: { tolerance: number }) => t.tolerance !== DEFAULT_TOLERANCE;

/**
 * Diffy's test on the shares of inputs that differ: the candidate's differences count only when they
 * are above production's own (noise), by more than 20% relatively and 0.03% of requests absolutely.
 */
export function diffySignificant(raw: number, noise: number): boolean {
  if (raw <= noise) return false;
  return (raw - noise) / (raw + noise) > 0.2 && raw - noise > 0.0003;
}

function ruleRows(report: Report<ShadowData>): string[][] {
  return report.checks.map((c) => {
    const name = c.id.replace(/^shadow\./, '') as MetricName;
    const o = c.observed as { candidate: number; production: number } | number | null | undefined;
    const cand = typeof o === 'number' ? o : o?.candidate;
    const prod = typeof o === 'object' && o ? o.production : undefined;
    return [`<code>${escapeMarkdown(name, 40)}</code>`, METRICS[name]?.perModel ? formatMetric(name, prod) : '—', formatMetric(name, cand), escapeMarkdown(c.expected ?? '', 80), VERDICT[c.status]];
  });
}

function flipTable(flips: Array<{ from: string; to: Record<string, number> }>): string {
  const cols = [...new Set(flips.flatMap((f) => Object.keys(f.to)).concat(flips.map((f) => f.from)))].sort();
  const rows = flips
    .slice()
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((f) => [`<code>${escapeMarkdown(f.from, 40)}</code>`, ...cols.map((c) => (f.to[c] ? (c === f.from ? n(f.to[c]!) : `**${n(f.to[c]!)}**`) : '0'))]);
  return table(['production ↓ · candidate →', ...cols.map((c) => `<code>${escapeMarkdown(c, 40)}</code>`)], rows, ['l', ...cols.map(() => 'r' as const)]);
}

/** The two models on novel and on familiar inputs: they tend to disagree most where neither has seen data. */
function noveltyAgreement(c: { novel: PairSummary; familiar: PairSummary }): string {
  const cell = (p: PairSummary) => [n(p.compared), p.agreement !== undefined ? formatPercent(p.agreement) : '—', p.delta ? formatNumber(p.delta.mean) : '—', p.delta ? formatNumber(p.delta.p95) : '—', p.psi ? formatNumber(p.psi.psi) : '—'];
  return '\n' + table(['inputs', 'compared', 'agreement', '\\|Δ\\| mean', '\\|Δ\\| p95', 'PSI'], [['novel', ...cell(c.novel)], ['familiar', ...cell(c.familiar)]], ['l', 'r', 'r', 'r', 'r', 'r']);
}

/** The sticky comment and job summary of a shadow-compare run. */
export function renderMarkdown(report: Report<ShadowData>): string {
  const d = report.data!;
  const out: string[] = [];
  out.push(`### ${STATUS_ICON[report.status]} ${gateTitle('shadow-compare', report.name, (n) => `<code>${escapeMarkdown(n, 80)}</code>`)}: ${escapeMarkdown(report.headline, 400)}`);
  out.push(`<sub>${[d.task, `${n(d.inputs)} inputs`, `concurrency ${d.concurrency}`, d.batchSize > 1 ? `batches of ${d.batchSize}` : '', `timeout ${formatNumber(d.timeoutMs / 1000)} s`, `${d.retries} retries`, `${formatNumber(d.seconds, 3)} s`].filter(Boolean).join(' · ')}</sub>`, '');

  out.push(table(['rule', 'production', 'candidate', 'limit', 'verdict'], ruleRows(report), ['l', 'r', 'r', 'l', 'l']));
  if (d.checksFrom === 'defaults') out.push('', '<sub>Default rules (no `rules` in the config): see docs/shadow-compare.md.</sub>');
  const bad = report.checks.filter((c) => c.status !== 'pass' && c.status !== 'skip');
  if (bad.length) out.push('', ...bad.map((c) => `- ${STATUS_ICON[c.status]} ${escapeMarkdown(c.title, 80)}: ${escapeMarkdown(c.message, 400)}`));

  const pair = d.noise?.clean ?? d.comparison;
  const scope = d.noise ? ` (on the ${n(pair.compared)} inputs where production agrees with itself)` : '';
  if (pair.agreement !== undefined && pair.flips) {
    out.push('', `#### Agreement: ${formatPercent(pair.agreement)} of ${n(pair.labeled)} inputs${scope}`, '');
    out.push(flipTable(pair.flips));
    if (pair.flipsCut) out.push('', '<sub>More than 30 classes: the table shows the first 30.</sub>');
  }
  if (pair.delta) {
    const t = pair.delta;
    out.push('', `#### Differences of the ${d.task === 'classification' ? 'scores' : 'predictions'}${scope}`, '');
    out.push(
      table(
        ['\\|Δ\\| mean', '\\|Δ\\| p50', '\\|Δ\\| p95', '\\|Δ\\| max', ...(toleranceSet(t) ? [`beyond tolerance (> ${formatNumber(t.tolerance)})`] : []), 'PSI'],
        [[formatNumber(t.mean), formatNumber(t.p50), formatNumber(t.p95), formatNumber(t.max), ...(toleranceSet(t) ? [`${formatPercent(t.beyond_share)} (${n(t.beyond)})`] : []), pair.psi ? formatNumber(pair.psi.psi) : '—']],
        ['r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    if (!t.exact) out.push('', '<sub>Quantiles from a DDSketch (1% relative accuracy): more answers than are kept exactly.</sub>');
    if (pair.psi && pair.psi.edges.length > 2) {
      const e = pair.psi.edges;
      const digits = Math.max(0, 1 - Math.floor(Math.log10(Math.max(1e-12, e[1]! - e[0]!))));
      const cats = e.slice(0, -1).map((lo, i) => `${+lo.toFixed(digits)}–${+e[i + 1]!.toFixed(digits)}`);
      out.push('', barChart({ title: 'Distribution of the predictions', categories: cats, series: [{ name: 'production', values: pair.psi.reference }, { name: 'candidate', values: pair.psi.current }], yLabel: 'share' }));
      if (pair.psi.sampled) out.push(`<sub>PSI on a uniform sample of ${n(pair.psi.sample)} answer pairs.</sub>`);
    }
  }

  if (d.novelty) out.push(...renderNovelty(d.novelty, 'Inputs', [noveltyAgreement(d.novelty.comparison)]));

  out.push('', '#### Endpoints', '');
  const rows = ROLES.filter((r) => d.roles[r]).map((r) => {
    const s = d.roles[r]!;
    const ep = d.endpoints[r];
    // a model that never answered has no latency to show
    const lat = s.ok > 0 ? s.latency : undefined;
    return [r, `<code>${escapeMarkdown(ep?.label ?? '', 100)}</code>`, n(s.requests), n(s.ok), `${n(s.errors)} (${formatPercent(s.error_rate)})`, n(s.faults.timeout ?? 0), n(s.retried), ms(lat?.p50), ms(lat?.p95), ms(lat?.p99)];
  });
  out.push(table(['model', 'endpoint', 'requests', 'answered', 'errors', 'timeouts', 'retried', 'p50', 'p95', 'p99'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));

  if (d.noise) {
    const raw = d.comparison.compared ? d.comparison.differ / d.comparison.compared : 0;
    const noise = d.noise.pair.compared ? d.noise.pair.differ / d.noise.pair.compared : 0;
    const sig = diffySignificant(raw, noise);
    out.push('', '#### Noise: production against itself', '');
    out.push(
      `production-secondary differs from production on ${n(d.noise.noisy)} of ${n(d.noise.pair.compared)} inputs (${formatPercent(noise)}); the candidate differs on ${formatPercent(raw)}. ` +
        (sig ? 'The candidate’s differences are **above the noise** (Diffy’s test: raw > noise, relative gap > 20%, absolute gap > 0.03% of requests).' : 'The candidate’s differences are **within the noise** (Diffy’s test).') +
        ' Noisy inputs are left out of the rules and of the divergent list.',
    );
    if (d.noise.pair.agreement !== undefined) out.push('', `Production agrees with itself on ${formatPercent(d.noise.pair.agreement)}${d.noise.pair.delta ? `; |Δ| p95 ${formatNumber(d.noise.pair.delta.p95)}, max ${formatNumber(d.noise.pair.delta.max)}` : ''}.`);
    else if (d.noise.pair.delta) out.push('', `Production against itself: |Δ| p95 ${formatNumber(d.noise.pair.delta.p95)}, max ${formatNumber(d.noise.pair.delta.max)}.`);
  }

  const faults = ROLES.flatMap((r) => (d.roles[r]?.examples ?? []).map((e) => ({ role: r, ...e })));
  if (faults.length) {
    const counts = ROLES.filter((r) => d.roles[r]).flatMap((r) => FAULT_KINDS.filter((k) => d.roles[r]!.faults[k]).map((k) => [r, `<code>${k}</code>`, n(d.roles[r]!.faults[k]!)]));
    const examples = faults.map((f) => [f.role, `<code>${f.kind}</code>`, `${f.index + 1} (line ${f.line})`, escapeMarkdown(f.message, 200)]);
    out.push('', details(`Faults (${n(faults.length ? counts.reduce((a, c) => a + Number(c[2]!.replace(/,/g, '')), 0) : 0)})`, `${table(['model', 'fault', 'count'], counts, ['l', 'l', 'r'])}\n\nFirst examples:\n\n${table(['model', 'fault', 'input', 'message'], examples)}`));
  }

  if (d.divergent.length) {
    // the answers first, the (long, truncated) request last, so the comparison reads without scrolling
    const rowsD = d.divergent.map((x) => [`${x.index + 1}`, `<code>${escapeMarkdown(x.production, 80)}</code>`, `<code>${escapeMarkdown(x.candidate, 80)}</code>`, x.delta === undefined ? '—' : formatNumber(x.delta), x.flipped ? 'yes' : '', `<code>${escapeMarkdown(x.input, 160)}</code>`]);
    out.push('', details(`The ${d.divergent.length} most divergent inputs`, table(['input', 'production', 'candidate', '\\|Δ\\|', 'flipped', 'request (truncated)'], rowsD, ['r', 'l', 'l', 'r', 'l', 'l'])));
  }

  const how = [
    `Each of the ${n(d.inputs)} recorded requests was sent to every model (${d.concurrency} in flight, ${formatNumber(d.timeoutMs / 1000)} s timeout per request, ${d.retries} retries with exponential backoff on 5xx and connection errors; timeouts are not retried).`,
    d.task === 'classification' ? 'Classification: agreement is the share of inputs both models answered where the classes are equal; the flip matrix counts production class → candidate class.' : `Regression/scores: |Δ| is the absolute difference of the two answers on the same input; PSI compares the two distributions over Sturges bins (as Evidently does; empty bins count as 0.0001).`,
    'Latency is per request as seen by mlgate (a batch counts for each of its rows). Error rate counts every request without a usable answer (HTTP errors, timeouts, connection errors, malformed answers, answers without the path).',
    ...d.notes.map((x) => escapeMarkdown(x, 300)),
  ];
  out.push('', details('How this was judged', how.map((h) => `- ${h}`).join('\n')));
  return out.join('\n') + '\n';
}

/** The same report for a terminal. */
export function renderTerminal(report: Report<ShadowData>): string {
  const d = report.data!;
  const lines = [`${STATUS_ICON[report.status]} ${gateTitle('shadow-compare', report.name)}: ${report.headline}`, ''];
  for (const c of report.checks) lines.push(`  ${STATUS_ICON[c.status]} ${c.title}: ${c.message}`);
  lines.push('');
  for (const r of ROLES) {
    const s = d.roles[r];
    if (!s) continue;
    const faults = Object.entries(s.faults).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push(`  ${r.padEnd(21)} ${String(s.ok).padStart(7)}/${s.requests} answered${s.ok > 0 ? `  p50 ${ms(s.latency?.p50)}  p95 ${ms(s.latency?.p95)}  p99 ${ms(s.latency?.p99)}` : ''}${s.retried ? `  retried ${s.retried}` : ''}${faults ? `  faults: ${faults}` : ''}`);
  }
  const pair = d.noise?.clean ?? d.comparison;
  if (pair.agreement !== undefined) lines.push(`  agreement ${formatPercent(pair.agreement)} of ${pair.labeled}`);
  if (pair.delta) lines.push(`  |Δ| mean ${formatNumber(pair.delta.mean)}  p50 ${formatNumber(pair.delta.p50)}  p95 ${formatNumber(pair.delta.p95)}  max ${formatNumber(pair.delta.max)}${toleranceSet(pair.delta) ? `  beyond tolerance ${formatPercent(pair.delta.beyond_share)}` : ''}${pair.psi ? `  PSI ${formatNumber(pair.psi.psi)}` : ''}`);
  if (d.novelty) {
    const v = d.novelty;
    const agree = (p: PairSummary) => (p.agreement !== undefined ? `agreement ${formatPercent(p.agreement)}` : p.delta ? `|Δ| mean ${formatNumber(p.delta.mean)}` : '—');
    lines.push(`  never seen in training: ${v.rows} of ${v.checked} inputs (${formatPercent(v.share)}); novel: ${agree(v.comparison.novel)}, familiar: ${agree(v.comparison.familiar)}`);
    for (const [col, c] of Object.entries(v.columns).slice(0, 10)) lines.push(`    ${col}: ${c.rows} (${formatPercent(c.share)}), e.g. line ${c.examples[0]?.line}: ${c.examples[0]?.value}`);
  }
  return lines.join('\n');
}
