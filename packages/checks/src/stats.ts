/**
 * Drift statistics, written to give SciPy's numbers (checked against ../shared/conformance/stats):
 * `ks_2samp` (method 'auto'), `wasserstein_distance`, `chi2_contingency` (no continuity correction),
 * `jensenshannon` (base 2), `entropy`; plus PSI as Evidently computes it.
 */

/** scipy.stats.entropy(pk, qk): KL divergence of normalised pk from qk, natural log. */
export function entropy(pk: number[], qk: number[]): number {
  const sp = pk.reduce((a, b) => a + b, 0);
  const sq = qk.reduce((a, b) => a + b, 0);
  let s = 0;
  for (let i = 0; i < pk.length; i++) {
    const p = pk[i]! / sp;
    const q = qk[i]! / sq;
    if (p > 0) {
      if (q <= 0) return Infinity;
      s += p * Math.log(p / q);
    } else if (p < 0 || q < 0) return Infinity;
  }
  return s;
}

function sortedCopy(a: ArrayLike<number>): Float64Array {
  return Float64Array.from(a).sort();
}

/** Number of elements ≤ x in a sorted array (numpy searchsorted side='right'). */
function upperBound(s: Float64Array, x: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Two-sample Kolmogorov–Smirnov statistic and two-sided p-value, as scipy.stats.ks_2samp(method='auto'). */
export function ks2samp(data1: ArrayLike<number>, data2: ArrayLike<number>): { statistic: number; pvalue: number; method: 'exact' | 'asymp' } {
  const a = sortedCopy(data1);
  const b = sortedCopy(data2);
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new Error('KS needs two non-empty samples');
  let d = 0;
  for (const arr of [a, b]) {
    for (let i = 0; i < arr.length; i++) {
      const x = arr[i]!;
      const diff = Math.abs(upperBound(a, x) / n1 - upperBound(b, x) / n2);
      if (diff > d) d = diff;
    }
  }
  return ksPvalue(d, n1, n2);
}

/** Two-sided p-value of a two-sample KS statistic d for sample sizes n1, n2 (SciPy's 'auto' choice). */
export function ksPvalue(d: number, n1: number, n2: number): { statistic: number; pvalue: number; method: 'exact' | 'asymp' } {
  const g = gcd(n1, n2);
  if (Math.max(n1, n2) <= 10000) {
    const exact = exactKs(n1, n2, g, d);
    if (exact) return { statistic: exact.d, pvalue: clamp01(exact.p), method: 'exact' };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return { statistic: d, pvalue: clamp01(kstwoSf(d, Math.round(en))), method: 'asymp' };
}

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}

function exactKs(n1: number, n2: number, g: number, d0: number): { d: number; p: number } | undefined {
  const lcm = (n1 / g) * n2;
  const h = Math.round(d0 * lcm);
  const d = h / lcm;
  if (h === 0) return { d, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  if (!Number.isFinite(p) || p < 0 || p > 1) return undefined;
  return { d, p };
}

function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k--;
  }
  return 2 * P;
}

/** Hodges' inside method computing 1 − p directly (Viehmann 2021), as SciPy does. */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(Math.max(lenA, n + 2)).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) for (let k = maxj - minj; k < maxj - minj + (lastlen - curlen); k++) A[k] = 1;
  }
  return A[maxj - minj - 1]!;
}

/**
 * Survival function of the one-sample two-sided KS statistic for n points (scipy kstwo.sf), used by
 * ks_2samp's asymptotic branch: Simard & L'Ecuyer's choice of Durbin's matrix (small n·d²) or the
 * Pomeranz/Kolmogorov limit with Stephens' correction elsewhere.
 */
export function kstwoSf(d: number, n: number): number {
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  if (n * d * d < 4 && n <= 1000) return 1 - durbinCdf(d, n);
  // Kolmogorov limit with the finite-n correction of Stephens (1970)
  const sq = Math.sqrt(n);
  return kolmogorovSf((sq + 0.12 + 0.11 / sq) * d);
}

/** Kolmogorov's limiting distribution: P(K > x). */
export function kolmogorovSf(x: number): number {
  if (x <= 0) return 1;
  if (x < 1) {
    // the theta-function form converges faster for small x
    const t = -(Math.PI * Math.PI) / (8 * x * x);
    let s = 0;
    for (let k = 1; k < 50; k += 2) s += Math.exp(k * k * t);
    return 1 - (Math.sqrt(2 * Math.PI) / x) * s;
  }
  let s = 0;
  for (let k = 1; k < 100; k++) {
    const term = Math.exp(-2 * k * k * x * x);
    s += (k % 2 ? 1 : -1) * term;
    if (term < 1e-300) break;
  }
  return Math.min(1, 2 * s);
}

/** Durbin's matrix method for the exact CDF of D_n (Marsaglia, Tsang & Wang 2003). */
function durbinCdf(d: number, n: number): number {
  const k = Math.floor(n * d) + 1;
  const m = 2 * k - 1;
  const h = k - n * d;
  const H = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) H[i * m + j] = i - j + 1 < 0 ? 0 : 1;
  for (let i = 0; i < m; i++) {
    H[i * m] -= h ** (i + 1);
    H[(m - 1) * m + i] -= h ** (m - i);
  }
  H[(m - 1) * m] += 2 * h - 1 > 0 ? (2 * h - 1) ** m : 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i - j + 1 > 0) for (let g = 1; g <= i - j + 1; g++) H[i * m + j] /= g;
  const [Q, eQ0] = matPow(H, m, n);
  let eQ = eQ0;
  let s = Q[(k - 1) * m + k - 1]!;
  for (let i = 1; i <= n; i++) {
    s = (s * i) / n;
    if (s < 1e-140) {
      s *= 1e140;
      eQ -= 140;
    }
  }
  return s * 10 ** eQ;
}

