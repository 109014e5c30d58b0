// `npm run demo`: convert the bundled sample to every format into out/ and say where the files are.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'packages', 'cli', 'bin', 'gongwen.js')
const sample = join(root, 'samples', 'yubei-2023.txt')
const out = join(root, 'out')
const targets = 'docx,pdf,outline,brief,brief-docx,brief-pdf,md,json,html'

console.log(`gongwen convert samples/yubei-2023.txt --to ${targets} -o out --force\n`)
// No shell: arguments go straight to node.
const result = spawnSync(process.execPath, [bin, 'convert', sample, '--to', targets, '-o', out, '--force', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] })
if (result.status !== 0) {
  console.error(`demo: the conversion failed (exit ${result.status ?? result.signal})`)
  process.exit(result.status || 1)
}
const files = readdirSync(out).filter((f) => f.startsWith('yubei-2023.')).sort()
const width = Math.max(...files.map((f) => f.length))
for (const f of files) console.log(`  ${join(relative(process.cwd(), out) || '.', f).padEnd(width + 4)}  ${(statSync(join(out, f)).size / 1024).toFixed(1).padStart(7)} KB`)
console.log(`\n${files.length} files in ${out}`)
