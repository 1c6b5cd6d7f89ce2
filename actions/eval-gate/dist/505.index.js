export const id = 505;
export const ids = [505];
export const modules = {

/***/ 8505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRegistry: () => (/* reexport */ open_openRegistry)
});

// UNUSED EXPORTS: ANNOTATION, AliasConflictError, EMPTY_DESCRIPTOR, FileBackend, INSTANT_EXPECTED, LockBusy, MAX_DATA_FILES, MEDIA, ObjectStoreBackend, OciBackend, OciClient, PreconditionFailed, RESERVED_DIR, Registry, aliasAtHeadline, alwaysHeld, basicHeader, checkAlias, checkName, checkVersion, collectData, collectFiles, compareVersions, contentDigest, dataDigest, deploy, deployAction, deployHeadline, deployInputs, diffVersions, dvcHash, formatBytes, hashFile, hexOf, isDigest, isDvcFile, nextSequence, parseChallenge, parseInstant, parseRollback, previousOf, readDvc, renderAliasAt, renderDeploy, renderDiff, rollbackCommand, safeRelative, sha256, shellWord

;// CONCATENATED MODULE: ../../packages/registry/src/types.ts
/** Media types of mlgate's own OCI artifacts. */
const MEDIA = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    modelArtifact: 'application/vnd.mlgate.model.v1',
    modelConfig: 'application/vnd.mlgate.model.config.v1+json',
    modelFile: 'application/vnd.mlgate.model.file.v1',
    attachment: 'application/vnd.mlgate.report.v1+json',
    historyArtifact: 'application/vnd.mlgate.alias-history.v1',
    historyConfig: 'application/vnd.mlgate.alias-history.v1+json',
    leaseArtifact: 'application/vnd.mlgate.lease.v1',
};
const ANNOTATION = {
    title: 'org.opencontainers.image.title',
    version: 'org.opencontainers.image.version',
    created: 'org.opencontainers.image.created',
    revision: 'org.opencontainers.image.revision',
    source: 'org.opencontainers.image.source',
    model: 'vnd.mlgate.model.name',
    content: 'vnd.mlgate.model.content-digest',
    role: 'vnd.mlgate.role',
};
/** The OCI empty descriptor (image-spec 1.1, "Guidelines for artifact usage"): the blob `{}`. */
const EMPTY_DESCRIPTOR = { mediaType: 'application/vnd.oci.empty.v1+json', digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2, data: 'e30=' };

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ../../packages/registry/src/digest.ts


function sha256(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/** Digest and size of a file, streamed (a 200 MB model never sits in memory). */
async function hashFile(path) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        h.update(chunk);
        size += chunk.length;
    }
    return { digest: `sha256:${h.digest('hex')}`, size };
}
function isDigest(s) {
    return /^sha256:[0-9a-f]{64}$/.test(s);
}
function hexOf(digest) {
    if (!isDigest(digest))
        throw new Error(`not a sha256 digest: ${digest}`);
    return digest.slice('sha256:'.length);
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __webpack_require__(6388);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 11 modules
var src = __webpack_require__(1105);
;// CONCATENATED MODULE: ../../packages/registry/src/names.ts


/** A model name is one OCI path component, so it maps onto `oci://HOST/REPO/NAME` unchanged. */
const NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** Aliases are tags that can never look like a version tag (`v…`) or an mlgate bookkeeping tag (they hold a dot). */
const ALIAS = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
function checkName(name, field = 'name') {
    if (!NAME.test(name) || name.length > 128) {
        throw new src/* ConfigurationError */.j1(`model name "${name}" is not valid: use lower-case letters, digits and single . _ - between them (e.g. churn-model)`, { field });
    }
    return name;
}
function names_checkAlias(alias, field = 'alias') {
    if (!ALIAS.test(alias) || /^v\d/.test(alias)) {
        throw new src/* ConfigurationError */.j1(`alias "${alias}" is not valid: start with a letter, then letters, digits, _ or - (at most 63), and not "v" followed by a digit (that is a version tag)`, { field });
    }
    return alias;
}
/** A version is a sequence number (`7`) or a semantic version without build metadata (`1.4.0`, `2.0.0-rc.1`). */
function checkVersion(version, field = 'version') {
    const v = version.replace(/^v(?=\d)/, '');
    if (/^[1-9]\d{0,8}$/.test(v))
        return v;
    if (semver_default().valid(v) && !v.includes('+'))
        return v;
    throw new src/* ConfigurationError */.j1(`version "${version}" is not valid: give a sequence number (e.g. 3) or a semantic version without "+build" (e.g. 1.4.0)`, { field });
}
/** Order: sequence numbers by value, then semantic versions by precedence. */
function compareVersions(a, b) {
    const ia = /^\d+$/.test(a);
    const ib = /^\d+$/.test(b);
    if (ia && ib)
        return Number(a) - Number(b);
    if (ia)
        return -1;
    if (ib)
        return 1;
    return semver_default().compare(a, b);
}
/** The next number in sequence after the existing versions (semantic versions do not count). */
function nextSequence(existing) {
    let max = 0;
    for (const v of existing)
        if (/^\d+$/.test(v))
            max = Math.max(max, Number(v));
    return String(max + 1);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ../../packages/registry/src/files.ts




/** Where mlgate keeps the reports attached to a version among the layer titles; no model file may live there. */
const RESERVED_DIR = '.mlgate';
const inside = (root, p) => p === root || p.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
/**
 * Every regular file of a model (a file or a directory, walked recursively), sorted by path, with
 * digests. A symbolic link inside a model directory is followed only when its target, resolved with
 * realpath (chains and `..` included), lies inside the same directory: it is published as a regular
 * file (or directory) under the link's own path. A link that leads outside, dangles or loops is a
 * ConfigurationError naming it — before anything is read or uploaded.
 */
async function collectFiles(model, field = 'model') {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(model);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`model "${model}" does not exist: give a model file or a directory of files`, { field });
    }
    const found = [];
    if (st.isFile())
        found.push({ path: (0,external_node_path_.basename)(model), local: model });
    else if (st.isDirectory()) {
        const root = (0,external_node_fs_.realpathSync)(model);
        const walk = (dir, real, stack) => {
            for (const e of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
                const p = (0,external_node_path_.join)(dir, e.name);
                const rel = (0,external_node_path_.relative)(model, p).split(external_node_path_.sep).join('/');
                let target = (0,external_node_path_.join)(real, e.name);
                if (e.isSymbolicLink())
                    target = resolveLink(p, rel, root, model, field);
                const s = (0,external_node_fs_.statSync)(target);
                if (s.isDirectory()) {
                    if (stack.includes(target))
                        throw new src/* ConfigurationError */.j1(`model "${model}": the link ${rel} -> ${(0,external_node_fs_.readlinkSync)(p)} loops back to a directory that contains it; remove the link`, { field });
                    walk(p, target, [...stack, target]);
                }
                else if (s.isFile())
                    found.push({ path: rel, local: target });
            }
        };
        walk(model, root, [root]);
    }
    if (found.length === 0)
        throw new src/* ConfigurationError */.j1(`model "${model}" holds no files`, { field });
    const reserved = found.find((f) => f.path === RESERVED_DIR || f.path.startsWith(`${RESERVED_DIR}/`));
    if (reserved)
        throw new src/* ConfigurationError */.j1(`model "${model}" holds ${reserved.path}: the folder ${RESERVED_DIR}/ is where mlgate keeps the reports attached to a version; rename it`, { field });
    found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const out = [];
    for (const f of found)
        out.push({ ...f, ...(await hashFile(f.local)) });
    return out;
}
/** The real path a link inside the model leads to, or a ConfigurationError when it leads outside, dangles or loops. */
function resolveLink(link, rel, root, model, field) {
    const said = (0,external_node_fs_.readlinkSync)(link);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(link);
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ELOOP' ? 'is a loop of links' : 'points at nothing (a dangling link)';
        throw new src/* ConfigurationError */.j1(`model "${model}": the symbolic link ${rel} -> ${said} ${why}; nothing was published`, { field });
    }
    if (!inside(root, real)) {
        throw new src/* ConfigurationError */.j1(`model "${model}": the symbolic link ${rel} -> ${said} leads outside the model directory (to ${real}); mlgate publishes only files inside it: copy the file in or remove the link. Nothing was published`, { field });
    }
    if (!(0,external_node_fs_.lstatSync)(real).isFile() && !(0,external_node_fs_.lstatSync)(real).isDirectory())
        throw new src/* ConfigurationError */.j1(`model "${model}": the symbolic link ${rel} -> ${said} is neither a file nor a directory`, { field });
    return real;
}
/** One digest for a set of files: equal paths and contents give equal digests, whatever the backend. */
function contentDigest(files) {
    return sha256(files.map((f) => `${f.path}\0${f.digest}\n`).join(''));
}
/** A path from a manifest must stay inside the destination directory. */
function safeRelative(path) {
    return path.length > 0 && !path.startsWith('/') && !path.split('/').some((p) => p === '..' || p === '' || p === '.') && !path.includes('\\');
}

;// CONCATENATED MODULE: ../../packages/registry/src/backend.ts
/** The `held` of a lock that cannot be lost. */
const alwaysHeld = async () => { };
/** The lock could not be had in time: another promotion of the same alias is under way. */
class LockBusy extends Error {
    key;
    holder;
    since;
    constructor(key, holder, since) {
        super(`lock ${key} is held by ${holder}${since ? ` since ${since}` : ''}`);
        this.key = key;
        this.holder = holder;
        this.since = since;
    }
}

;// CONCATENATED MODULE: ../../packages/registry/src/errors.ts

