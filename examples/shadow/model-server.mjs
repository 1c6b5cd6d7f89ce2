#!/usr/bin/env node
// The model server of examples/breast-cancer (the same code, the same protocol), for this example's
// models/*.json (written by export_models.py):
//   node model-server.mjs models/production.json --port 8080   HTTP: POST / (a row or an array of rows), GET /health
//   node model-server.mjs models/production.json --stdin       JSON Lines: one row a line in, one answer a line out
// Without a model file it serves models/production.json of this directory.
export { score } from '../breast-cancer/serve.mjs';
