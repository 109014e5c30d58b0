// Build step after `tsc -b`: dist/gongwen.cjs (the command, parser, DOCX
// renderer and Markdown/HTML writers in one file) and its V8 code cache,
// which bin/gongwen.js loads. See bin/gongwen.js for why.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const loadModule = join(dist, 'convert', 'load.js')

// The PDF and outline renderers read fonts and data files next to their own
// modules, so they stay separate and are imported through the loader.
const renderersThroughLoader = {
  name: 'renderers-through-loader',
  setup(b) {
    b.onLoad({ filter: /[\\/]load\.js$/ }, (args) =>
      args.path === loadModule
        ? { loader: 'js', contents: "export const importPdf = () => __gongwenImport('@gongwen/render-pdf')\nexport const importOutline = () => __gongwenImport('@gongwen/render-outline')\n" }
        : undefined,
    )
  },
}

// docx ships its object spreads compiled by Babel into `_objectSpread2`,
// which copies each property through `toPropertyKey` and `defineProperty`;
// building a document's option objects spent ~8 % of a DOCX batch there.
// Spread sources (the odd arguments) are copied with Object.assign instead,
// which is what native spread does for the plain objects docx spreads;
// literal parts (the even arguments) keep their descriptors as before.
const SPREAD_HELPER = /function _objectSpread2\(e\) \{\n[\s\S]*?\n\}\n/
const nativeSpread = {
  name: 'docx-native-spread',
  setup(b) {
    b.onLoad({ filter: /[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      if (!SPREAD_HELPER.test(source)) {
        console.warn('bundle: docx no longer has the Babel spread helper; left as it is')
        return undefined
      }
      const helper = 'function _objectSpread2(e) {\n\tfor (var r = 1; r < arguments.length; r++) {\n\t\tvar t = arguments[r];\n\t\tif (t == null) continue;\n\t\tif (r % 2) Object.assign(e, t);\n\t\telse Object.defineProperties(e, Object.getOwnPropertyDescriptors(t));\n\t}\n\treturn e;\n}\n'
      return { loader: 'js', contents: source.replace(SPREAD_HELPER, helper) }
    })
  },
}

const { outputFiles } = await build({
  entryPoints: [join(dist, 'bundle.js')],
  outfile: join(dist, 'gongwen.cjs'),
  bundle: true,
  write: false,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@gongwen/render-pdf', '@gongwen/render-outline'],
  // Libraries that resolve files from import.meta.url (fonts, the HTML parser) resolve from the bundle.
  define: { 'import.meta.url': '__gongwenUrl' },
  // Node built-ins imported on demand become require(); a vm script has no import().
  supported: { 'dynamic-import': false },
  plugins: [renderersThroughLoader, nativeSpread],
  logLevel: 'warning',
})
const text = outputFiles[0].text
if (/\bimport\s*\(/.test(text)) throw new Error('bundle: a dynamic import() was left in dist/gongwen.cjs; route it through convert/load.ts')

const id = createHash('sha256').update(text).digest('hex').slice(0, 16)
for (const name of readdirSync(dist)) if (/^gongwen-[0-9a-f]+\.cache$/.test(name)) unlinkSync(join(dist, name))
writeFileSync(join(dist, 'gongwen.cjs'), `// gongwen bundle ${id}\n${text}`)

// The code cache holds the bytecode of every function a conversion ran, so
// convert the bundled sample once before taking it.
const { loadBundle } = createRequire(import.meta.url)('../bin/gongwen.js')
const { api, script } = loadBundle(false)
const out = mkdtempSync(join(tmpdir(), 'gongwen-bundle-'))
let messages = ''
const io = {
  stdout: () => {},
  stderr: (chunk) => void (messages += chunk),
  readStdin: async () => new Uint8Array(),
  stdoutIsTTY: false,
  stderrIsTTY: false,
  env: {},
  cwd: out,
  columns: 80,
}
try {
  const sample = join(root, 'test', 'fixtures', 'corpus', 'sample', 'yubei-2023.txt')
  const code = await api.run(['convert', sample, '--to', 'docx,md,json,html', '-o', out, '--quiet'], io)
  if (code !== 0) throw new Error(`bundle: the sample conversion failed (exit ${code}): ${messages}`)
} finally {
  rmSync(out, { recursive: true, force: true })
}
writeFileSync(join(dist, `gongwen-${id}.cache`), script.createCachedData())