/** A compare-and-swap lost: the alias was not where the caller saw it, or another move held it. Nothing changed. */
class AliasConflictError extends src/* RemoteError */.Hi {
    constructor(message) {
        super(message, { field: 'alias' });
        this.name = 'AliasConflictError';
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js + 3 modules
var schemas = __webpack_require__(5159);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js + 1 modules
var parse = __webpack_require__(1938);
;// CONCATENATED MODULE: ../../packages/registry/src/report-summary.ts

/** An eval-gate override as report.json records it (packages/core `Override`); read from outside, so checked. */
const overrideSchema = schemas/* object */.Ikc({
    by: schemas/* string */.YjP(),
    permission: schemas/* string */.YjP(),
    at: schemas/* string */.YjP(),
    reason: schemas/* string */.YjP(),
    via: schemas/* enum */.k5n(['label', 'comment']),
    commit: schemas/* string */.YjP(),
    rules: schemas/* array */.YOg(schemas/* string */.YjP()),
    url: schemas/* optional */.lqM(schemas/* string */.YjP()),
});
/**
 * What a kept report says, copied into the lineage so it reads without fetching the blob: tool,
 * name, verdict, headline, and an override's trail (why a gate that failed let this version through).
 * A file that is not such a report gives nothing.
 */
function reportSummary(bytes) {
    let j;
    try {
        j = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return {};
    }
    if (!j || typeof j !== 'object')
        return {};
    const summary = {};
    for (const k of ['tool', 'name', 'status', 'headline'])
        if (typeof j[k] === 'string')
            summary[k] = j[k];
    const o = parse/* safeParse */.xL(overrideSchema, j.override);
    if (o.success)
        summary.override = o.data;
    return summary;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
var api = __webpack_require__(8144);
;// CONCATENATED MODULE: ../../packages/registry/src/dvc.ts



/**
 * One output or dependency as DVC writes it (`DATA_SCHEMA` in dvc/schema.py: a checksum field —
 * `md5`, `etag` or `checksum` — `path`, `size`, `nfiles` for a directory, whose md5 ends in `.dir`,
 * `isexec`; DVC 3 adds `hash: md5`). Unknown keys are kept out of the lineage but not refused: DVC
 * adds fields between releases, and `.dvc` files may hold the user's own (`desc`, `remote`, …).
 */
const dvcEntry = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().check(api/* _minLength */.m9(1)),
    md5: schemas/* optional */.lqM(schemas/* string */.YjP()),
    etag: schemas/* optional */.lqM(schemas/* string */.YjP()),
    checksum: schemas/* optional */.lqM(schemas/* string */.YjP()),
    hash: schemas/* optional */.lqM(schemas/* string */.YjP()),
    size: schemas/* optional */.lqM(schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI())),
    nfiles: schemas/* optional */.lqM(schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI())),
});
/** A `.dvc` file (`dvc add`, `dvc import`): `outs` always, `deps` for imports. */
const dvcFileSchema = schemas/* object */.Ikc({
    outs: schemas/* array */.YOg(dvcEntry).check(api/* _minLength */.m9(1)),
    deps: schemas/* optional */.lqM(schemas/* nullable */.mee(schemas/* array */.YOg(dvcEntry))),
});
const lockStage = schemas/* object */.Ikc({
    cmd: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]),
    deps: schemas/* optional */.lqM(schemas/* array */.YOg(dvcEntry)),
    outs: schemas/* optional */.lqM(schemas/* array */.YOg(dvcEntry)),
});
/** `dvc.lock` schema 2.0 (`schema: '2.0'` and `stages:`); schema 1 had the stages at the top level. */
const lockV2Schema = schemas/* object */.Ikc({ schema: schemas/* literal */.euz('2.0'), stages: schemas/* record */.g1P(schemas/* string */.YjP(), lockStage) });
const lockV1Schema = schemas/* record */.g1P(schemas/* string */.YjP(), lockStage);
function isDvcFile(file) {
    return file.endsWith('.dvc') || (0,external_node_path_.basename)(file) === 'dvc.lock';
}
function record(file, kind, e, stage) {
    const r = { file, ...(stage !== undefined ? { stage } : {}), kind, path: e.path };
    for (const k of ['md5', 'etag', 'checksum', 'hash', 'size', 'nfiles'])
        if (e[k] !== undefined)
            r[k] = e[k];
    return r;
}
/** The outputs and dependencies a `.dvc` file or `dvc.lock` records; a file that is neither is an error naming file, line and field. */
function readDvc(file) {
    const doc = (0,src/* parseLocated */.os)((0,src/* readTextFile */.Gu)(file, 'DVC file'), file);
    if ((0,external_node_path_.basename)(file) === 'dvc.lock') {
        const v = doc.value;
        const stages = v && typeof v === 'object' && 'schema' in v ? (0,src/* validate */.tf)(lockV2Schema, doc, 'dvc.lock').stages : (0,src/* validate */.tf)(lockV1Schema, doc, 'dvc.lock');
        const out = [];
        for (const [stage, s] of Object.entries(stages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            for (const d of s.deps ?? [])
                out.push(record(file, 'dep', d, stage));
            for (const o of s.outs ?? [])
                out.push(record(file, 'out', o, stage));
        }
        return out;
    }
    const d = (0,src/* validate */.tf)(dvcFileSchema, doc, '.dvc file');
    return [...(d.deps ?? []).map((e) => record(file, 'dep', e)), ...d.outs.map((e) => record(file, 'out', e))];
}
/** DVC's own identity of a path, as DVC wrote it: its checksum field's value (`.dir` for a directory). */
function dvc_dvcHash(r) {
    return r.md5 ?? r.etag ?? r.checksum ?? '(no hash)';
}

;// CONCATENATED MODULE: ../../packages/registry/src/data-lineage.ts





const posix = (p) => p.split(external_node_path_.sep).join('/');
/** More files than this would make the lineage (a registry config blob, read on every resolve) megabytes long. */
const MAX_DATA_FILES = 10_000;
/** A path as the lineage records it: relative to the working directory when inside it, else as given. */
function shown(p) {
    if (!(0,external_node_path_.isAbsolute)(p))
        return posix(p);
    const r = (0,external_node_path_.relative)(process.cwd(), p);
    return r && !r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r) ? posix(r) : posix(p);
}
/** Files named by a path, a directory (every file under it) or a glob; nothing matched is an error naming the entry. */
async function expand(entry, field) {
    if ((0,external_node_fs_.existsSync)(entry)) {
        if (!(0,external_node_fs_.statSync)(entry).isDirectory())
            return [entry];
        const { globSync } = await __webpack_require__.e(/* import() */ 211).then(__webpack_require__.bind(__webpack_require__, 1211));
        const files = globSync('**/*', { cwd: entry, onlyFiles: true, dot: false, absolute: false }).map((f) => `${entry.replace(/\/+$/, '')}/${f}`);
        if (!files.length)
            throw new src/* ConfigurationError */.j1(`input "${field}": the directory "${entry}" holds no files`, { field });
        return files.sort();
    }
    if (/[*?[\]{}]/.test(entry)) {
        const { globSync } = await __webpack_require__.e(/* import() */ 211).then(__webpack_require__.bind(__webpack_require__, 1211));
        // an absolute pattern gives absolute paths (tinyglobby would make them relative to the working directory)
        const files = globSync(entry, { onlyFiles: true, absolute: (0,external_node_path_.isAbsolute)(entry), expandDirectories: false }).sort();
        if (!files.length)
            throw new src/* ConfigurationError */.j1(`input "${field}": no file matches the pattern "${entry}"`, { field });
        return files;
    }
    throw new src/* ConfigurationError */.j1(`input "${field}": the data file "${entry}" does not exist (give files, directories or globs, one per line; DVC users: .dvc files or dvc.lock)`, { field });
}
/**
 * The lineage of the data named by `entries` (files, directories or globs): each file's path, size
 * and sha256; a `.dvc` file or `dvc.lock` is read instead of hashed, and its outputs and dependencies
 * are kept with DVC's own paths and hashes (the data itself may not even be on this machine).
 */
async function collectData(entries, field = 'data') {
    if (!entries.length)
        return undefined;
    const seen = new Set();
    const files = [];
    const dvc = [];
    for (const entry of entries) {
        for (const f of await expand(entry, field)) {
            const path = shown(f);
            if (seen.has(path))
                continue;
            seen.add(path);
            if (isDvcFile(f))
                dvc.push(...readDvc(f).map((r) => ({ ...r, file: path })));
            else {
                if (files.length >= MAX_DATA_FILES)
                    throw new src/* ConfigurationError */.j1(`input "${field}": more than ${MAX_DATA_FILES.toLocaleString('en-US')} data files; the lineage keeps one line per file — track a directory that large with DVC and give its .dvc file, or name fewer files`, { field });
                files.push({ path, ...(await hashFile(f)) });
            }
        }
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, dvc, digest: dataDigest(files, dvc) };
}
function dataDigest(files, dvc) {
    return sha256(JSON.stringify({ files: files.map((f) => [f.path, f.digest]), dvc: dvc.map((r) => [r.file, r.stage ?? '', r.kind, r.path, r.md5 ?? r.etag ?? r.checksum ?? '']) }));
}

;// CONCATENATED MODULE: ../../packages/registry/src/registry.ts















const LOCK_WAIT_MS = 10_000;
/** Verifies size and sha256 of a stream as it passes; errors at the end if either is off. */
function verifier(desc, what) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    let n = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            n += chunk.length;
            if (n > desc.size)
                return cb(new src/* DataError */.fL(`${what} is corrupt: more than the ${desc.size} bytes its manifest records`));
            h.update(chunk);
            cb(null, chunk);
        },
        flush(cb) {
            if (n < desc.size)
                return cb(new src/* DataError */.fL(`${what} is truncated: ${n} of ${desc.size} bytes`));
            const got = `sha256:${h.digest('hex')}`;
            if (got !== desc.digest)
                return cb(new src/* DataError */.fL(`${what} is corrupt: its sha256 is ${got}, the manifest records ${desc.digest}`));
            cb();
        },
    });
}
/**
 * Model versions with lineage, aliases moved by compare-and-swap, rollback and history — the same
 * semantics on every backend.
 */