function matMul(A: Float64Array, B: Float64Array, m: number): Float64Array {
  const C = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      const a = A[i * m + k]!;
      if (a === 0) continue;
      for (let j = 0; j < m; j++) C[i * m + j] += a * B[k * m + j]!;
    }
  return C;
}

function matPow(A: Float64Array, m: number, n: number): [Float64Array, number] {
  if (n === 1) return [Float64Array.from(A), 0];
  const [V, eV] = matPow(A, m, Math.floor(n / 2));
  let B = matMul(V, V, m);
  let eB = 2 * eV;
  if (n % 2 === 1) B = matMul(A, B, m);
  if (B[Math.floor(m / 2) * m + Math.floor(m / 2)]! > 1e140) {
    for (let i = 0; i < m * m; i++) B[i] *= 1e-140;
    eB += 140;
  }
  return [B, eB];
}

/** scipy.stats.wasserstein_distance(u, v[, weights]): the area between the two empirical CDFs. */
export function wasserstein(u: ArrayLike<number>, v: ArrayLike<number>, uw?: ArrayLike<number>, vw?: ArrayLike<number>): number {
  const ui = sortIndex(u);
  const vi = sortIndex(v);
  const all = Float64Array.from([...Array.from(u), ...Array.from(v)]).sort();
  const cum = (vals: ArrayLike<number>, idx: number[], w?: ArrayLike<number>) => {
    const sorted = Float64Array.from(idx.map((i) => vals[i]!));
    const cw = new Float64Array(idx.length + 1);
    for (let i = 0; i < idx.length; i++) cw[i + 1] = cw[i]! + (w ? w[idx[i]!]! : 1);
    const total = cw[idx.length]!;
    return (x: number) => cw[upperBound(sorted, x)]! / total;
  };
  const U = cum(u, ui, uw);
  const V = cum(v, vi, vw);
  let s = 0;
  for (let i = 0; i < all.length - 1; i++) {
    const delta = all[i + 1]! - all[i]!;
    if (delta === 0) continue;
    s += Math.abs(U(all[i]!) - V(all[i]!)) * delta;
  }
  return s;
}

function sortIndex(a: ArrayLike<number>): number[] {
  return Array.from({ length: a.length }, (_, i) => i).sort((x, y) => a[x]! - a[y]!);
}

/** Chi-square test of independence on the 2 × k table of counts (no continuity correction). */
export function chi2Contingency(ref: number[], cur: number[]): { statistic: number; pvalue: number; dof: number } {
  const keep = ref.map((r, i) => r + cur[i]! > 0);
  const r = ref.filter((_, i) => keep[i]);
  const c = cur.filter((_, i) => keep[i]);
  const R = r.reduce((a, b) => a + b, 0);
  const C = c.reduce((a, b) => a + b, 0);
  const N = R + C;
  let stat = 0;
  for (let i = 0; i < r.length; i++) {
    const col = r[i]! + c[i]!;
    const e1 = (R * col) / N;
    const e2 = (C * col) / N;
    stat += (r[i]! - e1) ** 2 / e1 + (c[i]! - e2) ** 2 / e2;
  }
  const dof = r.length - 1;
  return { statistic: stat, pvalue: dof > 0 ? chi2Sf(stat, dof) : 1, dof };
}

/** Upper tail of the chi-square distribution: Q(dof/2, x/2). */
export function chi2Sf(x: number, dof: number): number {
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), |error| < 1e-15
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised upper incomplete gamma Q(a, x) (series below a + 1, continued fraction above). */
export function gammaQ(a: number, x: number): number {
  if (x < a + 1) {
    let sum = 1 / a;
    let del = sum;
    let ap = a;
    for (let n = 0; n < 10000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
    }
    return 1 - sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }
  const FPMIN = 1e-300;
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** scipy.spatial.distance.jensenshannon(p, q, base=2): the square root of the JS divergence. */
export function jensenShannon(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sp;
    const b = q[i]! / sq;
    const m = (a + b) / 2;
    if (a > 0) js += a * Math.log(a / m);
    if (b > 0) js += b * Math.log(b / m);
  }
  return Math.sqrt(Math.max(0, js / 2 / Math.LN2));
}

/** Population Stability Index over shares per bin; an empty bin counts as 0.0001 (Evidently's rule). */
export function psi(refShares: number[], curShares: number[]): number {
  let s = 0;
  for (let i = 0; i < refShares.length; i++) {
    const r = refShares[i]! || 0.0001;
    const c = curShares[i]! || 0.0001;
    s += (c - r) * Math.log(c / r);
  }
  return s;
}

/** Histogram shares of values over bin edges (numpy semantics: last bin closed). */
export function shares(values: ArrayLike<number>, edges: number[], weights?: ArrayLike<number>): number[] {
  const counts = new Array(edges.length - 1).fill(0);
  let total = 0;
  const sEdges = Float64Array.from(edges);
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const w = weights ? weights[i]! : 1;
    total += w;
    if (x < edges[0]! || x > edges[edges.length - 1]!) continue;
    let k = upperBound(sEdges, x) - 1;
    if (k >= counts.length) k = counts.length - 1;
    counts[k] += w;
  }
  return counts.map((c) => (total ? c / total : 0));
}
