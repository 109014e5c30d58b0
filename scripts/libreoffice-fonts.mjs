// The CJK fonts LibreOffice gets in the benchmark: the Noto faces gongwen's
// PDF renderer embeds (from npm, as gongwen has them), each name of a preset's
// font stack (仿宋_GB2312, 黑体…) standing for the face gongwen uses for it.
//
// Why: on a machine without a CJK font LibreOffice draws every Chinese
// character as a box and searches the fallback list for each one; that run
// measured 3.6× slower than with the fonts (158 documents: 120 s against
// 33 s). A benchmark against a LibreOffice that can't show the text flatters
// gongwen, and depends on what the machine happens to have installed.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const requireFromPdf = createRequire(join(root, 'packages', 'render-pdf', 'package.json'))
const packageDir = (name) => dirname(requireFromPdf.resolve(`${name}/package.json`))

// The files render-pdf embeds (packages/render-pdf/src/fonts/index.ts). The
// Kai face (LXGW WenKai) ships as 97 web-font slices, which fontconfig can't
// offer as one family, so 楷体 falls back to the serif face.
const FACES = {
  serif: { family: 'Noto Serif SC', file: () => join(packageDir('@expo-google-fonts/noto-serif-sc'), '400Regular', 'NotoSerifSC_400Regular.ttf') },
  'serif-bold': { family: 'Noto Serif SC', file: () => join(packageDir('@expo-google-fonts/noto-serif-sc'), '700Bold', 'NotoSerifSC_700Bold.ttf') },
  sans: { family: 'Noto Sans SC', file: () => join(packageDir('@expo-google-fonts/noto-sans-sc'), '400Regular', 'NotoSansSC_400Regular.ttf') },
  'sans-bold': { family: 'Noto Sans SC', file: () => join(packageDir('@expo-google-fonts/noto-sans-sc'), '700Bold', 'NotoSansSC_700Bold.ttf') },
  kai: { family: 'Noto Serif SC' },
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Write a fontconfig setup into `dir` (the system's configuration, plus the
 * four Noto files and a rule for each name of the presets' stacks) and return the
 * environment that makes LibreOffice use it.
 */
export async function libreOfficeFontEnv(dir) {
  const { FONTS } = await import(pathToFileURL(join(root, 'packages', 'presets', 'dist', 'index.js')).href)
  const fontDir = join(dir, 'fonts')
  mkdirSync(fontDir, { recursive: true })
  for (const face of Object.values(FACES)) {
    if (!face.file) continue
    const file = face.file()
    try {
      symlinkSync(file, join(fontDir, file.split(/[\\/]/).pop()))
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
    }
  }
  // A name only bold stacks have (方正小标宋简体) gets the bold file; names
  // shared with a regular stack (黑体) stay regular, as in the DOCX's runs.
  const regularNames = new Set(Object.values(FONTS).filter((stack) => !stack.embed.endsWith('-bold')).flatMap((stack) => stack.names))
  const rules = []
  for (const stack of Object.values(FONTS)) {
    const face = FACES[stack.embed]
    const bold = stack.embed.endsWith('-bold')
    for (const name of stack.names) {
      if (name === face.family) continue
      const weight = bold && !regularNames.has(name) ? '<edit name="weight" mode="assign"><const>bold</const></edit>' : ''
      rules.push(
        `  <match target="pattern"><test name="family"><string>${escapeXml(name)}</string></test>` +
          `<edit name="family" mode="assign" binding="strong"><string>${escapeXml(face.family)}</string></edit>${weight}</match>`,
      )
    }
  }
  const config = join(dir, 'fonts.conf')
  writeFileSync(
    config,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${escapeXml(fontDir)}</dir>`,
      `  <cachedir>${escapeXml(join(dir, 'cache'))}</cachedir>`,
      ...new Set(rules),
      '</fontconfig>',
      '',
    ].join('\n'),
  )
  return { FONTCONFIG_FILE: config }
}
