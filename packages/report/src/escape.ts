/**
 * Untrusted text (data values, column names, model answers, PR text) made inert for GitHub Markdown:
 * no HTML, no links or images, no mentions, no table breaks, no code fences.
 */
export function escapeMarkdown(value: unknown, maxLength = 200): string {
  let s = typeof value === 'string' ? value : value === undefined ? '' : stringify(value);
  if (s.length > maxLength) s = s.slice(0, maxLength - 1) + '…';
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&@:]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Inline code for untrusted text: HTML-escaped inside <code>, which GitHub renders literally. */
export function code(value: unknown, maxLength = 120): string {
  return `<code>${escapeMarkdown(value, maxLength)}</code>`;
}

function stringify(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Numbers as a person reads them: 4 significant digits, no exponent for ordinary magnitudes. */
export function formatNumber(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined) return '—';
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) return v.toExponential(digits - 1).replace('-', '−');
  const s = Number(v.toPrecision(digits)).toString();
  return s.startsWith('-') ? '−' + s.slice(1) : s;
}

export function formatPercent(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const s = `${(Math.abs(v) * 100).toFixed(digits)}%`;
  return v < 0 ? `−${s}` : s;
}

/** Signed delta with an arrow: ▲ up, ▼ down, ＝ none. */
export function formatDelta(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v === 0) return '＝ 0';
  const s = formatNumber(Math.abs(v), digits);
  return v > 0 ? `▲ +${s}` : `▼ −${s}`;
}

/**
 * A change with its direction and whether it is an improvement: `▲ +0.014 better` for ROC AUC,
 * `▲ +0.02 worse` for log loss; without a known direction, as formatDelta.
 */
export function formatChange(v: number | null | undefined, higherIsBetter: boolean | undefined, digits = 4): string {
  const d = formatDelta(v, digits);
  if (higherIsBetter === undefined || v === null || v === undefined || !Number.isFinite(v) || v === 0) return d;
  return `${d} ${v > 0 === higherIsBetter ? 'better' : 'worse'}`;
}

/**
 * An integer with thousands separators (1,000,000). Not toLocaleString: its first call loads ICU
 * data, tens of milliseconds of an action's start-up.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = Math.round(Math.abs(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `−${s}` : s;
}
