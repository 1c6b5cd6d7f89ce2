// generated from actions/*/action.yml by `pnpm generate`: do not edit by hand

/** Each action's inputs: name, the first sentence of its description, its default. */
export const ACTION_INPUTS: Record<string, ReadonlyArray<{ name: string; meaning: string; default?: string; required?: boolean }>> = {
  "comment": [
    {
      "name": "report",
      "meaning": "Path of a report.json written by an mlgate action, or of the directory that holds it (report.json and comment.md, e.g. a downloaded artifact).",
      "required": true
    },
    {
      "name": "tool",
      "meaning": "The mlgate action that wrote the report (data-check, eval-gate, shadow-compare, deploy or monitor), from the trusted workflow: a report claiming another tool is refused.",
      "required": true
    },
    {
      "name": "name",
      "meaning": "The gate name the report was written under (the gate step's `name` input), from the trusted workflow: it chooses which comment is written, and a report claiming another name is refused.",
      "required": true
    },
    {
      "name": "pr-number",
      "meaning": "Pull request to comment on."
    },
    {
      "name": "github-token",
      "meaning": "Token with pull-requests: write.",
      "default": "${{ github.token }}"
    }
  ],
  "data-check": [
    {
      "name": "data",
      "meaning": "The data to check: a file or a glob (CSV, TSV, JSON Lines, Parquet; CSV/TSV/JSON Lines may be .gz; all files of a glob are read as one table), or a table where it lives: postgresql://USER@HOST:PORT/DB?table=SCHEMA.TABLE (or ?query=SELECT …), duckdb:///path/file.duckdb?table=NAME, bigquery://PROJECT/DATASET.TABLE, snowflake://USER@ACCOUNT/DATABASE/SCHEMA?warehouse=WH&table=NAME, databricks://HOST/sql/1.0/warehouses/ID?table=CATALOG.SCHEMA.TABLE, trino://USER@HOST:PORT/CATALOG/SCHEMA?table=NAME.",
      "required": true
    },
    {
      "name": "suite",
      "meaning": "The checks: an mlgate suite (YAML, see docs/data-check.md) or a Great Expectations expectation suite JSON as GE writes it.",
      "required": true
    },
    {
      "name": "reference",
      "meaning": "Drift reference: a profile JSON written by this action (profile-out), or a dataset in any of the data formats."
    },
    {
      "name": "profile-out",
      "meaning": "Write the profile of this data (per column: type, counts, moments, percentiles, histogram, top values) to this path, e.g. to commit it as the next reference."
    },
    {
      "name": "engine",
      "meaning": "For files: \"stream\" (mlgate's streaming engine), \"duckdb\" (the same checks through embedded DuckDB's readers) or \"auto\" (the streaming engine).",
      "default": "auto"
    },
    {
      "name": "connection-password",
      "meaning": "Password (Databricks: the access token) for a table URL; without it the URL's, then the client's environment variable: PGPASSWORD, SNOWFLAKE_PASSWORD (or a key pair: SNOWFLAKE_PRIVATE_KEY_PATH), DATABRICKS_TOKEN, TRINO_PASSWORD."
    },
    {
      "name": "timeout",
      "meaning": "Longest a SQL statement may run before the engine stops it, e.g. 30s, 10m, 1h (PostgreSQL statement_timeout, BigQuery jobTimeoutMs, Snowflake STATEMENT_TIMEOUT_IN_SECONDS, Databricks STATEMENT_TIMEOUT, Trino query_max_run_time).",
      "default": "10m"
    },
    {
      "name": "name",
      "meaning": "Names the check and its sticky comment (several data checks can comment on one pull request).",
      "default": "data-check"
    },
    {
      "name": "comment",
      "meaning": "\"auto\" comments on pull requests, \"always\" also comments on the commit of a push, \"never\" writes only the job summary.",
      "default": "auto"
    },
    {
      "name": "fail-on",
      "meaning": "\"fail\" (a failing check fails the step), \"warn\" (a warning, e.g. a drifted column, fails it too), \"never\" (report only).",
      "default": "fail"
    },
    {
      "name": "github-token",
      "meaning": "Token used to post the comment (needs pull-requests: write).",
      "default": "${{ github.token }}"
    }
  ],
  "deploy": [
    {
      "name": "model",
      "meaning": "The model to publish: a file or a directory of files (all of them, recursively)."
    },
    {
      "name": "registry",
      "meaning": "Where versions live: file://DIR (a directory, e.g. on a self-hosted runner), oci://HOST/REPO (GHCR, Docker Hub, ECR, Harbor, any OCI distribution registry; a model NAME lives in HOST/REPO/NAME), s3://BUCKET/PREFIX or azblob://ACCOUNT/CONTAINER/PREFIX (credentials from the environment: the AWS SDK chain, e.g. after aws-actions/configure-aws-credentials; AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_SAS_TOKEN)."
    },
    {
      "name": "name",
      "meaning": "The model name in the registry: lower-case letters, digits and .",
      "required": true
    },
    {
      "name": "version",
      "meaning": "The version to publish: a semantic version (1.4.0) or a sequence number."
    },
    {
      "name": "promote",
      "meaning": "Alias to point at the version (e.g. staging, production), by compare-and-swap from where it was when this step started: if another run moved it meanwhile, this step fails and changes nothing."
    },
    {
      "name": "rollback",
      "meaning": "Alias to move back to its previous version (or \"ALIAS to: VERSION\" for a named one)."
    },
    {
      "name": "rollback-to",
      "meaning": "With \"rollback\": the version to move the alias to, instead of the previous one."
    },
    {
      "name": "metrics-report",
      "meaning": "The eval-gate report.json to keep with the version (its lineage records status, headline and an override of the gate with who, when and why; read it back with Registry.attachment, e.g. as the production baseline)."
    },
    {
      "name": "data-profile",
      "meaning": "data-check report(s) or profiles to keep with the version (one per line or comma-separated); their digests go into the lineage."
    },
    {
      "name": "data",
      "meaning": "The data the model was trained and evaluated on, recorded in the version's lineage: files, directories or globs, one per line or comma-separated; each file's path, size and sha256."
    },
    {
      "name": "alias-at",
      "meaning": "Look up the alias history instead of deploying: \"ALIAS at TIME\" (e.g. \"production at 2026-11-20T10:00Z\", ISO 8601 with its zone) sets the outputs version-at, digest-at, since, moved-by and moved-why to the version the alias pointed at then and the move that put it there (empty when it had not been set yet)."
    },
    {
      "name": "registry-username",
      "meaning": "Registry user (GHCR: any non-empty name with the workflow token; default github.actor)."
    },
    {
      "name": "registry-password",
      "meaning": "Registry password or token (masked in logs)."
    },
    {
      "name": "reason",
      "meaning": "Why the alias moves, recorded in its history (default: the workflow run URL)."
    },
    {
      "name": "github-token",
      "meaning": "Token for the GitHub Deployment record (deployments: write) and the default GHCR login (packages: write).",
      "default": "${{ github.token }}"
    }
  ],
  "eval-gate": [
    {
      "name": "predictions",
      "meaning": "Candidate predictions: CSV, TSV or JSON Lines (optionally .gz) with the label column and the prediction column named in the config (a score for binary, a class for multiclass, a number for regression)."
    },
    {
      "name": "baseline-predictions",
      "meaning": "The production model's predictions on the same rows, joined by an id column when both files have one (or the config's \"id\"), else by row order."
    },
    {
      "name": "metrics",
      "meaning": "Instead of predictions: a metrics file (flat or nested JSON/YAML map of numbers, as DVC and MLflow write them); rules name metrics by key or dotted path."
    },
    {
      "name": "baseline-metrics",
      "meaning": "The production model's metrics file, compared point to point (no interval)."
    },
    {
      "name": "config",
      "meaning": "The gate config (YAML): task, label, prediction, threshold, rules per metric (min, max, max-drop, max-rise, max-relative-drop, max-relative-rise, min-lift, warn-only), bootstrap."
    },
    {
      "name": "baseline",
      "meaning": "Where production comes from: \"auto\" (baseline-predictions, else baseline-metrics, else the registry when \"registry\" and \"model\" are set, else main's last metrics from the Actions cache), \"registry\" (the metrics recorded with the version the alias points at), \"cache\" (main's last metrics only), \"none\" (absolute thresholds only).",
      "default": "auto"
    },
    {
      "name": "registry",
      "meaning": "A model registry (file://DIR, oci://HOST/REPO, s3://BUCKET/PREFIX or azblob://ACCOUNT/CONTAINER/PREFIX, as in deploy): production's metrics are the eval-gate report deploy recorded with the version \"alias\" points at."
    },
    {
      "name": "model",
      "meaning": "The model's name in the registry (with \"registry\")."
    },
    {
      "name": "alias",
      "meaning": "The alias whose version is production (with \"registry\").",
      "default": "production"
    },
    {
      "name": "registry-username",
      "meaning": "Registry user (GHCR: default github.actor with the workflow token)."
    },
    {
      "name": "registry-password",
      "meaning": "Registry password or token, masked in logs (GHCR: default github-token)."
    },
    {
      "name": "name",
      "meaning": "Names the gate and its sticky comment (several gates can comment on one pull request).",
      "default": "eval-gate"
    },
    {
      "name": "comment",
      "meaning": "\"auto\" comments on pull requests, \"always\" also comments on the commit of a push, \"never\" writes only the job summary.",
      "default": "auto"
    },
    {
      "name": "fail-on",
      "meaning": "\"fail\" (a failing rule fails the step), \"warn\" (a warning fails it too), \"never\" (report only; the passed output still says how it went).",
      "default": "fail"
    },
    {
      "name": "github-token",
      "meaning": "Token used to post the comment (needs pull-requests: write).",
      "default": "${{ github.token }}"
    }
  ],
  "monitor": [
    {
      "name": "data",
      "meaning": "Recent production inputs and predictions: a file or a glob (CSV, TSV, JSON Lines, Parquet; CSV/TSV/JSON Lines may be .gz).",
      "required": true
    },
    {
      "name": "reference",
      "meaning": "The reference profile JSON (written by data-check profile-out)."
    },
    {
      "name": "registry",
      "meaning": "The model registry (file://DIR, oci://HOST/REPO, s3://BUCKET/PREFIX or azblob://ACCOUNT/CONTAINER/PREFIX, as in deploy): the reference is the data profile in the lineage of the version \"alias\" points at, and the run history is kept there unless \"history\" names a file."
    },
    {
      "name": "registry-username",
      "meaning": "Registry user name (for ghcr.io the workflow actor is used with github-token when both registry credentials are empty)."
    },
    {
      "name": "registry-password",
      "meaning": "Registry password or token (masked in logs)."
    },
    {
      "name": "alias",
      "meaning": "The alias whose version holds the reference profile in the registry.",
      "default": "production"
    },
    {
      "name": "suite",
      "meaning": "Optional data checks on the live data: an mlgate suite (YAML) or a Great Expectations suite JSON, run in the same pass."
    },
    {
      "name": "rules",
      "meaning": "Drift rules (YAML): columns, method, threshold, share (as data-check's drift section), per-column overrides under \"column\", the \"prediction\" column and its threshold, \"novelty\" (rows holding values the training profile never saw: its margin, or false to skip the pass), \"keep-runs\" (history length, default 30)."
    },
    {
      "name": "retrain",
      "meaning": "Optional: a workflow file to dispatch with workflow_dispatch when drift opens an issue (e.g. retrain.yml), or \"repository_dispatch:EVENT_TYPE\"."
    },
    {
      "name": "history",
      "meaning": "Where the per-run statistics are kept: a JSON file path (default .mlgate/monitor/NAME.history.json; keep it between runs with actions/cache), \"registry\" (the default when registry is given) or \"none\"."
    },
    {
      "name": "name",
      "meaning": "The model name: the model in the registry, and the marker of its one drift issue.",
      "default": "monitor"
    },
    {
      "name": "comment",
      "meaning": "\"auto\" or \"always\" opens, updates and closes the drift issue; \"never\" only writes the job summary and the history.",
      "default": "auto"
    },
    {
      "name": "fail-on",
      "meaning": "\"fail\" (drift fails the step), \"warn\" (a drifted column fails it too), \"never\" (report only; the drifted output still says how it went).",
      "default": "fail"
    },
    {
      "name": "github-token",
      "meaning": "Token for the issue (issues: write) and the retraining request (actions: write for a workflow, contents: write for repository_dispatch).",
      "default": "${{ github.token }}"
    }
  ],
  "shadow-compare": [
    {
      "name": "inputs",
      "meaning": "The recorded requests: JSON Lines (one request body a line) or CSV/TSV (one row a request, sent as an object keyed by the header).",
      "required": true
    },
    {
      "name": "candidate",
      "meaning": "The candidate model: an http(s):// URL (each request POSTed as JSON), \"command: program args…\" (a long-lived process reading one JSON request a line on stdin and writing one JSON answer a line on stdout; started with an argument vector, never a shell), or \"file: path\" (answers recorded earlier, one a line, in the order of the inputs).",
      "required": true
    },
    {
      "name": "production",
      "meaning": "The production model, in the same forms as \"candidate\".",
      "required": true
    },
    {
      "name": "production-secondary",
      "meaning": "A second production instance."
    },
    {
      "name": "config",
      "meaning": "The config (YAML): task, answer path, score path, threshold, tolerance, batch-size, headers (with ${ENV_VAR} values, masked), divergent, rules (agreement, psi, error_rate, latency_p95_ms, … with min, max, max-ratio, warn-only)."
    },
    {
      "name": "concurrency",
      "meaning": "Requests (or batches) in flight per model.",
      "default": "8"
    },
    {
      "name": "timeout",
      "meaning": "Per-request timeout: 500ms, 10s, 2m (a bare number is seconds).",
      "default": "10s"
    },
    {
      "name": "retries",
      "meaning": "Retries of a request on 5xx and connection errors, with exponential backoff (timeouts are not retried).",
      "default": "2"
    },
    {
      "name": "wait-for",
      "meaning": "URLs to poll with GET until they answer 2xx before the replay (e.g. the health endpoints of services started in this job)."
    },
    {
      "name": "wait-timeout",
      "meaning": "Deadline for wait-for.",
      "default": "60s"
    },
    {
      "name": "reference",
      "meaning": "The training data's profile (written by data-check with profile-out): every request is held against it and flagged when a value lies outside what training saw (a number below its minimum or above its maximum, widened by the config's novelty.margin; a category never seen; a null where training had none; a field it never had)."
    },
    {
      "name": "name",
      "meaning": "Names the gate and its sticky comment (several gates can comment on one pull request).",
      "default": "shadow-compare"
    },
    {
      "name": "comment",
      "meaning": "\"auto\" comments on pull requests, \"always\" also comments on the commit of a push, \"never\" writes only the job summary.",
      "default": "auto"
    },
    {
      "name": "fail-on",
      "meaning": "\"fail\" (a failing rule fails the step), \"warn\" (a warning fails it too), \"never\" (report only; the passed output still says how it went).",
      "default": "fail"
    },
    {
      "name": "github-token",
      "meaning": "Token used to post the comment (needs pull-requests: write).",
      "default": "${{ github.token }}"
    }
  ]
};
