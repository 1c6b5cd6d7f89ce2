#!/usr/bin/python3
"""Write the demo's recorded inputs and the two Node models from Debian's scikit-learn.

inputs.jsonl: the 569 rows of the Breast Cancer Wisconsin (Diagnostic) data set that scikit-learn
ships (sklearn/datasets/data/breast_cancer.csv), one JSON object of the 30 named features a line.
models/*.json: a StandardScaler + LogisticRegression fitted on the same data (production: C=1.0,
candidate: C=0.02), exported as means, scales, coefficients and intercept, so model-server.mjs
answers exactly what scikit-learn's predict_proba answers, with nothing but Node.

Run: /usr/bin/python3 examples/shadow/export_models.py
"""
import json
import os

from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANTS = {"production": 1.0, "candidate": 0.02}


def fit(c):
    data = load_breast_cancer(as_frame=True)
    X, y = data.frame[data.feature_names], data.target
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=5000)).fit(X, y), X


def main():
    for name, c in VARIANTS.items():
        model, X = fit(c)
        scaler, lr = model[0], model[1]
        out = {
            "name": name,
            "source": "scikit-learn %s, load_breast_cancer, StandardScaler + LogisticRegression(C=%s)" % (__import__("sklearn").__version__, c),
            "features": list(X.columns),
            "mean": scaler.mean_.tolist(),
            "scale": scaler.scale_.tolist(),
            "coef": lr.coef_[0].tolist(),
            "intercept": float(lr.intercept_[0]),
        }
        with open(os.path.join(HERE, "models", name + ".json"), "w") as f:
            json.dump(out, f, indent=1)
            f.write("\n")
    data = load_breast_cancer(as_frame=True)
    with open(os.path.join(HERE, "inputs.jsonl"), "w") as f:
        for row in data.frame[data.feature_names].to_dict(orient="records"):
            f.write(json.dumps(row, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
