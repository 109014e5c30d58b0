/*
 * Entry of the one-file bundle that `bin/gongwen.js` runs (see
 * scripts/bundle.mjs): what the loader needs, in the main thread and in
 * worker threads. Not part of the package's API.
 */
export { run } from './run.js'
export { processIo } from './io.js'
export { serveWorker } from './convert/serve.js'
export { setWorkerEntry } from './convert/pool.js'
