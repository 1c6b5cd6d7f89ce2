// Loads the UCI wine data (the copy Debian's python3-sklearn ships) into a PostgreSQL table, with the
// column names scikit-learn's load_wine gives it, an id and the cultivar as `target`.
//
//   DATABASE_URL=postgresql://postgres@localhost:5432/postgres PGPASSWORD=… node --import tsx examples/warehouse/load.ts [wine_data.csv]
//
// TABLE (default public.wine) names the table; it is dropped and created again. The password comes
// from the URL or from PGPASSWORD, as for psql.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const CSV = process.argv[2] ?? '/usr/lib/python3/dist-packages/sklearn/datasets/data/wine_data.csv';

/** sklearn.datasets.load_wine's feature_names, in file order. */
export const FEATURES = [
  'alcohol', 'malic_acid', 'ash', 'alcalinity_of_ash', 'magnesium', 'total_phenols', 'flavanoids',
  'nonflavanoid_phenols', 'proanthocyanins', 'color_intensity', 'hue', 'od280/od315_of_diluted_wines', 'proline',
];

/** The rows of sklearn's wine_data.csv: its first line is `n_samples,n_features,class names…`, not a header. */
export function readWine(text: string): number[][] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const [samples, features] = head!.split(',').map(Number);
  if (features !== FEATURES.length) throw new Error(`${CSV}: ${features} features, expected ${FEATURES.length}`);
  if (lines.length !== samples) throw new Error(`${CSV}: ${lines.length} rows, the first line says ${samples}`);
  return lines.map((line, i) => {
    const values = line.split(',').map(Number);
    if (values.length !== FEATURES.length + 1 || values.some((v) => !Number.isFinite(v))) throw new Error(`${CSV}:${i + 2}: not ${FEATURES.length + 1} numbers`);
    return [i + 1, ...values];
  });
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgresql:// URL');
  const table = (process.env.TABLE ?? 'public.wine').split('.').map((p) => pg.escapeIdentifier(p)).join('.');
  const rows = readWine(readFileSync(CSV, 'utf8'));
  const columns = ['id integer PRIMARY KEY', ...FEATURES.map((f) => `${pg.escapeIdentifier(f)} double precision NOT NULL`), 'target integer NOT NULL'];
  const width = columns.length;
  const client = new pg.Client({ connectionString: url, application_name: 'mlgate-example-load' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(`CREATE TABLE ${table} (${columns.join(', ')})`);
    // one INSERT with parameters: 178 rows × 15 values, well under the protocol's 65,535
    const tuples = rows.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
    await client.query(`INSERT INTO ${table} VALUES ${tuples.join(', ')}`, rows.flat());
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
  console.log(`loaded ${rows.length} rows into ${table}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(`load.ts: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
