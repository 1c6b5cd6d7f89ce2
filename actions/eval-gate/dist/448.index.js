export const id = 448;
export const ids = [448];
export const modules = {

/***/ 9448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3Store: () => (/* binding */ s3Store)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2546);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3155);
/* harmony import */ var _mlgate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1105);
/* harmony import */ var _object_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8833);





const status = (e) => e.$metadata?.httpStatusCode;
const missing = (e) => status(e) === 404 || ['NoSuchKey', 'NotFound'].includes(e.name);
/** An SDK failure as a user error that says what to check; never a credential in it. */
function remote(e, loc, what) {
    const err = e;
    if (err.name === 'CredentialsProviderError')
        return new _mlgate_core__WEBPACK_IMPORTED_MODULE_2__/* .RemoteError */ .Hi(`no AWS credentials to ${what} in ${loc.url}: set them the AWS SDK's usual way (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, or a web identity from aws-actions/configure-aws-credentials)`, { field: 'registry' });
    if (/region is missing/i.test(err.message))
        return new _mlgate_core__WEBPACK_IMPORTED_MODULE_2__/* .RemoteError */ .Hi(`no AWS region for ${loc.url}: set AWS_REGION`, { field: 'registry' });
    const code = status(e);
    if (code === 403 || code === 401)
        return new _mlgate_core__WEBPACK_IMPORTED_MODULE_2__/* .RemoteError */ .Hi(`${loc.url} refused to let these AWS credentials ${what} (${code} ${err.name}): check the role's or user's policy for bucket ${loc.bucket}`, { field: 'registry' });
    if (code === 404 && err.name === 'NoSuchBucket')
        return new _mlgate_core__WEBPACK_IMPORTED_MODULE_2__/* .RemoteError */ .Hi(`the bucket ${loc.bucket} of ${loc.url} does not exist`, { field: 'registry' });
    if (!code)
        return new _mlgate_core__WEBPACK_IMPORTED_MODULE_2__/* .RemoteError */ .Hi(`cannot reach the S3 store of ${loc.url} to ${what}: ${err.message}`, { field: 'registry' });
    return new _mlgate_core__WEBPACK_IMPORTED_MODULE_2__/* .RemoteError */ .Hi(`${loc.url} answered ${code} ${err.name} when asked to ${what}: ${err.message}`, { field: 'registry' });
}
/**
 * The store on S3 or an S3-compatible server. The client takes the AWS SDK's default chain for
 * credentials and region; `AWS_ENDPOINT_URL` (or `AWS_ENDPOINT_URL_S3`) points it at MinIO, R2, Ceph
 * and the like, which are then addressed path-style.
 */
function s3Store(loc) {
    const custom = process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL;
    // Timeouts so that a store that stops answering fails the run instead of hanging it.
    const client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.S3Client({ forcePathStyle: Boolean(custom), ...(custom ? { endpoint: custom } : {}), requestHandler: { connectionTimeout: 10_000, requestTimeout: 300_000 } });
    const Bucket = loc.bucket;
    const full = (key) => (loc.prefix ? `${loc.prefix}/${key}` : key);
    const call = async (what, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            if (e instanceof _object_store_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionFailed */ .O)
                throw e;
            throw remote(e, loc, what);
        }
    };
    return {
        async get(key) {
            return call(`read ${key}`, async () => {
                try {
                    const r = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetObjectCommand({ Bucket, Key: full(key) }));
                    return { bytes: Buffer.from(await r.Body.transformToByteArray()), etag: r.ETag };
                }
                catch (e) {
                    if (missing(e))
                        return undefined;
                    throw e;
                }
            });
        },
        async stream(key) {
            return call(`read ${key}`, async () => {
                try {
                    return (await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetObjectCommand({ Bucket, Key: full(key) }))).Body;
                }
                catch (e) {
                    if (missing(e))
                        return undefined;
                    throw e;
                }
            });
        },
        async size(key) {
            return call(`look up ${key}`, async () => {
                try {
                    return (await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.HeadObjectCommand({ Bucket, Key: full(key) }))).ContentLength ?? 0;
                }
                catch (e) {
                    if (missing(e))
                        return undefined;
                    throw e;
                }
            });
        },
        async put(key, body, contentType, condition) {
            return call(`write ${key}`, async () => {
                try {
                    const r = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.PutObjectCommand({ Bucket, Key: full(key), Body: body, ContentType: contentType, ...(condition && 'ifMatch' in condition ? { IfMatch: condition.ifMatch } : condition ? { IfNoneMatch: '*' } : {}) }));
                    return r.ETag;
                }
                catch (e) {
                    // 412: the condition failed; 409 ConditionalRequestConflict: a concurrent conditional write won.
                    if (condition && (status(e) === 412 || status(e) === 409 || (status(e) === 404 && 'ifMatch' in condition && e.name !== 'NoSuchBucket')))
                        throw new _object_store_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionFailed */ .O(key);
                    throw e;
                }
            });
        },
        async upload(key, file, _size, progress) {
            await call(`upload ${key}`, async () => {
                // Parts go up in parallel; on an error the multipart upload is aborted. A killed process
                // leaves its parts unlisted (never an object): a lifecycle rule removes them (docs/deploy.md).
                const up = new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_1__/* .Upload */ ._({ client, params: { Bucket, Key: full(key), Body: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1 << 20 }), ContentType: 'application/octet-stream' }, partSize: loc.partSize ?? 16 << 20, queueSize: 4, leavePartsOnError: false });
                up.on('httpUploadProgress', (p) => progress?.(p.loaded ?? 0));
                await up.done();
            });
        },
        async list(prefix, delimiter) {
            return call(`list ${prefix || 'the models'}`, async () => {
                const base = full(prefix);
                const strip = loc.prefix ? loc.prefix.length + 1 : 0;
                const keys = [];
                const prefixes = [];
                // The common prefixes are found by skipping past each one (StartAfter its last possible key)
                // rather than with Delimiter, which s3rver answers only for prefixes holding objects directly.
                let StartAfter;
                let ContinuationToken;
                for (;;) {
                    const r = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.ListObjectsV2Command({ Bucket, Prefix: base, ContinuationToken, StartAfter: ContinuationToken ? undefined : StartAfter }));
                    let skipped = false;
                    for (const o of r.Contents ?? []) {
                        const at = delimiter ? o.Key.indexOf(delimiter, base.length) : -1;
                        if (at === -1) {
                            keys.push(o.Key.slice(strip));
                            continue;
                        }
                        const p = o.Key.slice(0, at + delimiter.length);
                        prefixes.push(p.slice(strip));
                        StartAfter = `${p}\u{10FFFF}`;
                        skipped = true;
                        break;
                    }
                    ContinuationToken = !skipped && r.IsTruncated ? r.NextContinuationToken : undefined;
                    if (!skipped && !ContinuationToken)
                        return { keys, prefixes };
                }
            });
        },
    };
}


/***/ })

};
