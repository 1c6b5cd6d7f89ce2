"""The same paired bootstrap of ROC AUC with NumPy + scikit-learn, as a data scientist writes it.
Reads y, a, b as little-endian binary files written by the bench (the same data mlgate uses)."""
import json, resource, sys, time
import numpy as np
from sklearn.metrics import roc_auc_score

d, resamples = sys.argv[1], int(sys.argv[2])
y = np.fromfile(f"{d}/y.bin", dtype=np.uint8)
a = np.fromfile(f"{d}/a.bin", dtype="<f8")
b = np.fromfile(f"{d}/b.bin", dtype="<f8")
n = len(y)
t0 = time.perf_counter()
rng = np.random.default_rng(7)
point = roc_auc_score(y, a) - roc_auc_score(y, b)
deltas = np.empty(resamples)
for r in range(resamples):
    idx = rng.integers(0, n, n)
    deltas[r] = roc_auc_score(y[idx], a[idx]) - roc_auc_score(y[idx], b[idx])
lo, hi = np.percentile(deltas, [2.5, 97.5])
seconds = time.perf_counter() - t0
print(json.dumps({"n": int(n), "resamples": resamples, "seconds": seconds, "point": point, "lo": lo, "hi": hi,
                  "maxRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