class Registry {
    backend;
    constructor(backend) {
        this.backend = backend;
    }
    get url() {
        return this.backend.url;
    }
    /** Bytes of a blob, verified against its descriptor. */
    async blobBytes(name, desc, what) {
        const chunks = [];
        const v = verifier(desc, what);
        v.on('data', (c) => chunks.push(c));
        await (0,promises_.pipeline)(await this.backend.readBlob(name, desc), v);
        return Buffer.concat(chunks);
    }
    async versions(name) {
        checkName(name);
        return (await this.backend.listVersions(name)).sort(compareVersions);
    }
    /** A version's manifest and lineage, verified: the manifest against `digest` when given, the lineage against the manifest. */
    async version(name, version, digest) {
        const bytes = await this.backend.getVersion(name, version);
        if (!bytes)
            return undefined;
        const got = sha256(bytes);
        if (digest && got !== digest)
            throw new src/* DataError */.fL(`the manifest of ${name} ${version} is corrupt: its sha256 is ${got}, expected ${digest}`);
        const manifest = JSON.parse(bytes.toString('utf8'));
        if (manifest.config?.mediaType !== MEDIA.modelConfig)
            throw new src/* DataError */.fL(`${name} ${version} in ${this.url} is not an mlgate model (config media type ${manifest.config?.mediaType ?? 'missing'})`);
        const lineage = JSON.parse((await this.blobBytes(name, manifest.config, `the lineage of ${name} ${version}`)).toString('utf8'));
        return { name, version, digest: got, manifest, lineage };
    }
    /** A version, or the version an alias points at. */
    async resolve(name, ref, field = 'version') {
        checkName(name);
        let asVersion;
        try {
            asVersion = checkVersion(ref, field);
        }
        catch {
            asVersion = undefined;
        }
        if (asVersion) {
            const v = await this.version(name, asVersion);
            if (v)
                return v;
        }
        if (/^[A-Za-z]/.test(ref) && !/^v\d/.test(ref)) {
            const t = await this.backend.getAlias(name, names_checkAlias(ref, field));
            if (t) {
                const v = await this.version(name, t.version, t.digest);
                if (!v)
                    throw new src/* DataError */.fL(`alias ${ref} of ${name} points at version ${t.version}, which is missing from ${this.url}`);
                return v;
            }
        }
        const known = await this.versions(name);
        throw new src/* ConfigurationError */.j1(`${name} has no version or alias "${ref}" in ${this.url}${known.length ? ` (versions: ${known.slice(-10).join(', ')})` : ' (it has no versions yet)'}`, { field });
    }
    async publish(name, opts) {
        checkName(name);
        const wanted = opts.version !== undefined ? checkVersion(opts.version) : undefined;
        const files = await collectFiles(opts.model);
        const content = contentDigest(files);
        const attachments = [];
        for (const a of opts.attachments ?? []) {
            let bytes;
            try {
                bytes = (0,external_node_fs_.readFileSync)(a.file);
            }
            catch {
                throw new src/* ConfigurationError */.j1(`${a.role} report "${a.file}" cannot be read`, { field: a.role === 'evaluation' ? 'metrics-report' : 'data-profile' });
            }
            const summary = reportSummary(bytes);
            attachments.push({ role: a.role, path: attachmentTitle(a.role, (0,external_node_path_.basename)(a.file), attachments), digest: sha256(bytes), size: bytes.length, ...summary, bytes });
        }
        const data = await collectData(opts.data ?? []);
        const same = await this.findByContent(name, content, data?.digest, wanted);
        if (same)
            return { ...same, created: false };
        for (const f of files) {
            if (!(await this.backend.hasBlob(name, f.digest)))
                await this.backend.putBlob(name, { digest: f.digest, size: f.size, file: f.local }, opts.progress);
        }
        for (const a of attachments) {
            if (!(await this.backend.hasBlob(name, a.digest)))
                await this.backend.putBlob(name, { digest: a.digest, size: a.size, bytes: a.bytes });
        }
        return this.lock(name, 'publish', opts.who, LOCK_WAIT_MS, 'publish', async () => {
            const existing = await this.backend.listVersions(name);
            const version = wanted ?? nextSequence(existing);
            if (existing.includes(version))
                throw new src/* DataError */.fL(`version ${version} of ${name} already exists in ${this.url} with other files or other data; versions are immutable: publish under a new version`, { field: 'version' });
            const lineage = {
                schema: 'mlgate/model@1',
                name,
                version,
                contentDigest: content,
                files: files.map(({ path, digest, size }) => ({ path, digest, size })),
                createdAt: new Date().toISOString(),
                createdBy: opts.who,
                source: opts.source ?? {},
                attachments: attachments.map(({ bytes: _b, ...rest }) => rest),
                ...(data ? { data } : {}),
            };
            const config = Buffer.from(JSON.stringify(lineage, null, 2) + '\n');
            const configDesc = { mediaType: MEDIA.modelConfig, digest: sha256(config), size: config.length };
            await this.backend.putBlob(name, { digest: configDesc.digest, size: configDesc.size, bytes: config });
            const manifest = {
                schemaVersion: 2,
                mediaType: MEDIA.manifest,
                artifactType: MEDIA.modelArtifact,
                config: configDesc,
                layers: [
                    ...files.map((f) => ({ mediaType: MEDIA.modelFile, digest: f.digest, size: f.size, annotations: { [ANNOTATION.title]: f.path } })),
                    ...attachments.map((a) => ({ mediaType: MEDIA.attachment, digest: a.digest, size: a.size, annotations: { [ANNOTATION.title]: a.path, [ANNOTATION.role]: a.role } })),
                ],
                annotations: {
                    [ANNOTATION.model]: name,
                    [ANNOTATION.version]: version,
                    [ANNOTATION.created]: lineage.createdAt,
                    [ANNOTATION.content]: content,
                    ...(lineage.source.commit ? { [ANNOTATION.revision]: lineage.source.commit } : {}),
                    ...(sourceUrl(lineage.source) ? { [ANNOTATION.source]: sourceUrl(lineage.source) } : {}),
                },
            };
            const bytes = Buffer.from(JSON.stringify(manifest));
            const digest = sha256(bytes);
            await this.backend.putVersion(name, version, bytes, digest, config);
            return { name, version, digest, manifest, lineage, created: true };
        });
    }
    /**
     * An existing version with exactly these files (publishing the same model twice gives the same
     * version) — and the same data: the same weights recorded as trained on other data are a new version,
     * or the lineage would say the wrong data trained it.
     */
    async findByContent(name, content, data, wanted) {
        const versions = wanted ? [wanted] : (await this.versions(name)).reverse();
        for (const v of versions) {
            const bytes = await this.backend.getVersion(name, v);
            if (!bytes)
                continue;
            const m = JSON.parse(bytes.toString('utf8'));
            if (m.annotations?.[ANNOTATION.content] !== content)
                continue;
            const info = await this.version(name, v, sha256(bytes));
            if (info && info.lineage.data?.digest === data)
                return info;
        }
        return undefined;
    }
    /** Write a version's model files into `dest`, verifying every digest; a bad blob leaves no file behind under its name. */
    async pull(name, ref, dest) {
        const info = await this.resolve(name, ref);
        const written = [];
        for (const layer of info.manifest.layers) {
            if (layer.mediaType !== MEDIA.modelFile)
                continue;
            const path = layer.annotations?.[ANNOTATION.title] ?? '';
            if (!safeRelative(path))
                throw new src/* DataError */.fL(`${name} ${info.version} names a file "${path}" outside the model directory; refusing to write it`);
            const file = (0,external_node_path_.join)(dest, ...path.split('/'));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
            const tmp = `${file}.mlgate-partial`;
            try {
                await (0,promises_.pipeline)(await this.backend.readBlob(name, layer), verifier(layer, `file ${path} of ${name} ${info.version} (${layer.digest})`), (0,external_node_fs_.createWriteStream)(tmp));
            }
            catch (e) {
                (0,external_node_fs_.rmSync)(tmp, { force: true });
                throw e;
            }
            (0,external_node_fs_.renameSync)(tmp, file);
            written.push(file);
        }
        return { ...info, written };
    }
    /** A report kept with a version (`evaluation` or `data-profile`), verified, parsed. */
    async attachment(name, info, role) {
        const layer = info.manifest.layers.find((l) => l.mediaType === MEDIA.attachment && l.annotations?.[ANNOTATION.role] === role);
        if (!layer)
            return undefined;
        return JSON.parse((await this.blobBytes(name, layer, `the ${role} report of ${name} ${info.version}`)).toString('utf8'));
    }
    async aliases(name) {
        checkName(name);
        const out = {};
        for (const a of (await this.backend.listAliases(name)).sort()) {
            let t;
            try {
                t = await this.backend.getAlias(name, a);
            }
            catch (e) {
                if (e instanceof src/* DataError */.fL)
                    continue; // a tag pushed by another tool (e.g. "latest"): not an mlgate alias
                throw e;
            }
            if (t)
                out[a] = t;
        }
        return out;
    }
    async alias(name, alias) {
        return this.backend.getAlias(checkName(name), names_checkAlias(alias));
    }
    /** Move `alias` to `version` if it is still where the caller saw it (`expect`); exactly one of concurrent moves wins. */
    async promote(name, alias, version, opts) {
        checkName(name);
        names_checkAlias(alias, 'promote');
        const target = await this.resolve(name, version);
        const expect = opts.expect !== undefined ? opts.expect : ((await this.backend.getAlias(name, alias))?.version ?? null);
        return this.move(name, alias, 'promote', opts, async (cur) => {
            if ((cur?.version ?? null) !== expect)
                throw this.conflict(name, alias, expect, cur, `promote it to ${target.version}`);
            return { version: target.version, digest: target.digest };
        });
    }
    /** Move `alias` back to the version before its current one (or to `to`), recorded like any move. */
    async rollback(name, alias, opts) {
        checkName(name);
        names_checkAlias(alias, 'rollback');
        const named = opts.to !== undefined ? await this.resolve(name, opts.to, 'to') : undefined;
        const expect = opts.expect !== undefined ? opts.expect : ((await this.backend.getAlias(name, alias))?.version ?? null);
        return this.move(name, alias, 'rollback', opts, async (cur, history) => {
            if (!cur)
                throw new src/* ConfigurationError */.j1(`alias ${alias} of ${name} has never been set in ${this.url}: nothing to roll back`, { field: 'rollback' });
            if (cur.version !== expect)
                throw this.conflict(name, alias, expect, cur, 'roll it back');
            if (named)
                return { version: named.version, digest: named.digest };
            const prev = previousOf(cur, history);
            if (!prev)
                throw new src/* ConfigurationError */.j1(`alias ${alias} of ${name} has no earlier version to roll back to (it is at ${cur.version}, its first version)`, { field: 'rollback' });
            const info = await this.version(name, prev.version, prev.digest);
            if (!info)
                throw new src/* DataError */.fL(`cannot roll ${alias} back to ${name} ${prev.version}: that version is missing from ${this.url}`);
            return prev;
        });
    }
    conflict(name, alias, expect, cur, what) {
        return new AliasConflictError(`did not ${what}: alias ${alias} of ${name} was expected at ${expect ?? '(unset)'} but is at ${cur?.version ?? '(unset)'} — another move won; nothing was changed. Look at \`mlgate registry history\` and retry if you still mean it`);
    }
    async move(name, alias, action, opts, decide) {
        return this.lock(name, `alias.${alias}`, opts.who, opts.waitMs ?? LOCK_WAIT_MS, `move ${alias}`, async (held) => {
            const cur = await this.backend.getAlias(name, alias);
            const history = await this.backend.readHistory(name, alias);
            const to = await decide(cur, history);
            if (cur && cur.digest === to.digest)
                return { alias, from: cur, to: cur, moved: false };
            await held();
            // A move that was not recorded (made by another tool, or its record was cut off) is recorded first.
            const last = history.at(-1);
            if (cur && last?.to.digest !== cur.digest) {
                const gap = { alias, action: 'promote', from: last?.to ?? null, to: cur, who: 'unknown', when: new Date().toISOString(), why: 'moved without a record (outside mlgate, or an interrupted move)' };
                history.push(gap);
                await this.backend.appendHistory(name, alias, gap, history);
            }
            await this.backend.setAlias(name, alias, to);
            const event = { alias, action, from: cur ?? null, to, who: opts.who, when: new Date().toISOString(), why: opts.why ?? '' };
            history.push(event);
            try {
                await this.backend.appendHistory(name, alias, event, history);
            }
            catch (e) {
                throw new src/* DataError */.fL(`alias ${alias} of ${name} now points at ${to.version}, but the move could not be recorded in its history: ${e.message}`);
            }
            return { alias, from: cur ?? null, to, moved: true, event };
        });
    }
    /**
     * Run `fn` holding the model's lock `key` (the same lease a promotion holds), waiting up to `waitMs`
     * for another holder: for read-modify-write of a model's contents by runs that may overlap.
     * `what` names the operation in the error when the lock stays busy ("append to the history").
     */
    async exclusive(name, key, who, what, fn, waitMs = LOCK_WAIT_MS) {
        checkName(name);
        return this.lock(name, key, who, waitMs, what, fn);
    }
    async lock(name, key, who, waitMs, what, fn) {
        try {
            return await this.backend.withLock(name, key, who, waitMs, fn);
        }
        catch (e) {
            if (e instanceof LockBusy) {
                throw new AliasConflictError(`could not ${what} of ${name}: another ${what.split(' ')[0]} is under way (held by ${e.holder}${e.since ? ` since ${e.since}` : ''}); nothing was changed — retry when it is done`);
            }
            throw e;
        }
    }
    /** Every recorded move of one alias, or of all aliases of a model, oldest first. */
    async history(name, alias) {
        checkName(name);
        const aliases = alias ? [names_checkAlias(alias)] : await this.backend.listAliases(name);
        const all = [];
        for (const a of aliases)
            all.push(...(await this.backend.readHistory(name, a)));
        return all.sort((x, y) => (x.when < y.when ? -1 : x.when > y.when ? 1 : 0));
    }
    /**
     * Where `alias` pointed at the instant `at`: the last move recorded at or before it (which version,
     * since when, moved by whom and why), or `undefined` when it had not been set yet.
     */
    async aliasAt(name, alias, at) {
        const t = at.getTime();
        return (await this.history(name, alias)).filter((e) => Date.parse(e.when) <= t).at(-1);
    }
    async models() {
        return this.backend.listModels();
    }
}
/**
 * The layer title of an attached report: under `.mlgate/<role>/`, where no model file may be (so
 * `oras pull` writes the reports beside the model files, never over them), and never twice the same.
 */
function attachmentTitle(role, file, taken) {
    let title = `${RESERVED_DIR}/${role}/${file}`;
    for (let n = 2; taken.some((t) => t.path === title); n++)
        title = `${RESERVED_DIR}/${role}/${n}/${file}`;
    return title;
}
/** `org.opencontainers.image.source` is the URL of the source code repository: written only when one is known. */
function sourceUrl(s) {
    return s.repositoryUrl && /^https?:\/\/[^\s]+$/.test(s.repositoryUrl) && URL.canParse(s.repositoryUrl) ? s.repositoryUrl : undefined;
}
/**
 * The version an alias held before its current one: the `from` of the latest promotion to the current
 * version (so rolling back twice goes two steps back, not back and forth), else of the latest move to it.
 */
function previousOf(cur, history) {
    const toCur = history.filter((e) => e.to.digest === cur.digest);
    const promo = toCur.filter((e) => e.action === 'promote').at(-1);
    const from = (promo ?? toCur.at(-1))?.from;
    return from && from.digest !== cur.digest ? from : undefined;
}

;// CONCATENATED MODULE: ../../packages/registry/src/diff.ts


