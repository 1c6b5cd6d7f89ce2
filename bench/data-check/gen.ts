/**
 * An N-row × 20-column CSV of mixed types with some nulls and a few bad values (deterministic).
 *   node --import tsx bench/data-check/gen.ts OUT.csv N
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const COUNTRIES = ['DE', 'FR', 'NL', 'ES', 'IT'];
const SEGMENTS = ['A', 'B', 'C', 'D'];
const CHANNELS = ['web', 'app', 'store'];
const PLANS = ['basic', 'pro', 'enterprise'];
const CITIES = Array.from({ length: 50 }, (_, i) => `city_${i}`);

/** sfc32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed | 0, b = 0x9e3779b9, c = 0x243f6a88, d = 0xb7e15162;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export const HEADER = ['id', 'age', 'income', 'score', 'balance', 'tenure', 'visits', 'height', 'weight', 'ratio', 'temp', 'country', 'segment', 'channel', 'plan', 'city', 'active', 'email', 'code', 'signup'];

export async function generate(file: string, n: number): Promise<void> {
  const r = rng(42);
  const normal = () => Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r());
  const out = createWriteStream(file);
  out.write(HEADER.join(',') + '\n');
  const nul = (p: number, v: string) => (r() < p ? '' : v);
  let buf: string[] = [];
  for (let i = 1; i <= n; i++) {
    const row = [
      String(i),
      nul(0.01, String(Math.floor(r() * 100))),
      nul(0.02, (Math.exp(normal() * 0.5 + 8)).toFixed(2)),
      nul(0.01, r().toFixed(4)),
      (normal() * 1000).toFixed(2),
      String(Math.floor(r() * 240)),
      String(Math.floor(-Math.log(r() || 1e-12) * 5)),
      nul(0.01, (170 + normal() * 10).toFixed(1)),
      nul(0.01, (70 + normal() * 12).toFixed(1)),
      (r() * 2).toFixed(3),
      (15 + normal() * 8).toFixed(1),
      r() < 0.001 ? 'XX' : COUNTRIES[Math.floor(r() * 5)]!,
      SEGMENTS[Math.floor(r() * 4)]!,
      CHANNELS[Math.floor(r() * 3)]!,
      nul(0.05, PLANS[Math.floor(r() * 3)]!),
      CITIES[Math.floor(r() * 50)]!,
      r() < 0.5 ? 'true' : 'false',
      r() < 0.005 ? `broken${i}.example.com` : `user${i}@example.com`,
      `${String.fromCharCode(65 + Math.floor(r() * 26))}${String.fromCharCode(65 + Math.floor(r() * 26))}-${String(Math.floor(r() * 10000)).padStart(4, '0')}`,
      `20${String(10 + Math.floor(r() * 15))}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
    ];
    buf.push(row.join(','));
    if (buf.length === 10000) {
      if (!out.write(buf.join('\n') + '\n')) await once(out, 'drain');
      buf = [];
    }
  }
  if (buf.length) out.write(buf.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await generate(process.argv[2]!, Number(process.argv[3] ?? 1_000_000));
}
