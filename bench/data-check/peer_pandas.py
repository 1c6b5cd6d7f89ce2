"""The bench suite in pandas: read the CSV, then every check vectorised. Prints JSON."""
import json, resource, sys, time

t0 = time.perf_counter()
import pandas as pd

path = sys.argv[1]
df = pd.read_csv(path)
t_read = time.perf_counter() - t0
Q = [0.05, 0.25, 0.5, 0.75, 0.95]
RANGES = {'age': (0, 120), 'income': (0, 1e6), 'score': (0, 1), 'balance': (-1e4, 1e4), 'tenure': (0, 240), 'visits': (0, 1000),
          'height': (100, 250), 'weight': (0, 250), 'ratio': (0, 2), 'temp': (-50, 60)}
NOT_NULL = ['id', 'balance', 'tenure', 'visits', 'ratio', 'temp']
SETS = {'country': ['DE', 'FR', 'NL', 'ES', 'IT'], 'segment': ['A', 'B', 'C', 'D'], 'channel': ['web', 'app', 'store'], 'plan': ['basic', 'pro', 'enterprise']}
REGEX = {'email': r'^[^@]+@[^@]+$', 'code': r'^[A-Z]{2}-[0-9]{4}$'}
out = {'rows': len(df)}
for c in NOT_NULL:
    out[f'{c}.nullable'] = int(df[c].isna().sum())
out['id.unique'] = int(df['id'].dropna().duplicated(keep=False).sum())
for c, (lo, hi) in RANGES.items():
    s = df[c].dropna()
    out[f'{c}.min'] = int(((s < lo) | (s > hi)).sum())
    out[f'{c}.quantiles'] = [float(x) for x in s.quantile(Q, interpolation='nearest')]
for c, vs in SETS.items():
    s = df[c].dropna()
    out[f'{c}.in'] = int((~s.isin(vs)).sum())
for c, rx in REGEX.items():
    s = df[c].dropna().astype(str)
    out[f'{c}.regex'] = int((~s.str.contains(rx, regex=True)).sum())
out['seconds'] = time.perf_counter() - t0
out['read_seconds'] = t_read
out['max_rss_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
