"""Train the example's two models and write their predictions on the holdout.

Data: Breast Cancer Wisconsin (Diagnostic), UCI Machine Learning Repository (CC BY 4.0),
as shipped with scikit-learn (BSD-3-Clause). Run with Debian's python3-sklearn:

    /usr/bin/python3 examples/breast-cancer/train.py

Writes, next to this file:
  data/train.csv, data/holdout.csv      the split (seed 7), features + label `malignant` (1 = malignant)
  models/production/model.json           logistic regression on 5 features (what runs today)
  models/candidate/model.json            logistic regression on all 30 features, standardised
  predictions/production.csv             id, malignant, score  on the holdout
  predictions/candidate.csv              id, malignant, score  on the holdout
  replay.jsonl                           the holdout's features, one request a line (for shadow-compare)
"""
import json
import os

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ds = load_breast_cancer(as_frame=True)
X = ds.frame.drop(columns=["target"])
X.columns = [c.replace(" ", "_") for c in X.columns]
# scikit-learn codes benign as 1; the example predicts malignancy, the positive class a screen cares about
y = 1 - ds.frame["target"]
X.insert(0, "id", [f"p{i:04d}" for i in range(len(X))])

X_train, X_hold, y_train, y_hold = train_test_split(X, y, test_size=0.4, random_state=7, stratify=y)

os.makedirs(os.path.join(HERE, "data"), exist_ok=True)
X_train.assign(malignant=y_train).to_csv(os.path.join(HERE, "data/train.csv"), index=False)
X_hold.assign(malignant=y_hold).to_csv(os.path.join(HERE, "data/holdout.csv"), index=False)


def fit(features, C):
    scaler = StandardScaler().fit(X_train[features])
    model = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(X_train[features]), y_train)
    return scaler, model


def export(name, features, scaler, model):
    d = os.path.join(HERE, "models", name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "model.json"), "w") as f:
        json.dump({
            "kind": "logistic-regression",
            "features": features,
            "mean": scaler.mean_.tolist(),
            "scale": scaler.scale_.tolist(),
            "coef": model.coef_[0].tolist(),
            "intercept": float(model.intercept_[0]),
            "trained_on": "data/train.csv",
        }, f, indent=1)


def predict(features, scaler, model, frame):
    return model.predict_proba(scaler.transform(frame[features]))[:, 1]


os.makedirs(os.path.join(HERE, "predictions"), exist_ok=True)
feature_sets = {
    "production": ["mean_radius", "mean_texture", "mean_smoothness", "mean_symmetry", "mean_fractal_dimension"],
    "candidate": [c for c in X.columns if c != "id"],
}
for name, features in feature_sets.items():
    scaler, model = fit(features, C=1.0 if name == "candidate" else 0.5)
    export(name, features, scaler, model)
    score = predict(features, scaler, model, X_hold)
    out = X_hold[["id"]].assign(malignant=y_hold.values, score=np.round(score, 10))
    out.to_csv(os.path.join(HERE, f"predictions/{name}.csv"), index=False)

with open(os.path.join(HERE, "replay.jsonl"), "w") as f:
    for _, row in X_hold.iterrows():
        f.write(json.dumps({k: (v if k == "id" else float(v)) for k, v in row.items()}) + "\n")
print("wrote", len(X_train), "training rows and", len(X_hold), "holdout rows")
