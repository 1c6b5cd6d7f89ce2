#!/usr/bin/python3
"""A real scikit-learn model, trained at startup on the Breast Cancer Wisconsin data set that Debian's
python3-sklearn ships, served with nothing but the standard library.

  /usr/bin/python3 serve_sklearn.py --variant production --port 8080   HTTP: POST / (a row or a list of rows), GET /health
  /usr/bin/python3 serve_sklearn.py --variant candidate --stdin        JSON Lines on stdin/stdout
  /usr/bin/python3 serve_sklearn.py --variant candidate --predict F    print the answers for a JSON Lines file and exit

Answer: {"predictions": [{"label": 0 or 1, "score": P(class 1)}]}, one entry per row.
"""
import argparse
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

VARIANTS = {"production": 1.0, "candidate": 0.02}


def train(variant):
    data = load_breast_cancer(as_frame=True)
    X, y = data.frame[data.feature_names], data.target
    model = make_pipeline(StandardScaler(), LogisticRegression(C=VARIANTS[variant], max_iter=5000)).fit(X, y)
    return model, [str(f) for f in data.feature_names]


def answer(model, features, body):
    rows = body if isinstance(body, list) else [body]
    frame = pd.DataFrame([[r[f] for f in features] for r in rows], columns=features)
    scores = model.predict_proba(frame)[:, 1]
    labels = model.predict(frame)
    return {"predictions": [{"label": int(l), "score": float(s)} for l, s in zip(labels, scores)]}


def serve_http(model, features, host, port):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real model server

        def log_message(self, *args):
            pass

        def send(self, status, payload):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            self.send(200 if self.path == "/health" else 404, {"ok": self.path == "/health"})

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                self.send(200, answer(model, features, json.loads(body)))
            except (ValueError, KeyError, TypeError) as e:
                self.send(400, {"error": str(e)})

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    print("listening http://%s:%d" % server.server_address[:2], flush=True)
    server.serve_forever()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--variant", choices=sorted(VARIANTS), default="production")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--stdin", action="store_true")
    p.add_argument("--predict")
    a = p.parse_args()
    model, features = train(a.variant)
    if a.predict:
        with open(a.predict) as f:
            rows = [json.loads(l) for l in f if l.strip()]
        for p in answer(model, features, rows)["predictions"]:
            print(json.dumps(p))
    elif a.stdin:
        for line in sys.stdin:
            if line.strip():
                try:
                    out = answer(model, features, json.loads(line))
                except (ValueError, KeyError, TypeError) as e:
                    out = {"error": str(e)}
                sys.stdout.write(json.dumps(out) + "\n")
                sys.stdout.flush()
    else:
        serve_http(model, features, a.host, a.port)


if __name__ == "__main__":
    main()
