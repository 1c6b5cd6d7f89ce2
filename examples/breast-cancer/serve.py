"""The example's models served by scikit-learn itself (Debian's python3-sklearn), the Python variant of
serve.mjs: same model files, same protocol, same answers.

    /usr/bin/python3 serve.py models/candidate/model.json --port 8081   HTTP: POST / (a row or a list of rows), GET /health
    /usr/bin/python3 serve.py models/candidate/model.json --stdin       JSON Lines: one request a line in, one answer a line out

The model file holds a StandardScaler's mean/scale and a LogisticRegression's coefficients (written by
train.py); they are loaded into real scikit-learn estimators and answered with predict_proba.
"""
import argparse
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

p = argparse.ArgumentParser()
p.add_argument("model")
p.add_argument("--port", type=int, default=0)
p.add_argument("--host", default="127.0.0.1")
p.add_argument("--stdin", action="store_true")
args = p.parse_args()

with open(args.model) as f:
    m = json.load(f)
features = m["features"]
scaler = StandardScaler()
scaler.mean_ = np.array(m["mean"])
scaler.scale_ = np.array(m["scale"])
scaler.var_ = scaler.scale_ ** 2
scaler.n_features_in_ = len(features)
model = LogisticRegression()
model.coef_ = np.array([m["coef"]])
model.intercept_ = np.array([m["intercept"]])
model.classes_ = np.array([0, 1])


def answer(body):
    rows = body if isinstance(body, list) else [body]
    X = np.array([[float(r[f]) for f in features] for r in rows])
    scores = model.predict_proba(scaler.transform(X))[:, 1]
    return {"predictions": [{"label": int(s > 0.5), "score": float(s)} for s in scores]}


if args.stdin:
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            out = answer(json.loads(line))
        except Exception as e:  # an answer per request, so the caller counts the error
            out = {"error": str(e)}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()
else:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def reply(self, code, obj):
            data = json.dumps(obj).encode()
            self.send_response(code)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            self.reply(200, {"ok": True}) if self.path == "/health" else self.reply(404, {"error": "not found"})

        def do_POST(self):
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
                self.reply(200, answer(body))
            except Exception as e:
                self.reply(400, {"error": str(e)})

    server = ThreadingHTTPServer((args.host, args.port), Handler)
    print(f"listening on http://{args.host}:{server.server_address[1]}", flush=True)
    server.serve_forever()
