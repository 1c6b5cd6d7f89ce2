// The worker thread of a parallel data scan (packages/checks/src/stream/parallel.ts), bundled as dist/scan-worker/.
import '@mlgate/checks/scan-worker';