/** The metrics an eval-gate report kept with a version holds (read from the registry, so checked). */
const evaluationMetrics = schemas/* object */.Ikc({ data: schemas/* object */.Ikc({ metrics: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), candidate: schemas/* optional */.lqM(schemas/* nullable */.mee(schemas/* number */.aig())) })) }) });
async function metricsOf(r, v) {
    const out = new Map();
    const parsed = z.safeParse(evaluationMetrics, await r.attachment(v.name, v, 'evaluation'));
    if (parsed.success)
        for (const m of parsed.data.data.metrics)
            if (typeof m.candidate === 'number')
                out.set(m.name, m.candidate);
    return out;
}
function changes(a, b, key, same) {
    const before = new Map(a.map((x) => [key(x), x]));
    const after = new Map(b.map((x) => [key(x), x]));
    const out = [];
    for (const k of [...new Set([...before.keys(), ...after.keys()])].sort()) {
        const x = before.get(k);
        const y = after.get(k);
        if (x && y && same(x, y))
            continue;
        out.push({ key: k, ...(x ? { before: x } : {}), ...(y ? { after: y } : {}) });
    }
    return out;
}
const dvcKey = (r) => `${r.file}${r.stage ? `:${r.stage}` : ''} ${r.kind} ${r.path}`;
/** Compare two versions of one model: their data (mlgate's digests and DVC's), the evaluation's metrics and the commit. */
async function diffVersions(r, name, refA, refB) {
    const [a, b] = [await r.resolve(name, refA, 'a'), await r.resolve(name, refB, 'b')];
    const [ma, mb] = [await metricsOf(r, a), await metricsOf(r, b)];
    const da = a.lineage.data;
    const db = b.lineage.data;
    return {
        name,
        a: { version: a.version, digest: a.digest },
        b: { version: b.version, digest: b.digest },
        sameFiles: a.lineage.contentDigest === b.lineage.contentDigest,
        data: {
            a: da?.digest,
            b: db?.digest,
            files: changes(da?.files ?? [], db?.files ?? [], (f) => f.path, (x, y) => x.digest === y.digest),
            dvc: changes(da?.dvc ?? [], db?.dvc ?? [], dvcKey, (x, y) => dvcHash(x) === dvcHash(y)),
        },
        metrics: [...new Set([...ma.keys(), ...mb.keys()])].sort().map((m) => ({ name: m, a: ma.get(m), b: mb.get(m) })),
        commit: { a: a.lineage.source.commit, b: b.lineage.source.commit },
    };
}
const diff_short = (d) => (d ? d.replace(/^sha256:/, '').slice(0, 12) : '(none)');
const num = (v) => (v === undefined ? '—' : String(Number(v.toPrecision(6))));
/** The diff for a terminal: one line per change, nothing for what stayed the same but a summary line. */
function renderDiff(d) {
    const lines = [`${d.name} ${d.a.version} → ${d.b.version}`];
    lines.push(`  model files ${d.sameFiles ? 'identical' : 'changed'}`);
    lines.push(d.commit.a === d.commit.b ? `  commit      ${d.commit.a ?? '(not recorded)'} (same)` : `  commit      ${d.commit.a ?? '(not recorded)'} → ${d.commit.b ?? '(not recorded)'}`);
    if (d.data.a === d.data.b)
        lines.push(`  data        ${d.data.a ? `identical (${diff_short(d.data.a)})` : 'not recorded on either version'}`);
    else {
        lines.push(`  data        ${diff_short(d.data.a)} → ${diff_short(d.data.b)}`);
        for (const c of d.data.files) {
            const what = !c.before ? 'added  ' : !c.after ? 'removed' : 'changed';
            lines.push(`    ${what} ${c.key}  ${c.before ? `${diff_short(c.before.digest)} ${c.before.size} B` : ''}${c.before && c.after ? ' → ' : ''}${c.after ? `${diff_short(c.after.digest)} ${c.after.size} B` : ''}`);
        }
        for (const c of d.data.dvc) {
            const what = !c.before ? 'added  ' : !c.after ? 'removed' : 'changed';
            lines.push(`    ${what} ${c.key} (DVC)  ${c.before ? dvcHash(c.before) : ''}${c.before && c.after ? ' → ' : ''}${c.after ? dvcHash(c.after) : ''}`);
        }
    }
    if (!d.metrics.length)
        lines.push('  metrics     no evaluation kept with either version');
    else {
        lines.push('  metrics');
        for (const m of d.metrics) {
            const delta = m.a !== undefined && m.b !== undefined ? `  (${m.b - m.a >= 0 ? '+' : ''}${num(m.b - m.a)})` : '';
            lines.push(`    ${m.name.padEnd(20)} ${num(m.a).padStart(10)} → ${num(m.b).padEnd(10)}${delta}`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ../../packages/registry/src/file-backend.ts







/** A lock older than this is taken to belong to a crashed process and is broken. */
const STALE_MS = 30_000;
/**
 * A registry in a directory:
 *   blobs/sha256/<hex>                       every file, config and report, by digest
 *   models/<name>/versions/<version>.json    the version's OCI manifest, byte for byte
 *   models/<name>/aliases/<alias>.json       { version, digest }
 *   models/<name>/history/<alias>.jsonl      one move per line
 *   models/<name>/locks/<key>.lock           created with O_EXCL: the one holder of a lock
 */
/** The names of a directory's `NAME.json` files (versions, aliases); none when it does not exist yet. */
function jsonNames(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5));
}
class FileBackend {
    kind = 'file';
    url;
    root;
    constructor(dir) {
        this.root = (0,external_node_path_.resolve)(dir);
        this.url = `file://${dir}`;
    }
    blobPath(digest) {
        return (0,external_node_path_.join)(this.root, 'blobs', 'sha256', hexOf(digest));
    }
    model(name, ...parts) {
        if (!/^[a-z0-9][a-z0-9._-]*$/.test(name) || name.includes('..'))
            throw new src/* DataError */.fL(`model name "${name}" is not valid`, { field: 'name' });
        return (0,external_node_path_.join)(this.root, 'models', name, ...parts);
    }
    async hasBlob(_name, digest) {
        return (0,external_node_fs_.existsSync)(this.blobPath(digest));
    }
    async putBlob(_name, blob, progress) {
        const dest = this.blobPath(blob.digest);
        if ((0,external_node_fs_.existsSync)(dest) && (0,external_node_fs_.statSync)(dest).size === blob.size)
            return;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dest), { recursive: true });
        const tmp = `${dest}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
        if (blob.file)
            (0,external_node_fs_.copyFileSync)(blob.file, tmp);
        else
            (0,external_node_fs_.writeFileSync)(tmp, blob.bytes);
        (0,external_node_fs_.renameSync)(tmp, dest);
        progress?.({ digest: blob.digest, sent: blob.size, size: blob.size });
    }
    async readBlob(_name, desc) {
        const p = this.blobPath(desc.digest);
        if (!(0,external_node_fs_.existsSync)(p))
            throw new src/* DataError */.fL(`blob ${desc.digest} is missing from ${this.url}`);
        return (0,external_node_fs_.createReadStream)(p, { highWaterMark: 1 << 20 });
    }
    async listVersions(name) {
        return jsonNames(this.model(name, 'versions'));
    }
    async getVersion(name, version) {
        if (!/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(version))
            return undefined; // never a path outside versions/
        const p = this.model(name, 'versions', `${version}.json`);
        return (0,external_node_fs_.existsSync)(p) ? (0,external_node_fs_.readFileSync)(p) : undefined;
    }
    async putVersion(name, version, manifest) {
        const dest = this.model(name, 'versions', `${version}.json`);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dest), { recursive: true });
        const tmp = `${dest}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, manifest);
        try {
            // link() never replaces an existing file: a version, once written, is never overwritten.
            (0,external_node_fs_.linkSync)(tmp, dest);
        }
        catch (e) {
            if (e.code === 'EEXIST')
                throw new src/* DataError */.fL(`version ${version} of ${name} already exists in ${this.url} and is immutable`, { field: 'version' });
            throw e;
        }
        finally {
            (0,external_node_fs_.unlinkSync)(tmp);
        }
    }
    async listAliases(name) {
        return jsonNames(this.model(name, 'aliases'));
    }
    async getAlias(name, alias) {
        const p = this.model(name, 'aliases', `${alias}.json`);
        if (!(0,external_node_fs_.existsSync)(p))
            return undefined;
        const t = JSON.parse((0,external_node_fs_.readFileSync)(p, 'utf8'));
        return { version: t.version, digest: t.digest };
    }
    async setAlias(name, alias, target) {
        (0,src/* writeAtomic */.vZ)(this.model(name, 'aliases', `${alias}.json`), JSON.stringify(target) + '\n');
    }
    async readHistory(name, alias) {
        const p = this.model(name, 'history', `${alias}.jsonl`);
        if (!(0,external_node_fs_.existsSync)(p))
            return [];
        return (0,external_node_fs_.readFileSync)(p, 'utf8')
            .split('\n')
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l));
    }
    async appendHistory(name, alias, event) {
        const p = this.model(name, 'history', `${alias}.jsonl`);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(p), { recursive: true });
        (0,external_node_fs_.appendFileSync)(p, JSON.stringify(event) + '\n');
    }
    async withLock(name, key, holder, waitMs, fn) {
        const p = this.model(name, 'locks', `${key.replace(/[^A-Za-z0-9_-]/g, '-')}.lock`);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(p), { recursive: true });
        const deadline = Date.now() + waitMs;
        for (;;) {
            try {
                // O_CREAT|O_EXCL: of any number of processes, exactly one creates the file.
                const fd = (0,external_node_fs_.openSync)(p, 'wx');
                (0,external_node_fs_.writeSync)(fd, JSON.stringify({ holder, pid: process.pid, host: (0,external_node_os_.hostname)(), since: new Date().toISOString() }));
                (0,external_node_fs_.closeSync)(fd);
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
            }
            let info = {};
            let age = 0;
            try {
                info = JSON.parse((0,external_node_fs_.readFileSync)(p, 'utf8'));
                age = Date.now() - (0,external_node_fs_.statSync)(p).mtimeMs;
            }
            catch {
                continue; // released (or half-written) just now: try again
            }
            if (age > STALE_MS) {
                // Break a crashed holder's lock: rename is atomic, so only one breaker succeeds.
                try {
                    (0,external_node_fs_.renameSync)(p, `${p}.stale-${(0,external_node_crypto_.randomUUID)()}`);
                }
                catch {
                    // someone else broke it first
                }
                continue;
            }
            if (Date.now() >= deadline)
                throw new LockBusy(key, info.holder ?? 'another process', info.since);
            await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
        }
        try {
            return await fn(alwaysHeld);
        }
        finally {
            try {
                (0,external_node_fs_.unlinkSync)(p);
            }
            catch {
                // already broken as stale: nothing to release
            }
        }
    }
    async listModels() {
        const dir = (0,external_node_path_.join)(this.root, 'models');
        return (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir).sort() : [];
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ../../packages/registry/src/oci/auth.ts
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = header.match(/^\s*(\w+)\s*(.*)$/);
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g))
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    return { scheme: m[1].toLowerCase(), params };
}
function basicHeader(c) {
    if (c.password === undefined && c.username === undefined)
        return undefined;
    return `Basic ${Buffer.from(`${c.username ?? ''}:${c.password ?? ''}`).toString('base64')}`;
}

;// CONCATENATED MODULE: ../../packages/registry/src/oci/client.ts







function isFileRange(b) {
    return typeof b === 'object' && b !== null && 'file' in b && 'start' in b;
}
const MANIFEST_ACCEPT = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'].join(', ');
/**
 * A small client of the OCI distribution API (no maintained client library for Node fits: ORAS has
 * none). `fetch` for every request except file uploads, whose bodies are piped through `node:http`
 * (through undici's web streams a 200 MB push ran at half of curl's speed; see bench/registry).
 * It does: Basic and Bearer-token auth (a token per scope from the challenge's realm, cached until it
 * expires), blob HEAD and GET (redirects followed; the caller verifies digest and size), uploads in
 * one PUT up to `monolithicMax` (256 MiB) and in `chunkSize` (128 MiB) PATCHes above it — a failed
 * chunk resumes from the offset the registry reports, or starts a new session when the registry lost
 * the half-written chunk — manifest GET/HEAD/PUT by tag or digest, tag listing with `Link` pages,
 * and the catalog. Limits: no cross-repository mount, no referrers API (distribution 2.8 has none),
 * no DELETE, no parallel uploads, no proxy settings beyond what Node's fetch honours, and tokens
 * are asked for with the caller's Basic credentials only (no OAuth2 refresh-token POST flow).
 */
