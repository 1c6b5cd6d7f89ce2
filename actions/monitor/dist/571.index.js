export const id = 571;
export const ids = [571];
export const modules = {

/***/ 37571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureStore: () => (/* binding */ azureStore)
/* harmony export */ });
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99594);
/* harmony import */ var _mlgate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1105);
/* harmony import */ var _object_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78833);



/** Bounded retries: a store that is down is reported within seconds, not after the SDK's two minutes. */
const PIPELINE = { retryOptions: { maxTries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 4000 } };
/**
 * The client from the environment: `AZURE_STORAGE_CONNECTION_STRING` (account key or SAS form, and
 * the endpoint for Azurite or another cloud), else `AZURE_STORAGE_SAS_TOKEN` on the account's
 * public endpoint.
 */
function serviceClient(loc) {
    const cs = process.env.AZURE_STORAGE_CONNECTION_STRING;
    if (cs) {
        const named = /(?:^|;)AccountName=([^;]+)/.exec(cs)?.[1];
        if (named && named !== loc.account)
            throw new _mlgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`AZURE_STORAGE_CONNECTION_STRING is for account "${named}", but the registry ${loc.url} names account "${loc.account}"`, { field: 'registry' });
        return _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS.fromConnectionString(cs, PIPELINE);
    }
    const sas = process.env.AZURE_STORAGE_SAS_TOKEN;
    if (sas)
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS(`https://${loc.account}.blob.core.windows.net?${sas.replace(/^\?/, '')}`, undefined, PIPELINE);
    throw new _mlgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`no Azure Storage credentials for ${loc.url}: set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_SAS_TOKEN (after azure/login, a user delegation SAS from \`az storage container generate-sas --as-user --auth-mode login\`; see docs/deploy.md)`, { field: 'registry' });
}
function remote(e, loc, what) {
    const err = e;
    const code = err.statusCode;
    if (code === 403 || code === 401)
        return new _mlgate_core__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(`${loc.url} refused these Azure Storage credentials to ${what} (${code} ${err.code ?? ''}): check the connection string or SAS (its permissions and expiry)`, { field: 'registry' });
    if (code === 404 && err.code === 'ContainerNotFound')
        return new _mlgate_core__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(`the container ${loc.container} of ${loc.url} does not exist`, { field: 'registry' });
    if (!code)
        return new _mlgate_core__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(`cannot reach the Azure Blob store of ${loc.url} to ${what}: ${err.message}`, { field: 'registry' });
    return new _mlgate_core__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(`${loc.url} answered ${code} ${err.code ?? ''} when asked to ${what}`, { field: 'registry' });
}
function azureStore(loc) {
    const container = serviceClient(loc).getContainerClient(loc.container);
    const full = (key) => (loc.prefix ? `${loc.prefix}/${key}` : key);
    const blob = (key) => container.getBlockBlobClient(full(key));
    const call = async (what, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            if (e instanceof _object_store_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionFailed */ .O || e instanceof _mlgate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
                throw e;
            throw remote(e, loc, what);
        }
    };
    const orMissing = async (fn) => {
        try {
            return await fn();
        }
        catch (e) {
            if (e.statusCode === 404 && e.code !== 'ContainerNotFound')
                return undefined;
            throw e;
        }
    };
    return {
        get: (key) => call(`read ${key}`, () => orMissing(async () => {
            const r = await blob(key).download();
            const chunks = [];
            for await (const c of r.readableStreamBody)
                chunks.push(c);
            return { bytes: Buffer.concat(chunks), etag: r.etag };
        })),
        stream: (key) => call(`read ${key}`, () => orMissing(async () => (await blob(key).download()).readableStreamBody)),
        size: (key) => call(`look up ${key}`, () => orMissing(async () => (await blob(key).getProperties()).contentLength ?? 0)),
        put: (key, body, contentType, condition) => call(`write ${key}`, async () => {
            try {
                const r = await blob(key).upload(body, body.length, { blobHTTPHeaders: { blobContentType: contentType }, conditions: condition });
                return r.etag;
            }
            catch (e) {
                const err = e;
                // If-None-Match: * on an existing blob is 409 BlobAlreadyExists; a changed ETag is 412.
                if (condition && (err.statusCode === 412 || (err.statusCode === 409 && err.code === 'BlobAlreadyExists') || (err.statusCode === 404 && 'ifMatch' in condition && err.code !== 'ContainerNotFound')))
                    throw new _object_store_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionFailed */ .O(key);
                throw e;
            }
        }),
        upload: (key, file, _size, progress) => call(`upload ${key}`, async () => {
            // Blocks are staged, then committed in one call: the blob appears whole or not at all;
            // Azure discards uncommitted blocks after a week.
            await blob(key).uploadFile(file, { blockSize: loc.blockSize ?? 16 << 20, concurrency: 4, blobHTTPHeaders: { blobContentType: 'application/octet-stream' }, onProgress: (p) => progress?.(p.loadedBytes) });
        }),
        list: (prefix, delimiter) => call(`list ${prefix || 'the models'}`, async () => {
            const base = loc.prefix ? `${loc.prefix}/${prefix}` : prefix;
            const strip = loc.prefix ? loc.prefix.length + 1 : 0;
            const keys = [];
            const prefixes = [];
            if (delimiter) {
                for await (const item of container.listBlobsByHierarchy(delimiter, { prefix: base }))
                    (item.kind === 'prefix' ? prefixes : keys).push(item.name.slice(strip));
            }
            else {
                for await (const item of container.listBlobsFlat({ prefix: base }))
                    keys.push(item.name.slice(strip));
            }
            return { keys, prefixes };
        }),
    };
}


/***/ })

};
