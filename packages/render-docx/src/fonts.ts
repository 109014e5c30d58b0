import type { FontStack } from '@gongwen/presets'

/**
 * Font handling: the names written into each script slot, the font table
 * entries that tell Word and LibreOffice what to substitute when a name is not
 * installed, and (only when asked) the Noto files embedded in the package.
 */

/** The four `w:rFonts` slots plus the hint, as docx.js takes them. */
export interface RunFonts {
  ascii: string
  hAnsi: string
  eastAsia: string
  cs: string
  hint: 'eastAsia'
}

/**
 * Word keeps one name per slot, so the stack's first (best) name goes into
 * `w:eastAsia` and the rest become font-table substitutes (see `fontTableXml`).
 * Latin letters and digits get the stack's Latin face, as Chinese templates do.
 * `hint="eastAsia"` makes Word draw ambiguous characters (quotes, dashes, `·`)
 * with the East Asian face, so `“”` and `——` come out full width.
 */
export function runFonts(stack: FontStack, embedded?: string): RunFonts {
  const eastAsia = embedded ?? stack.names[0]
  return { ascii: stack.latin, hAnsi: stack.latin, eastAsia, cs: stack.latin, hint: 'eastAsia' }
}

/** Facts about a font name that Word and LibreOffice use to pick a substitute when it is missing. */
interface FontFacts {
  /** `w:charset`: 86 = GB2312 (Simplified Chinese), 00 = ANSI. */
  charset: '86' | '00'
  /** `roman` = serif, `swiss` = sans: LibreOffice picks a CJK face of that class. */
  family: 'roman' | 'swiss'
}

function factsOf(name: string, stack: FontStack | undefined): FontFacts {
  const sans = stack ? stack.embed.startsWith('sans') : name === 'Arial'
  const latin = name === stack?.latin || !stack
  return { charset: latin ? '00' : '86', family: sans ? 'swiss' : 'roman' }
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * `word/fontTable.xml` for the stacks a document uses. Each first-choice name
 * gets `w:altName` = the next name of its stack and the GB2312 charset, so a
 * machine without 仿宋_GB2312 falls back to 仿宋 (Word) or to a Chinese face
 * of the same family class (Word and LibreOffice), never to a Latin font that
 * shows boxes.
 */
export function fontTableXml(stacks: Iterable<FontStack>): string {
  const entries = new Map<string, { alt: string | undefined; facts: FontFacts }>()
  for (const stack of stacks) {
    entries.set(stack.names[0], { alt: stack.names[1], facts: factsOf(stack.names[0], stack) })
    if (!entries.has(stack.latin)) entries.set(stack.latin, { alt: undefined, facts: factsOf(stack.latin, undefined) })
  }
  const fonts = [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([name, { alt, facts }]) =>
        `<w:font w:name="${escapeXml(name)}">` +
        (alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : '') +
        `<w:charset w:val="${facts.charset}"/><w:family w:val="${facts.family}"/><w:pitch w:val="variable"/>` +
        '</w:font>',
    )
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts.join('') +
    '</w:fonts>'
  )
}

/** The family each embed role is drawn with when fonts are embedded (no free 仿宋/楷体 exists on npm). */
export const EMBEDDED_FAMILY: Record<FontStack['embed'], string> = {
  serif: 'Noto Serif SC',
  'serif-bold': 'Noto Serif SC',
  kai: 'Noto Serif SC',
  sans: 'Noto Sans SC',
  'sans-bold': 'Noto Sans SC',
}

const EMBEDDED_FILES: Record<string, string> = {
  'Noto Serif SC': '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'Noto Sans SC': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
}

/** Loaded once per process: each file is ~15 MB. */
const embeddedCache = new Map<string, Buffer>()

/** The font files for the families `families` names, read on first use. */
export async function embeddedFonts(families: Iterable<string>): Promise<Array<{ name: string; data: Buffer }>> {
  const { createRequire } = await import('node:module')
  const { readFile } = await import('node:fs/promises')
  const require = createRequire(import.meta.url)
  const out: Array<{ name: string; data: Buffer }> = []
  for (const name of [...new Set(families)].sort()) {
    const file = EMBEDDED_FILES[name]
    if (!file) continue
    let data = embeddedCache.get(name)
    if (!data) {
      data = await readFile(require.resolve(file))
      embeddedCache.set(name, data)
    }
    out.push({ name, data })
  }
  return out
}

function keyBytes(guid: string): number[] {
  const hex = guid.replace(/[{}-]/g, '')
  const bytes: number[] = []
  for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16))
  return bytes.reverse()
}

/**
 * docx.js gives each embedded font a random GUID key (and obfuscates the file
 * with it). Replace each key with one derived from the font's name and face,
 * and re-obfuscate, so embedding stays deterministic.
 */
export async function fixFontKeys(parts: Map<string, string | Uint8Array>): Promise<void> {
  const raw = parts.get('word/fontTable.xml')
  const table = raw instanceof Uint8Array ? new TextDecoder().decode(raw) : raw
  if (table === undefined || !table.includes('w:fontKey')) return
  const { createHash } = await import('node:crypto')
  let xml = table
  for (const font of table.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)) {
    for (const embed of font[2].matchAll(/<w:(embed\w+) r:id="rId(\d+)" w:fontKey="(\{[0-9A-F-]+\})"\/>/g)) {
      const [, face, id, oldKey] = embed
      const hash = createHash('sha256').update(`${font[1]}/${face}`).digest('hex').toUpperCase()
      const newKey = `{${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}}`
      xml = xml.replace(oldKey, newKey)
      const path = `word/fonts/font${id}.odttf`
      const data = parts.get(path)
      if (!(data instanceof Uint8Array)) continue
      const from = keyBytes(oldKey)
      const to = keyBytes(newKey)
      const out = new Uint8Array(data)
      for (let i = 0; i < Math.min(32, out.length); i++) out[i] ^= from[i % 16] ^ to[i % 16]
      parts.set(path, out)
    }
  }
  parts.set('word/fontTable.xml', xml)
}