class OciClient {
    opts;
    base;
    creds;
    basic;
    challenge;
    tokens = new Map();
    constructor(opts) {
        this.opts = opts;
        this.base = `${opts.scheme}://${opts.host}`;
        this.creds = { username: opts.username, password: opts.password };
    }
    agent;
    /** PUT/PATCH a file range with node:http(s), answered as a fetch `Response`. */
    sendFile(method, url, headers, body) {
        const u = new URL(url);
        const secure = u.protocol === 'https:';
        this.agent ??= secure ? new external_node_https_.Agent({ keepAlive: true }) : new external_node_http_.Agent({ keepAlive: true });
        return new Promise((resolve, reject) => {
            const req = (secure ? external_node_https_.request : external_node_http_.request)(u, { method, headers, agent: this.agent }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', reject);
                res.on('end', () => {
                    const h = new Headers();
                    for (const [k, v] of Object.entries(res.headers))
                        if (v !== undefined)
                            h.set(k, Array.isArray(v) ? v.join(', ') : v);
                    const status = res.statusCode ?? 0;
                    const nobody = status === 204 || status === 304 || (status >= 100 && status < 200);
                    resolve(new Response(nobody ? null : Buffer.concat(chunks), { status, headers: h }));
                });
            });
            req.on('error', (e) => reject(Object.assign(new TypeError('fetch failed'), { cause: e })));
            const src = (0,external_node_fs_.createReadStream)(body.file, { start: body.start, end: body.end, highWaterMark: 4 << 20 });
            src.on('error', (e) => req.destroy(e));
            src.pipe(req);
        });
    }
    async send(method, url, init, what) {
        try {
            if (isFileRange(init.body))
                return await this.sendFile(method, url, init.headers, init.body);
            return await fetch(url, { method, headers: init.headers, body: init.body, redirect: 'follow' });
        }
        catch (e) {
            const cause = e.cause;
            throw new src/* RemoteError */.Hi(`cannot reach the registry ${this.opts.host} (${what}): ${cause?.code ?? cause?.message ?? e.message}`, {}, { cause: e });
        }
    }
    async authorization(scope) {
        if (this.challenge?.scheme === 'bearer') {
            const cached = this.tokens.get(scope);
            if (cached && cached.expires > Date.now())
                return `Bearer ${cached.token}`;
            return `Bearer ${await this.fetchToken(scope)}`;
        }
        return this.basic;
    }
    /** The token flow: GET realm?service=…&scope=… with Basic credentials (anonymous without them). */
    async fetchToken(scope) {
        const realm = this.challenge.params.realm;
        if (!realm)
            throw new src/* RemoteError */.Hi(`the registry ${this.opts.host} asked for a token but named no realm`);
        const u = new URL(realm);
        if (this.challenge.params.service)
            u.searchParams.set('service', this.challenge.params.service);
        u.searchParams.set('scope', scope);
        const headers = {};
        const basic = basicHeader(this.creds);
        if (basic)
            headers.authorization = basic;
        const r = await this.send('GET', u.toString(), { headers }, 'token');
        if (r.status === 401 || r.status === 403) {
            throw new src/* RemoteError */.Hi(`the token service of ${this.opts.host} refused ${this.creds.username ? `the credentials of user "${this.creds.username}"` : 'anonymous access'} for ${scope} (${r.status}): check registry-username and registry-password`);
        }
        if (!r.ok)
            throw new src/* RemoteError */.Hi(`the token service of ${this.opts.host} answered ${r.status} for ${scope}`);
        const j = (await r.json());
        const token = j.token ?? j.access_token;
        if (!token)
            throw new src/* RemoteError */.Hi(`the token service of ${this.opts.host} answered without a token`);
        this.tokens.set(scope, { token, expires: Date.now() + Math.max(30, (j.expires_in ?? 60) - 15) * 1000 });
        return token;
    }
    /** One request; answers a 401 challenge once (Basic or Bearer) and retries with the body made anew. */
    async request(method, pathOrUrl, req) {
        const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.base}${pathOrUrl}`;
        for (let attempt = 0;; attempt++) {
            const headers = { ...(req.headers ?? {}) };
            const auth = await this.authorization(req.scope);
            if (auth)
                headers.authorization = auth;
            const r = await this.send(method, url, { headers, body: req.body?.() }, req.what);
            if (r.status === 401 && attempt === 0) {
                await r.body?.cancel();
                const c = parseChallenge(r.headers.get('www-authenticate'));
                if (c?.scheme === 'basic') {
                    if (this.basic)
                        break; // sent already: refused
                    this.basic = basicHeader(this.creds);
                    if (!this.basic)
                        throw new src/* RemoteError */.Hi(`the registry ${this.opts.host} requires a username and password (${req.what}): set registry-username and registry-password`);
                    continue;
                }
                if (c?.scheme === 'bearer') {
                    this.challenge = c;
                    this.tokens.delete(req.scope);
                    continue;
                }
                break;
            }
            if (r.status === 401) {
                await r.body?.cancel();
                throw new src/* RemoteError */.Hi(`the registry ${this.opts.host} refused ${this.creds.username ? `the credentials of user "${this.creds.username}"` : 'anonymous access'} (401 on ${req.what}): check registry-username and registry-password`);
            }
            if (!req.ok.includes(r.status))
                throw await this.failure(r, req.what);
            return r;
        }
        throw new src/* RemoteError */.Hi(`the registry ${this.opts.host} refused ${this.creds.username ? `the credentials of user "${this.creds.username}"` : 'anonymous access'} (401 on ${req.what}): check registry-username and registry-password`);
    }
    async failure(r, what) {
        let detail = '';
        try {
            const j = (await r.json());
            detail = (j.errors ?? []).map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ');
        }
        catch {
            detail = r.statusText;
        }
        if (r.status === 403)
            return new src/* RemoteError */.Hi(`the registry ${this.opts.host} denied ${what} (403${detail ? `: ${detail}` : ''}): the credentials lack the permission (GHCR: "packages: write")`);
        return new src/* RemoteError */.Hi(`the registry ${this.opts.host} answered ${r.status} to ${what}${detail ? `: ${detail}` : ''}`);
    }
    resolveLocation(r, what) {
        const loc = r.headers.get('location');
        if (!loc)
            throw new src/* RemoteError */.Hi(`the registry ${this.opts.host} gave no upload location for ${what}`);
        return new URL(loc, this.base).toString();
    }
    static scope(repo, push) {
        return `repository:${repo}:${push ? 'pull,push' : 'pull'}`;
    }
    async hasBlob(repo, digest) {
        const r = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, { scope: OciClient.scope(repo, false), ok: [200, 404], what: `HEAD blob ${digest}` });
        return r.status === 200;
    }
    async getBlob(repo, digest) {
        const r = await this.request('GET', `/v2/${repo}/blobs/${digest}`, { scope: OciClient.scope(repo, false), ok: [200], what: `GET blob ${digest}` });
        return external_node_stream_.Readable.fromWeb(r.body);
    }
    body(blob, start, end) {
        if (blob.bytes)
            return () => blob.bytes.subarray(start, end + 1);
        const file = blob.file;
        return () => ({ file, start, end });
    }
    async putBlob(repo, blob, progress) {
        const scope = OciClient.scope(repo, true);
        const what = `upload of blob ${blob.digest}`;
        const start = await this.request('POST', `/v2/${repo}/blobs/uploads/`, { scope, ok: [202], what, headers: { 'content-length': '0' } });
        let loc = this.resolveLocation(start, what);
        const close = (l) => {
            const u = new URL(l);
            u.searchParams.set('digest', blob.digest);
            return u.toString();
        };
        if (blob.size <= (this.opts.monolithicMax ?? 256 << 20)) {
            await this.request('PUT', close(loc), { scope, ok: [201], what, body: this.body(blob, 0, blob.size - 1), headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.size) } });
            progress?.({ digest: blob.digest, sent: blob.size, size: blob.size });
            return;
        }
        const chunk = this.opts.chunkSize ?? 128 << 20;
        let offset = 0;
        let failures = 0;
        let resumes = 0;
        let restarts = 0;
        while (offset < blob.size) {
            const end = Math.min(offset + chunk, blob.size) - 1;
            try {
                const r = await this.request('PATCH', loc, {
                    scope,
                    ok: [202],
                    what: `${what} (bytes ${offset}-${end})`,
                    body: this.body(blob, offset, end),
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(end - offset + 1), 'content-range': `${offset}-${end}` },
                });
                loc = this.resolveLocation(r, what);
                offset = end + 1;
                failures = 0;
                progress?.({ digest: blob.digest, sent: offset, size: blob.size });
            }
            catch (e) {
                if (++failures >= (this.opts.chunkTries ?? 3))
                    throw e;
                await new Promise((res) => setTimeout(res, 200 * 2 ** failures));
                // Resume: the registry says how much it holds (GET on the upload location: 204, Range 0-N).
                // A registry that lost track of a half-written chunk (distribution answers 404
                // BLOB_UPLOAD_INVALID) gets the blob again from a new session.
                const s = await this.request('GET', loc, { scope, ok: [204, 404], what: `status of ${what}` });
                if (s.status === 404) {
                    await s.body?.cancel();
                    const again = await this.request('POST', `/v2/${repo}/blobs/uploads/`, { scope, ok: [202], what, headers: { 'content-length': '0' } });
                    loc = this.resolveLocation(again, what);
                    offset = 0;
                    restarts++;
                    continue;
                }
                loc = this.resolveLocation(s, what);
                const range = s.headers.get('range')?.match(/^(?:bytes=)?0-(\d+)$/);
                offset = range ? Number(range[1]) + 1 : 0;
                resumes++;
            }
        }
        await this.request('PUT', close(loc), { scope, ok: [201], what, headers: { 'content-length': '0' } });
        this.stats.resumes += resumes;
        this.stats.restarts += restarts;
    }
    /** Chunked uploads resumed from the registry's offset, and restarted from a new session. */
    stats = { resumes: 0, restarts: 0 };
    /** A manifest's bytes exactly as stored, and their digest; undefined when the tag or digest is unknown. */
    async getManifest(repo, ref) {
        const r = await this.request('GET', `/v2/${repo}/manifests/${ref}`, { scope: OciClient.scope(repo, false), ok: [200, 404], what: `GET manifest ${ref}`, headers: { accept: MANIFEST_ACCEPT } });
        if (r.status === 404) {
            await r.body?.cancel();
            return undefined;
        }
        const bytes = Buffer.from(await r.arrayBuffer());
        return { bytes, digest: sha256(bytes) };
    }
    async headManifest(repo, ref) {
        const r = await this.request('HEAD', `/v2/${repo}/manifests/${ref}`, { scope: OciClient.scope(repo, false), ok: [200, 404], what: `HEAD manifest ${ref}`, headers: { accept: MANIFEST_ACCEPT } });
        return r.status === 404 ? undefined : (r.headers.get('docker-content-digest') ?? undefined);
    }
    async putManifest(repo, ref, bytes, mediaType) {
        const r = await this.request('PUT', `/v2/${repo}/manifests/${ref}`, { scope: OciClient.scope(repo, true), ok: [201], what: `PUT manifest ${ref}`, body: () => bytes, headers: { 'content-type': mediaType } });
        await r.body?.cancel();
        const digest = sha256(bytes);
        const said = r.headers.get('docker-content-digest');
        if (said && said !== digest)
            throw new src/* RemoteError */.Hi(`the registry ${this.opts.host} stored manifest ${ref} as ${said}, but its bytes hash to ${digest}`);
        return digest;
    }
    /** Every tag of a repository (following `Link` pages); none when the repository does not exist yet. */
    async tags(repo) {
        const out = [];
        let next = `/v2/${repo}/tags/list?n=1000`;
        while (next) {
            const r = await this.request('GET', next, { scope: OciClient.scope(repo, false), ok: [200, 404], what: 'list tags' });
            if (r.status === 404) {
                await r.body?.cancel();
                return out;
            }
            const j = (await r.json());
            out.push(...(j.tags ?? []));
            const link = r.headers.get('link')?.match(/<([^>]+)>\s*;\s*rel="?next"?/);
            next = link ? new URL(link[1], this.base).toString() : undefined;
        }
        return out;
    }
    async catalog() {
        const r = await this.request('GET', '/v2/_catalog?n=1000', { scope: 'registry:catalog:*', ok: [200, 404], what: 'list repositories' });
        if (r.status === 404)
            return [];
        return (await r.json()).repositories ?? [];
    }
}

;// CONCATENATED MODULE: ../../packages/registry/src/oci/backend.ts






const ALIAS_TAG = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
const LEASE_ANNOTATION = 'vnd.mlgate.lease';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * A registry in any OCI distribution registry. Tags of `<prefix>/<name>`:
 *   v<version>               the version's manifest (an OCI image manifest, artifactType application/vnd.mlgate.model.v1)
 *   <alias>                  the same manifest as the version it points at (pullable by any OCI tool)
 *   mlgate.history.<alias>   a manifest whose config blob is the alias's whole move history
 *   mlgate.lease.<key>       the lease that serializes moves of one alias (or publishes), in an annotation
 */
class OciBackend {
    opts;
    kind = 'oci';
    url;
    client;
    constructor(opts) {
        this.opts = opts;
        this.client = new OciClient(opts);
        this.url = `oci://${opts.host}${opts.prefix ? `/${opts.prefix}` : ''}`;
    }
    repo(name) {
        return this.opts.prefix ? `${this.opts.prefix}/${name}` : name;
    }
    hasBlob(name, digest) {
        return this.client.hasBlob(this.repo(name), digest);
    }
    putBlob(name, blob, progress) {
        return this.client.putBlob(this.repo(name), blob, progress);
    }
    readBlob(name, desc) {
        return this.client.getBlob(this.repo(name), desc.digest);
    }
    async listVersions(name) {
        return (await this.client.tags(this.repo(name))).filter((t) => /^v\d/.test(t)).map((t) => t.slice(1));
    }
    async getVersion(name, version) {
        return (await this.client.getManifest(this.repo(name), `v${version}`))?.bytes;
    }
    async putVersion(name, version, manifest, digest) {
        const repo = this.repo(name);
        if (await this.client.headManifest(repo, `v${version}`))
            throw new src/* DataError */.fL(`version ${version} of ${name} already exists in ${this.url} and is immutable`, { field: 'version' });
        const got = await this.client.putManifest(repo, `v${version}`, manifest, MEDIA.manifest);
        if (got !== digest)
            throw new src/* DataError */.fL(`version ${version} of ${name} was stored with digest ${got}, expected ${digest}`);
    }
    async listAliases(name) {
        return (await this.client.tags(this.repo(name))).filter((t) => ALIAS_TAG.test(t) && !/^v\d/.test(t));
    }
    async getAlias(name, alias) {
        const m = await this.client.getManifest(this.repo(name), alias);
        if (!m)
            return undefined;
        const manifest = JSON.parse(m.bytes.toString('utf8'));
        const version = manifest.annotations?.[ANNOTATION.version];
        if (!version || manifest.artifactType !== MEDIA.modelArtifact)
            throw new src/* DataError */.fL(`tag ${alias} of ${this.repo(name)} is not an mlgate model alias (no ${ANNOTATION.version} annotation)`);
        return { version, digest: m.digest };
    }
    async setAlias(name, alias, target) {
        const repo = this.repo(name);
        const m = await this.client.getManifest(repo, target.digest);
        if (!m || m.digest !== target.digest)
            throw new src/* DataError */.fL(`manifest ${target.digest} of ${name} ${target.version} is missing or corrupt in ${this.url}`);
        await this.client.putManifest(repo, alias, m.bytes, MEDIA.manifest);
        // A tag PUT is last-writer-wins: read it back to catch a writer that ignores the lease.
        const now = await this.client.headManifest(repo, alias);
        if (now !== target.digest)
            throw new src/* DataError */.fL(`alias ${alias} of ${name} was overwritten by another writer right after this move (it holds ${now ?? 'nothing'}); look at the history and move it again`);
    }
    async readHistory(name, alias) {
        const repo = this.repo(name);
        const m = await this.client.getManifest(repo, `mlgate.history.${alias}`);
        if (!m)
            return [];
        const manifest = JSON.parse(m.bytes.toString('utf8'));
        const stream = await this.client.getBlob(repo, manifest.config.digest);
        const chunks = [];
        for await (const c of stream)
            chunks.push(c);
        const bytes = Buffer.concat(chunks);
        if (sha256(bytes) !== manifest.config.digest)
            throw new src/* DataError */.fL(`the history of alias ${alias} of ${name} is corrupt in ${this.url}`);
        return JSON.parse(bytes.toString('utf8')).events;
    }
    async appendHistory(name, alias, _event, all) {
        await this.putJsonArtifact(name, `mlgate.history.${alias}`, MEDIA.historyArtifact, MEDIA.historyConfig, { schema: 'mlgate/alias-history@1', alias, events: all });
    }
    /** A manifest whose config blob is a JSON document, under a tag. */
    async putJsonArtifact(name, tag, artifactType, configType, doc) {
        const repo = this.repo(name);
        const config = Buffer.from(JSON.stringify(doc));
        const digest = sha256(config);
        await this.client.putBlob(repo, { digest, size: config.length, bytes: config });
        await this.ensureEmpty(repo);
        // image-spec 1.1 wants at least one layer: an artifact without content of its own carries the empty descriptor.
        const manifest = { schemaVersion: 2, mediaType: MEDIA.manifest, artifactType, config: { mediaType: configType, digest, size: config.length }, layers: [EMPTY_DESCRIPTOR] };
        return this.client.putManifest(repo, tag, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest);
    }
    emptyIn = new Set();
    /** The empty blob `{}` in the repository: a registry checks that every blob a manifest names exists. */
    async ensureEmpty(repo) {
        if (this.emptyIn.has(repo))
            return;
        if (!(await this.client.hasBlob(repo, EMPTY_DESCRIPTOR.digest)))
            await this.client.putBlob(repo, { digest: EMPTY_DESCRIPTOR.digest, size: EMPTY_DESCRIPTOR.size, bytes: Buffer.from('{}') });
        this.emptyIn.add(repo);
    }
    /** A lease is a manifest with the OCI empty config and the lease in an annotation: one request to write, one to read. */
    async putLease(name, tag, lease) {
        const repo = this.repo(name);
        await this.ensureEmpty(repo);
        const manifest = { schemaVersion: 2, mediaType: MEDIA.manifest, artifactType: MEDIA.leaseArtifact, config: EMPTY_DESCRIPTOR, layers: [EMPTY_DESCRIPTOR], annotations: { [LEASE_ANNOTATION]: JSON.stringify(lease) } };
        return this.client.putManifest(repo, tag, Buffer.from(JSON.stringify(manifest)), MEDIA.manifest);
    }
    async readLease(name, tag) {
        const m = await this.client.getManifest(this.repo(name), tag);
        if (!m)
            return undefined;
        const text = JSON.parse(m.bytes.toString('utf8')).annotations?.[LEASE_ANNOTATION];
        if (!text)
            return undefined; // not a lease of this format: taken as free
        return { digest: m.digest, lease: JSON.parse(text) };
    }
    /**
     * A lease over tags, as a registry has no transactions and a tag PUT is last-writer-wins:
     * read the lease tag; if it is free (absent, released or expired), PUT a lease of our own (a unique
     * manifest), wait `settleMs`, and read it back. Whoever reads back their own lease holds it; a
     * later writer overwrote it and the first one backs off. This is safe as long as no contender
     * takes longer than `settleMs` between its read and its write (one round trip normally), the
     * registry's tag reads are consistent after a write, and the promoters' clocks agree to within
     * the lease time. A holder that crashes blocks the alias until its lease expires (`leaseMs`).
     * A contender slower than that (its read before our write, its write after our settle) takes the
     * lease over; `held()`, called before every write, then finds the tag is no longer ours and the
     * holder that lost it backs off with nothing written.
     */
    async withLock(name, key, holder, waitMs, fn) {
        const tag = `mlgate.lease.${key}`;
        const leaseMs = this.opts.leaseMs ?? 30_000;
        const settle = this.opts.settleMs ?? 250;
        const owner = (0,external_node_crypto_.randomUUID)();
        const deadline = Date.now() + waitMs;
        let ours;
        for (;;) {
            const cur = await this.readLease(name, tag);
            const busy = cur && cur.lease.state === 'held' && Date.parse(cur.lease.expires) > Date.now();
            if (!busy) {
                const since = new Date();
                const lease = { schema: 'mlgate/lease@1', key, owner, holder, since: since.toISOString(), expires: new Date(since.getTime() + leaseMs).toISOString(), state: 'held' };
                const digest = await this.putLease(name, tag, lease);
                await sleep(settle);
                if ((await this.client.headManifest(this.repo(name), tag)) === digest) {
                    ours = digest;
                    break;
                }
            }
            if (Date.now() >= deadline) {
                const now = await this.readLease(name, tag);
                throw new LockBusy(key, now?.lease.holder ?? 'another writer', now?.lease.since);
            }
            await sleep(100 + Math.random() * 200);
        }
        try {
            // a contender that read the lease as free and wrote its own after our settle took it over: whoever
            // writes checks first, so of the two only one goes on
            return await fn(async () => {
                if ((await this.client.headManifest(this.repo(name), tag)) !== ours) {
                    const now = await this.readLease(name, tag);
                    throw new LockBusy(key, now?.lease.holder ?? 'another writer', now?.lease.since);
                }
            });
        }
        finally {
            try {
                if ((await this.client.headManifest(this.repo(name), tag)) === ours) {
                    const now = new Date().toISOString();
                    await this.putLease(name, tag, { schema: 'mlgate/lease@1', key, owner, holder, since: now, expires: now, state: 'released' });
                }
            }
            catch {
                // The registry went away: the lease expires on its own.
            }
        }
    }
    async listModels() {
        const p = this.opts.prefix ? `${this.opts.prefix}/` : '';
        return (await this.client.catalog()).filter((r) => r.startsWith(p) && !r.slice(p.length).includes('/')).map((r) => r.slice(p.length));
    }
}

