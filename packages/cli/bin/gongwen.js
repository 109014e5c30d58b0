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

/**
 * Compile and evaluate the bundle; undefined when there is none. The cache
 * file is named after the bundle's hash (its first line), so a cache from
 * another build is never applied to this one; V8 itself rejects a cache
 * from another Node version, and then compiles as usual.
 */
function loadBundle(useCache = true) {
  let source
  try {
    source = readFileSync(BUNDLE, 'utf8')
  } catch {
    return undefined
  }
  // Workers set --expose-gc to collect between documents (src/convert/serve.ts),
  // and V8 refuses a code cache made under other flags: so every thread, and
  // the build that makes the cache, sets it before compiling.
  setFlagsFromString('--expose-gc')
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
