#!/usr/bin/env node
'use strict'
/*
 * CommonJS (bin/package.json), which Node starts a little faster than a
 * module. Runs dist/gongwen.cjs, the command and its libraries in one file
 * made by `npm run build` (scripts/bundle.mjs), with the V8 code cache made
 * at build time: Node then neither resolves and reads hundreds of modules
 * nor compiles them at every start. Worker threads start from this file too.
 * Without a bundle (only `tsc` was run) it runs dist/index.js.
 */
const { readFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { join } = require('node:path')
const { pathToFileURL } = require('node:url')
const { setFlagsFromString } = require('node:v8')
const { Script } = require('node:vm')
const { isMainThread } = require('node:worker_threads')

const DIST = join(__dirname, '..', 'dist')
const BUNDLE = join(DIST, 'gongwen.cjs')

/*
 * V8 settings of a converting process (measured in the README, "Choices"):
 * - After a forced full collection (`gc()`) V8 discards optimized code
 *   (`--trace-deopt`: "weak objects"), and every worker then recompiled its
 *   hot functions; V8's own collections don't. So the heap is left to V8,
 *   but allowed to grow by 15 % over what survived its last full collection
 *   (V8 allows up to 4×, and the peak of a long batch grew with its length).
 * - Each worker compiles the parser's and renderers' hot functions for
 *   itself; over a batch of a few hundred documents inlining cost more
 *   compile time than it saved.
 * Flags are process-wide and set before anything is compiled: V8 accepts a
 * code cache only under the flags it was made with, and the build that makes
 * the cache (scripts/bundle.mjs) comes through here too.
 */
const V8_FLAGS = ['--no-turbo-inlining', '--heap-growing-percent=15']

function tuneV8() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag)
}

/**
 * Compile and evaluate the bundle; undefined when there is none. The cache
 * file is named after the bundle's hash (its first line), so a cache from
 * another build is never applied to this one; V8 itself rejects a cache
 * from another Node version, and then compiles as usual.
 */
function loadBundle(useCache = true) {
  tuneV8()
  let source
  try {
    source = readFileSync(BUNDLE, 'utf8')
  } catch {
    return undefined
  }
  const id = /^\/\/ gongwen bundle ([0-9a-f]+)\n/.exec(source)?.[1]
  let cachedData
  if (useCache && id) {
    try {
      cachedData = readFileSync(join(DIST, `gongwen-${id}.cache`))
    } catch {
      // No cache: compile from source.
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __gongwenImport, __gongwenUrl) {${source}\n})`, { filename: BUNDLE, cachedData })
  const module = { exports: {} }
  // The PDF and outline renderers stay separate ES modules; a vm script can't import() on its own.
  const importModule = (specifier) => import(specifier)
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST, importModule, pathToFileURL(BUNDLE).href)
  return { api: module.exports, script, id }
}

async function main() {
  const bundle = loadBundle()
  if (!isMainThread) {
    if (bundle) bundle.api.serveWorker()
    else await import('../dist/convert/worker.js')
    return
  }
  let run
  if (bundle) {
    bundle.api.setWorkerEntry(__filename)
    run = bundle.api.run
  } else ({ run } = await import('../dist/index.js'))
  process.exitCode = await run(process.argv.slice(2))
}

module.exports = { loadBundle }
if (require.main === module || !isMainThread) void main()