// EXTERNAL MODULE: ../../packages/registry/src/store/object-store.ts
var object_store = __webpack_require__(8833);
;// CONCATENATED MODULE: ../../packages/registry/src/store/backend.ts






/** How long a lease holds before it is taken to belong to a crashed process. */
const LEASE_MS = 30_000;
const JSON_TYPE = 'application/json';
const backend_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * A registry in a bucket (S3) or a container (Azure Blob), laid out for a person to browse:
 *   <name>/blobs/sha256/<hex>                 every file, lineage and report, by digest
 *   <name>/versions/<version>/lineage.json    the lineage (a copy of the manifest's config blob)
 *   <name>/versions/<version>/manifest.json   the version's OCI manifest, byte for byte — written last:
 *                                             a version exists once this object does
 *   <name>/aliases/<alias>.json               { version, digest }
 *   <name>/history/<alias>.jsonl              one move per line
 *   <name>/locks/<key>.json                   the lease that serializes moves of one alias (or publishes)
 *   .mlgate/conditional-write-check.json      where each run checks that the store honours If-None-Match
 * Every write that must not be lost to a concurrent one is conditional (ETag If-Match, or
 * If-None-Match: * to create only): a version's manifest, an alias, a lease.
 */
class ObjectStoreBackend {
    opts;
    kind;
    url;
    store;
    /** The ETag each alias had when last read (null: absent), the condition of the next write. */
    seen = new Map();
    constructor(opts) {
        this.opts = opts;
        this.kind = opts.kind;
        this.url = opts.url;
    }
    s() {
        this.store ??= this.opts.open();
        return this.store;
    }
    conditional;
    /**
     * Once per run, before the first lease: a create-only write of an object that exists must be
     * refused. A store that ignores the condition (s3rver does; some S3-compatible stores may) would
     * make every compare-and-swap here silently last-writer-wins, so mlgate refuses to move anything.
     */
    checkConditionalWrites(store) {
        this.conditional ??= (async () => {
            const key = '.mlgate/conditional-write-check.json';
            const body = Buffer.from(JSON.stringify({ schema: 'mlgate/conditional-write-check@1', why: 'mlgate checks here that the store refuses a create-only write (If-None-Match: *) of an existing object' }) + '\n');
            await store.put(key, body, JSON_TYPE);
            try {
                await store.put(key, body, JSON_TYPE, { ifNoneMatch: '*' });
            }
            catch (e) {
                if (e instanceof object_store/* PreconditionFailed */.O)
                    return;
                throw e;
            }
            throw new src/* RemoteError */.Hi(`${this.url} accepted a create-only write (If-None-Match: *) of an object that exists: this store ignores conditional writes, so mlgate cannot publish or move aliases there safely (docs/deploy.md, "What atomic means here"); nothing was changed`, { field: 'registry' });
        })();
        this.conditional.catch(() => (this.conditional = undefined));
        return this.conditional;
    }
    key(name, ...parts) {
        if (!/^[a-z0-9][a-z0-9._-]*$/.test(name) || name.includes('..'))
            throw new src/* DataError */.fL(`model name "${name}" is not valid`, { field: 'name' });
        return [name, ...parts].join('/');
    }
    blobKey(name, digest) {
        return this.key(name, 'blobs', 'sha256', hexOf(digest));
    }
    async hasBlob(name, digest) {
        return (await (await this.s()).size(this.blobKey(name, digest))) !== undefined;
    }
    async putBlob(name, blob, progress) {
        const store = await this.s();
        const key = this.blobKey(name, blob.digest);
        if ((await store.size(key)) === blob.size)
            return;
        if (blob.file)
            await store.upload(key, blob.file, blob.size, (sent) => progress?.({ digest: blob.digest, sent, size: blob.size }));
        else
            await store.put(key, blob.bytes, 'application/octet-stream');
        progress?.({ digest: blob.digest, sent: blob.size, size: blob.size });
    }
    async readBlob(name, desc) {
        const s = await (await this.s()).stream(this.blobKey(name, desc.digest));
        if (!s)
            throw new src/* DataError */.fL(`blob ${desc.digest} is missing from ${this.url}`);
        return s;
    }
    async listVersions(name) {
        const { keys } = await (await this.s()).list(this.key(name, 'versions') + '/');
        const at = this.key(name, 'versions').length + 1;
        return keys.filter((k) => k.endsWith('/manifest.json')).map((k) => k.slice(at, -'/manifest.json'.length)).filter((v) => !v.includes('/'));
    }
    async getVersion(name, version) {
        if (!/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(version))
            return undefined;
        return (await (await this.s()).get(this.key(name, 'versions', version, 'manifest.json')))?.bytes;
    }
    async putVersion(name, version, manifest, _digest, lineage) {
        const store = await this.s();
        const exists = () => new src/* DataError */.fL(`version ${version} of ${name} already exists in ${this.url} and is immutable`, { field: 'version' });
        const manifestKey = this.key(name, 'versions', version, 'manifest.json');
        // The lineage first (a retry of an interrupted publish writes it again; an existing version's is
        // never touched), the manifest last and create-only.
        if (lineage) {
            if ((await store.size(manifestKey)) !== undefined)
                throw exists();
            await store.put(this.key(name, 'versions', version, 'lineage.json'), lineage, JSON_TYPE);
        }
        try {
            await store.put(manifestKey, manifest, 'application/vnd.oci.image.manifest.v1+json', { ifNoneMatch: '*' });
        }
        catch (e) {
            if (e instanceof object_store/* PreconditionFailed */.O)
                throw exists();
            throw e;
        }
    }
    async listAliases(name) {
        const { keys } = await (await this.s()).list(this.key(name, 'aliases') + '/');
        return keys.filter((k) => k.endsWith('.json')).map((k) => k.slice(k.lastIndexOf('/') + 1, -5));
    }
    async getAlias(name, alias) {
        const key = this.key(name, 'aliases', `${alias}.json`);
        const got = await (await this.s()).get(key);
        this.seen.set(key, got?.etag ?? null);
        if (!got)
            return undefined;
        const t = JSON.parse(got.bytes.toString('utf8'));
        return { version: t.version, digest: t.digest };
    }
    /** Compare-and-swap on the alias object: it is replaced only if it still has the ETag `getAlias` read (or is still absent). */
    async setAlias(name, alias, target) {
        const key = this.key(name, 'aliases', `${alias}.json`);
        if (!this.seen.has(key))
            await this.getAlias(name, alias);
        const etag = this.seen.get(key);
        try {
            this.seen.set(key, await (await this.s()).put(key, Buffer.from(JSON.stringify(target) + '\n'), JSON_TYPE, etag ? { ifMatch: etag } : { ifNoneMatch: '*' }));
        }
        catch (e) {
            if (!(e instanceof object_store/* PreconditionFailed */.O))
                throw e;
            this.seen.delete(key);
            throw new AliasConflictError(`did not move alias ${alias} of ${name}: it was changed by another writer since it was read (the store refused the conditional write); nothing was changed — look at \`mlgate registry history\` and move it again`);
        }
    }
    async readHistory(name, alias) {
        const got = await (await this.s()).get(this.key(name, 'history', `${alias}.jsonl`));
        if (!got)
            return [];
        return got.bytes
            .toString('utf8')
            .split('\n')
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l));
    }
    /** An object store has no append: the history is written whole, under the alias's lease. */
    async appendHistory(name, alias, _event, all) {
        await (await this.s()).put(this.key(name, 'history', `${alias}.jsonl`), Buffer.from(all.map((e) => JSON.stringify(e) + '\n').join('')), 'application/x-ndjson');
    }
    /**
     * A lease object taken by a conditional write: created with If-None-Match: * when absent, or
     * replaced with If-Match: <its ETag> when released or expired — of any number of contenders exactly
     * one write succeeds. Released the same way (If-Match our ETag), so a lease taken over after expiry
     * is never released by the one who lost it. The alias itself is still written by compare-and-swap.
     */
    async withLock(name, key, holder, waitMs, fn) {
        const store = await this.s();
        await this.checkConditionalWrites(store);
        const k = this.key(name, 'locks', `${key.replace(/[^A-Za-z0-9_.-]/g, '-')}.json`);
        const leaseMs = this.opts.leaseMs ?? LEASE_MS;
        const deadline = Date.now() + waitMs;
        const write = (lease, cond) => store.put(k, Buffer.from(JSON.stringify({ schema: 'mlgate/lease@1', key, ...lease, owner: (0,external_node_crypto_.randomUUID)() }) + '\n'), JSON_TYPE, cond);
        let ours;
        let last;
        while (!ours) {
            const cur = await store.get(k);
            last = cur ? parseLease(cur.bytes) : undefined;
            const busy = last?.state === 'held' && Date.parse(last.expires) > Date.now();
            if (!busy) {
                const since = new Date();
                try {
                    ours = await write({ holder, since: since.toISOString(), expires: new Date(since.getTime() + leaseMs).toISOString(), state: 'held' }, cur ? { ifMatch: cur.etag } : { ifNoneMatch: '*' });
                    break;
                }
                catch (e) {
                    if (!(e instanceof object_store/* PreconditionFailed */.O))
                        throw e;
                }
            }
            if (Date.now() >= deadline)
                throw new LockBusy(key, last?.holder ?? 'another writer', last?.since);
            await backend_sleep(30 + Math.random() * 70);
        }
        try {
            return await fn(alwaysHeld);
        }
        finally {
            const now = new Date().toISOString();
            try {
                await write({ holder, since: now, expires: now, state: 'released' }, { ifMatch: ours });
            }
            catch {
                // Taken over as expired, or the store went away: the lease is not ours to release.
            }
        }
    }
    async listModels() {
        const { prefixes } = await (await this.s()).list('', '/');
        return prefixes
            .map((p) => p.replace(/\/$/, ''))
            .filter((p) => !p.startsWith('.'))
            .sort();
    }
}
function parseLease(bytes) {
    try {
        const l = JSON.parse(bytes.toString('utf8'));
        return l.schema === 'mlgate/lease@1' ? l : undefined;
    }
    catch {
        return undefined; // not a lease of this format: taken as free
    }
}

;// CONCATENATED MODULE: ../../packages/registry/src/open.ts





const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;
const SUPPORTED = 'use file://DIR, oci://HOST/REPO, s3://BUCKET/PREFIX or azblob://ACCOUNT/CONTAINER/PREFIX';
/** A key prefix a person can read in a bucket console: segments of letters, digits, `.`, `_`, `-`. */
const PREFIX = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*)(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
/** Secrets of the object stores' clients, from the environment they read them from. */
function maskStoreSecrets(kind, secret) {
    if (!secret)
        return;
    const env = process.env;
    const found = kind === 's3'
        ? [env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN]
        : [env.AZURE_STORAGE_SAS_TOKEN, ...[...(env.AZURE_STORAGE_CONNECTION_STRING ?? '').matchAll(/(?:^|;)(?:AccountKey|SharedAccessSignature)=([^;]+)/g)].map((m) => m[1])];
    for (const v of found)
        if (v)
            secret(v);
}
function storeRegistry(url, opts, field) {
    const m = url.match(/^(s3|azblob):\/\/([^/?#]*)(?:\/([^?#]*))?$/);
    if (!m) {
        if (/^(s3|azblob):\/\//.test(url))
            throw new src/* ConfigurationError */.j1(`registry "${url.replace(/[?#].*$/, '?…')}": no query or fragment in the URL — credentials come from the environment (docs/deploy.md)`, { field });
        return undefined;
    }
    const kind = m[1];
    const [first, ...rest] = (m[3] ?? '').replace(/\/+$/, '').split('/').filter((s, i) => i > 0 || s !== '');
    const host = m[2];
    if (host.includes('@'))
        throw new src/* ConfigurationError */.j1('put no credentials in the registry URL: they come from the environment (docs/deploy.md)', { field });
    const checkPrefix = (p) => {
        if (p && (!PREFIX.test(p) || p.split('/').includes('..')))
            throw new src/* ConfigurationError */.j1(`registry "${url}": the prefix "${p}" is not valid (segments of letters, digits, ".", "_" and "-", separated by "/")`, { field });
        return p;
    };
    maskStoreSecrets(kind, opts.secret);
    const leaseMs = opts.store?.leaseMs;
    if (kind === 's3') {
        if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(host))
            throw new src/* ConfigurationError */.j1(`registry "${url}": "${host}" is not an S3 bucket name (3 to 63 lower-case letters, digits, "." and "-")`, { field });
        const prefix = checkPrefix([first, ...rest].filter(Boolean).join('/'));
        const clean = `s3://${host}${prefix ? `/${prefix}` : ''}`;
        return new Registry(new ObjectStoreBackend({ kind, url: clean, leaseMs, open: async () => (await Promise.all(/* import() */[__webpack_require__.e(155), __webpack_require__.e(448)]).then(__webpack_require__.bind(__webpack_require__, 9448))).s3Store({ bucket: host, prefix, url: clean, partSize: opts.store?.partSize }) }));
    }
    if (!/^[a-z0-9]{3,24}$/.test(host))
        throw new src/* ConfigurationError */.j1(`registry "${url}": "${host}" is not an Azure Storage account name (3 to 24 lower-case letters and digits)`, { field });
    if (!first || !/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/.test(first))
        throw new src/* ConfigurationError */.j1(`registry "${url}": name a container after the account (azblob://ACCOUNT/CONTAINER/PREFIX; 3 to 63 lower-case letters, digits and single hyphens)`, { field });
    const prefix = checkPrefix(rest.join('/'));
    const clean = `azblob://${host}/${first}${prefix ? `/${prefix}` : ''}`;
    return new Registry(new ObjectStoreBackend({ kind, url: clean, leaseMs, open: async () => (await Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(594), __webpack_require__.e(571)]).then(__webpack_require__.bind(__webpack_require__, 7571))).azureStore({ account: host, container: first, prefix, url: clean, blockSize: opts.store?.partSize }) }));
}
/**
 * `file://DIR` (or a plain path), `oci://HOST[:PORT]/REPO` (HTTPS; plain HTTP for loopback hosts),
 * `oci+http://HOST/REPO` (plain HTTP, for a registry inside a private network), `s3://BUCKET/PREFIX`
 * or `azblob://ACCOUNT/CONTAINER/PREFIX` (their SDKs loaded on first use).
 */
function open_openRegistry(url, opts = {}, field = 'registry') {
    const m = url.match(/^(oci|oci\+http|oci\+https):\/\/([^/]+)(?:\/(.*))?$/);
    if (m) {
        const host = m[2];
        if (host.includes('@'))
            throw new src/* ConfigurationError */.j1('put registry credentials in registry-username/registry-password, not in the registry URL', { field });
        const prefix = (m[3] ?? '').replace(/\/+$/, '');
        if (prefix && !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(prefix)) {
            throw new src/* ConfigurationError */.j1(`registry "${url}": repository "${prefix}" is not valid in OCI (lower-case letters, digits, separators . _ - and /)`, { field });
        }
        const scheme = m[1] === 'oci+http' ? 'http' : m[1] === 'oci+https' ? 'https' : LOOPBACK.test(host) ? 'http' : 'https';
        return new Registry(new OciBackend({ host, scheme, prefix, username: opts.username, password: opts.password, ...opts.oci }));
    }
    const store = storeRegistry(url, opts, field);
    if (store)
        return store;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file://')) {
        throw new src/* ConfigurationError */.j1(`registry "${url.replace(/\/\/[^/@]*@/, '//')}" is not supported: ${SUPPORTED}`, { field });
    }
    const dir = url.startsWith('file://') ? url.slice('file://'.length) : url;
    if (!dir)
        throw new src/* ConfigurationError */.j1('registry "file://" names no directory', { field });
    return new Registry(new FileBackend(dir));
}

;// CONCATENATED MODULE: ../../packages/registry/src/deploy.ts

function withNote(e, note) {
    if (!(e instanceof UserError))
        return e;
    const Ctor = e instanceof RemoteError ? RemoteError : e instanceof DataError ? DataError : e instanceof ConfigurationError ? ConfigurationError : UserError;
    const msg = `${e.message}; ${note}`;
    return Ctor === UserError ? new UserError(e.kind, msg, e.location, { cause: e }) : new Ctor(msg, e.location, { cause: e });
}
/**
 * Publish a model and/or move an alias: the deploy action and `mlgate deploy` in one place. The alias
 * is read before the push and moved by compare-and-swap from that view after it, so a push that fails
 * half-way moves nothing — and the error says where the alias still is.
 */
async function deploy_deploy(registry, o) {
    if (o.rollback) {
        if (o.model || o.promote)
            throw new ConfigurationError('rollback cannot be combined with model or promote: roll back in a step of its own', { field: 'rollback' });
        const move = await registry.rollback(o.name, o.rollback, { who: o.who, why: o.why, to: o.rollbackTo });
        const version = await registry.resolve(o.name, move.to.version);
        return { version, move, alias: o.rollback, previous: move.from };
    }
    if (o.data?.length && !o.model)
        throw new ConfigurationError('data is recorded in the lineage of a version as it is published: give it with model', { field: 'data' });
    if (!o.model && !(o.promote && o.version))
        throw new ConfigurationError('nothing to do: give a model to publish, promote with a version, or rollback', { field: 'model' });
    const seen = o.promote ? ((await registry.alias(o.name, o.promote)) ?? null) : undefined;
    let published;
    if (o.model) {
        try {
            published = await registry.publish(o.name, { model: o.model, version: o.version, who: o.who, source: o.source, attachments: o.attachments, data: o.data, progress: o.progress });
        }
        catch (e) {
            throw o.promote ? withNote(e, `nothing was promoted: ${o.promote} is still at ${seen ? `${seen.version} (${seen.digest})` : '(unset)'}`) : e;
        }
    }
    const version = published ?? (await registry.resolve(o.name, o.version));
    if (!o.promote)
        return { version, published };
    const move = await registry.promote(o.name, o.promote, version.version, { who: o.who, why: o.why, expect: seen?.version ?? null });
    return { version, published, move, alias: o.promote, previous: seen };
}

// EXTERNAL MODULE: ../../packages/report/src/index.ts + 5 modules
var report_src = __webpack_require__(9569);
;// CONCATENATED MODULE: ../../packages/registry/src/render.ts


function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
/** A shell word: single-quoted unless it is plainly safe. */
function shellWord(s) {
    return /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
/** The one line that undoes this deploy. */
function render_rollbackCommand(registry, model, alias) {
    return `mlgate registry rollback --registry ${shellWord(registry)} --name ${shellWord(model)} --alias ${shellWord(alias)}`;
}
function render_deployHeadline(d) {
    if (d.action === 'rollback')
        return `${d.model}: ${d.alias} rolled back to ${d.version}${d.previous ? ` (was ${d.previous.version})` : ''}`;
    if (d.action === 'promote') {
        if (d.previous && d.previous.digest === d.digest)
            return `${d.model} ${d.version} is already in ${d.alias}`;
        return `${d.model} ${d.version} deployed to ${d.alias}${d.previous ? ` (was ${d.previous.version})` : ''}`;
    }
    return d.created === false ? `${d.model} ${d.version} already held these files` : `published ${d.model} ${d.version}`;
}
function render_renderDeploy(d, status) {
    const l = d.lineage;
    const rows = [
        ['model', code(d.model)],
        ['version', code(d.version)],
        ['digest', code(d.digest, 80)],
        ['registry', code(d.registry)],
        ['files', `${l.files.length} file${l.files.length === 1 ? '' : 's'}, ${formatBytes(l.files.reduce((s, f) => s + f.size, 0))} (content ${code(l.contentDigest.slice(0, 19))})`],
        ['published', `${escapeMarkdown(l.createdAt)} by ${escapeMarkdown(l.createdBy)}`],
    ];
    if (l.source.repository)
        rows.push(['repository', escapeMarkdown(l.source.repository)]);
    if (l.source.commit)
        rows.push(['commit', code(l.source.commit)]);
    if (l.source.ref)
        rows.push(['ref', code(l.source.ref)]);
    if (l.source.runUrl)
        rows.push(['workflow run', /^https:\/\/[^\s()<>[\]]+$/.test(l.source.runUrl) ? `[${escapeMarkdown(l.source.runUrl.split('/').slice(-1)[0])}](${l.source.runUrl})` : code(l.source.runUrl)]);
    for (const a of l.attachments) {
        const icon = a.status && a.status in STATUS_ICON ? `${STATUS_ICON[a.status]} ` : '';
        const what = [a.tool, a.name].filter(Boolean).map((s) => escapeMarkdown(s)).join(' ');
        rows.push([a.role === 'evaluation' ? 'evaluation' : 'data profile', `${icon}${what ? `${what}: ` : ''}${escapeMarkdown(a.headline ?? a.path)} (${code(a.digest.slice(0, 19))})`]);
        const o = a.override;
        if (o)
            rows.push(['⚠️ gate overridden', `by @${escapeMarkdown(o.by, 40)} (${escapeMarkdown(o.permission, 20)}) via ${o.via} at ${escapeMarkdown(o.at, 40)} for ${code(o.commit.slice(0, 12))}: ${escapeMarkdown(o.reason, 300)} (rules: ${o.rules.map((r) => code(r)).join(', ')})`]);
    }
    const data = l.data;
    if (data) {
        const bytes = data.files.reduce((n, f) => n + f.size, 0);
        const parts = [...(data.files.length ? [`${data.files.length} file${data.files.length === 1 ? '' : 's'}, ${formatBytes(bytes)}`] : []), ...(data.dvc.length ? [`${data.dvc.length} DVC path${data.dvc.length === 1 ? '' : 's'}`] : [])];
        rows.push(['data', `${parts.join(' and ')} (digest ${code(data.digest.slice(0, 19))})`]);
    }
    if (d.alias)
        rows.push([d.action === 'rollback' ? 'rolled back' : 'alias', `${code(d.alias)}: ${d.previous ? code(d.previous.version) : '(unset)'} → ${code(d.version)}`]);
    if (d.deployment)
        rows.push(['GitHub deployment', 'id' in d.deployment ? `#${d.deployment.id} in environment ${code(d.deployment.environment)}` : `not recorded: ${escapeMarkdown(d.deployment.warning, 300)}`]);
    const files = table(['file', 'size', 'sha256'], l.files.slice(0, 50).map((f) => [code(f.path), formatBytes(f.size), code(f.digest.slice(7, 19))]), ['l', 'r', 'l']);
    const more = l.files.length > 50 ? `\n\n…and ${l.files.length - 50} more files.` : '';
    const dataTable = data ? `\n\n<details><summary>Data</summary>\n\n${renderData(data)}\n\n</details>\n` : '';
    let out = `### ${STATUS_ICON[status]} deploy: ${escapeMarkdown(render_deployHeadline(d))}\n\n${table(['', ''], rows)}\n\n<details><summary>Files</summary>\n\n${files}${more}\n\n</details>\n${dataTable}`;
    if (d.alias) {
        const cmd = render_rollbackCommand(d.registry, d.model, d.alias).replace(/`/g, '');
        out += `\n**Roll back** ${code(d.alias)} in one line:\n\n\`\`\`sh\n${cmd}\n\`\`\`\n`;
    }
    return out;
}
/** The data of a version: files with size and sha256, DVC paths with DVC's hash; paths are untrusted text. */
function renderData(data) {
    const rows = [
        ...data.files.slice(0, 50).map((f) => [code(f.path), formatBytes(f.size), code(f.digest.slice(7, 19))]),
        ...data.dvc.slice(0, 50).map((r) => [`${code(r.path)} (DVC ${r.kind} of ${code(r.file)}${r.stage ? ` stage ${code(r.stage)}` : ''})`, r.size === undefined ? '—' : formatBytes(r.size), code(dvcHash(r))]),
    ];
    const hidden = Math.max(0, data.files.length - 50) + Math.max(0, data.dvc.length - 50);
    return `${table(['data', 'size', 'hash'], rows, ['l', 'r', 'l'])}${hidden ? `\n\n…and ${hidden} more.` : ''}`;
}
function render_aliasAtHeadline(d) {
    return d.event ? `${d.model}: ${d.alias} pointed at ${d.event.to.version} at ${d.at}` : `${d.model}: ${d.alias} had not been set at ${d.at}`;
}
function render_renderAliasAt(d, status) {
    const e = d.event;
    const rows = [
        ['alias', code(d.alias)],
        ['at', escapeMarkdown(d.at)],
        ['version', e ? `${code(e.to.version)} (${code(e.to.digest, 80)})` : '(unset)'],
    ];
    if (e)
        rows.push(['since', `${escapeMarkdown(e.when)}: ${e.action} from ${e.from ? code(e.from.version) : '(unset)'} by ${escapeMarkdown(e.who, 80)}${e.why ? ` — ${escapeMarkdown(e.why, 300)}` : ''}`]);
    rows.push(['registry', code(d.registry)]);
    return `### ${STATUS_ICON[status]} deploy ${escapeMarkdown(d.model)}: ${escapeMarkdown(render_aliasAtHeadline(d))}\n\n${table(['', ''], rows)}\n`;
}

;// CONCATENATED MODULE: ../../packages/registry/src/action.ts








const deployInputs = schemas/* object */.Ikc({
    model: schemas/* optional */.lqM(schemas/* string */.YjP()),
    registry: schemas/* optional */.lqM(schemas/* string */.YjP()),
    version: schemas/* optional */.lqM(schemas/* string */.YjP()),
    promote: schemas/* optional */.lqM(schemas/* string */.YjP()),
    rollback: schemas/* optional */.lqM(schemas/* string */.YjP()),
    'rollback-to': schemas/* optional */.lqM(schemas/* string */.YjP()),
    'metrics-report': schemas/* optional */.lqM(schemas/* string */.YjP()),
    'data-profile': schemas/* optional */.lqM(schemas/* string */.YjP()),
    data: schemas/* optional */.lqM(schemas/* string */.YjP()),
    'registry-username': schemas/* optional */.lqM(schemas/* string */.YjP()),
    'registry-password': schemas/* optional */.lqM(schemas/* string */.YjP()),
    reason: schemas/* optional */.lqM(schemas/* string */.YjP()),
    'alias-at': schemas/* optional */.lqM(schemas/* string */.YjP()),
});
/** `production` or `production to: 3` (the inline form of rollback-to). */
function parseRollback(value, to) {
    if (!value)
        return to ? { to } : {};
    const m = value.trim().match(/^(\S+)(?:\s+to:?\s*(\S+))?$/);
    if (!m)
        throw new ConfigurationError(`input "rollback": expected an alias, optionally followed by "to: VERSION" (got "${value}")`, { field: 'rollback' });
    if (m[2] && to && m[2] !== to)
        throw new ConfigurationError(`input "rollback" says to: ${m[2]} but "rollback-to" says ${to}`, { field: 'rollback-to' });
    return { alias: m[1], to: m[2] ?? to };
}
function lines(v) {
    return (v ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** The deploy action as an Action: the same run on a runner (actions/deploy) and in the terminal (mlgate deploy). */
function deployAction(hooks = {}) {
    return {
        tool: 'deploy',
        inputs: deployInputs,
        async run({ inputs, host }) {
            if (inputs['registry-password'])
                host.setSecret(inputs['registry-password']);
            const name = host.input('name')?.trim();
            if (!name)
                throw new ConfigurationError('input "name" is required: the model name in the registry (e.g. churn-model)', { field: 'name' });
            const d = hooks.defaults?.({ token: inputs['github-token'] }) ?? {};
            const registryUrl = inputs.registry ?? d.registry;
            if (!registryUrl)
                throw new ConfigurationError('input "registry" is required: file://DIR, oci://HOST/REPO, s3://BUCKET/PREFIX or azblob://ACCOUNT/CONTAINER/PREFIX', { field: 'registry' });
            const usingDefaultCreds = !inputs['registry-username'] && !inputs['registry-password'];
            const username = inputs['registry-username'] ?? (usingDefaultCreds ? d.username : undefined);
            const password = inputs['registry-password'] ?? (usingDefaultCreds ? d.password : undefined);
            if (password)
                host.setSecret(password);
            const registry = openRegistry(registryUrl, { username, password, secret: (v) => host.setSecret(v) });
            if (inputs['alias-at']) {
                if (inputs.model || inputs.promote || inputs.rollback)
                    throw new ConfigurationError('input "alias-at" reads the alias history: use it in a step of its own, without model, promote or rollback', { field: 'alias-at' });
                return aliasAtStep(registry, name, inputs['alias-at']);
            }
            const src = hooks.source?.() ?? {};
            const who = src.actor ?? safeUser();
            const rb = parseRollback(inputs.rollback, inputs['rollback-to']);
            if (rb.to && !rb.alias)
                throw new ConfigurationError('input "rollback-to" needs "rollback" (the alias to move back)', { field: 'rollback-to' });
            const attachments = [
                ...lines(inputs['metrics-report']).map((file) => ({ role: 'evaluation', file })),
                ...lines(inputs['data-profile']).map((file) => ({ role: 'data-profile', file })),
            ];
            const why = inputs.reason ?? (src.runUrl ? `workflow run ${src.runUrl}` : rb.alias ? 'rollback' : 'deploy');
            const { actor: _a, ...source } = src;
            const result = await deploy(registry, {
                name,
                model: inputs.model,
                version: inputs.version,
                promote: inputs.promote,
                rollback: rb.alias,
                rollbackTo: rb.to,
                who,
                why,
                source,
                attachments,
                data: lines(inputs.data),
                progress: progressLogger(host),
            });
            const v = result.version;
            const data = {
                model: name,
                registry: registry.url,
                version: v.version,
                digest: v.digest,
                alias: result.alias,
                action: rb.alias ? 'rollback' : inputs.promote ? 'promote' : 'publish',
                previous: result.previous,
                created: result.published?.created,
                lineage: v.lineage,
            };
            const checks = [];
            if (result.published) {
                checks.push({ id: 'publish', title: 'publish', status: 'pass', message: result.published.created ? `published ${name} ${v.version} (${v.digest})` : `${name} ${v.version} already held exactly these files; no new version` });
            }
            if (result.move) {
                checks.push({ id: 'move', title: result.alias, status: 'pass', message: result.move.moved ? `${result.alias}: ${result.move.from?.version ?? '(unset)'} → ${result.move.to.version}` : `${result.alias} already at ${v.version}` });
                if (hooks.recordDeployment) {
                    const rec = await hooks.recordDeployment({ environment: result.alias, model: name, version: v.version, digest: v.digest, registry: registry.url, description: deployHeadline(data) }, host, inputs['github-token']);
                    if (rec)
                        data.deployment = rec;
                    if (rec && 'warning' in rec)
                        host.warning(`the GitHub deployment was not recorded: ${rec.warning}`);
                }
            }
            const report = makeReport({ tool: 'deploy', name, headline: deployHeadline(data), checks, data });
            if (result.alias)
                host.info(`roll back with: ${rollbackCommand(registry.url, name, result.alias)}`);
            return {
                report,
                markdown: renderDeploy(data, report.status),
                outputs: { version: v.version, digest: v.digest, 'previous-version': result.previous?.version ?? '' },
            };
        },
    };
}
/** `alias-at: production at 2026-11-20T10:00Z`: which version the alias pointed at then, since when, moved by whom and why. */
async function aliasAtStep(registry, name, value) {
    const m = value.trim().match(/^(\S+)\s+at\s+(\S+)$/);
    if (!m)
        throw new ConfigurationError(`input "alias-at": expected "ALIAS at TIME", e.g. "production at 2026-11-20T10:00Z" (got "${value}")`, { field: 'alias-at' });
    const at = parseInstant(m[2]);
    if (!at)
        throw new ConfigurationError(`input "alias-at": ${INSTANT_EXPECTED} (got "${m[2]}")`, { field: 'alias-at' });
    const alias = checkAlias(m[1], 'alias-at');
    const event = (await registry.aliasAt(name, alias, at)) ?? null;
    const data = { model: name, registry: registry.url, alias, at: at.toISOString(), event };
    const headline = aliasAtHeadline(data);
    const report = makeReport({ tool: 'deploy', name, headline, checks: [{ id: 'alias-at', title: alias, status: 'pass', message: headline }], data });
    return {
        report,
        markdown: renderAliasAt(data, report.status),
        outputs: { 'version-at': event?.to.version ?? '', 'digest-at': event?.to.digest ?? '', since: event?.when ?? '', 'moved-by': event?.who ?? '', 'moved-why': event?.why ?? '' },
    };
}
function safeUser() {
    try {
        return userInfo().username;
    }
    catch {
        return 'unknown';
    }
}
/** One line per 10% of a large upload (a 2 GB push should not look stuck). */
function progressLogger(host) {
    const last = new Map();
    return (p) => {
        if (p.size < 50 << 20)
            return;
        const tenth = Math.floor((p.sent / p.size) * 10);
        if (tenth > (last.get(p.digest) ?? 0)) {
            last.set(p.digest, tenth);
            host.info(`uploaded ${Math.round((p.sent / p.size) * 100)}% of ${p.digest.slice(0, 19)} (${(p.size / 1e6).toFixed(0)} MB)`);
        }
    };
}

;// CONCATENATED MODULE: ../../packages/registry/src/index.ts























/***/ }),

/***/ 8833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ PreconditionFailed)
/* harmony export */ });
/** The store refused a conditional write: the object exists (create only) or has changed (ETag). */
class PreconditionFailed extends Error {
    key;
    constructor(key) {
        super(`the conditional write of ${key} was refused: it changed since it was read`);
        this.key = key;
        this.name = 'PreconditionFailed';
    }
}


/***/ })

};
