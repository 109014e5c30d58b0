import { describe, expect, it } from 'vitest'
import type { Heading, Nodes, Root } from '@gongwen/parser'
import { docxStyleTable, toDocx } from '../src/index.js'
import { handmade, reportFront } from './fixtures/handmade.js'
import {
  firstMissingInOrder,
  lineTexts,
  paragraphs,
  part,
  sample,
  squash,
  tocEntries,
  unzipDocx,
  withoutToc,
} from './helpers.js'

function headingsOf(node: Nodes, out: Heading[] = []): Heading[] {
  if (node.type === 'heading') out.push(node)
  else if ('children' in node) for (const child of node.children as Nodes[]) headingsOf(child, out)
  return out
}

async function render(tree: Root, preset: 'official' | 'report' = 'official') {
  return unzipDocx(await toDocx(tree, { preset }))
}

describe.each(['official', 'report'] as const)('raggedRight, preset %s', (preset) => {
  it('sets the justified styles flush left and leaves the others as they were', async () => {
    const stylesOf = async (raggedRight: boolean) => part(unzipDocx(await toDocx(sample(), { preset, raggedRight })), 'word/styles.xml')
    const justified = await stylesOf(false)
    const ragged = await stylesOf(true)
    expect(justified).toContain('<w:jc w:val="both"/>')
    expect(ragged).not.toContain('<w:jc w:val="both"/>')
    expect(ragged.replaceAll('<w:jc w:val="left"/>', '')).toBe(justified.replaceAll('<w:jc w:val="both"/>', '').replaceAll('<w:jc w:val="left"/>', ''))
    // The style table of the plain preset is not changed by having made the ragged one.
    expect(await stylesOf(false)).toBe(justified)
  })
})

describe.each(['official', 'report'] as const)('DOCX XML, preset %s', (preset) => {
  it('defines Heading 1–4 as Word heading styles with outline levels 0–3', async () => {
    const styles = part(await render(sample(), preset), 'word/styles.xml')
    for (const level of [1, 2, 3, 4]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">([\\s\\S]*?)</w:style>`).exec(
        styles,
      )?.[1]
      expect(style, `Heading${level}`).toBeDefined()
      expect(style).toContain(`<w:name w:val="heading ${level}"/>`)
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`)
    }
  })

  it('gives every heading node a Heading N paragraph, in order', async () => {
    for (const tree of [sample(), handmade()]) {
      const doc = withoutToc(part(await render(tree, preset), 'word/document.xml'))
      const headed = paragraphs(doc).filter((p) => /^Heading\d$/.test(p.style ?? ''))
      // Appendix labels are headings of the tree but get the appendix-label style.
      const headings = headingsOf(tree).filter((h) => h.numbering !== null)
      expect(headed.map((p) => p.style)).toEqual(headings.map((h) => `Heading${Math.min(h.depth, 4)}`))
      for (const [index, heading] of headings.entries()) {
        expect(squash(headed[index].text)).toContain(squash(heading.numbering?.marker ?? ''))
      }
    }
  })

  it('sets East Asian fonts in every slot and zh-CN in the document defaults', async () => {
    const styles = part(await render(sample(), preset), 'word/styles.xml')
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? ''
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/)
    const fonts = /<w:rFonts ([^>]*)\/>/.exec(defaults)?.[1] ?? ''
    expect(fonts).toMatch(/w:eastAsia="(仿宋_GB2312|宋体)"/)
    expect(fonts).toMatch(/w:ascii="[^"]+"/)
    expect(fonts).toMatch(/w:hAnsi="[^"]+"/)
    expect(fonts).toContain('w:hint="eastAsia"')
    expect(styles).not.toContain('Calibri')
    // Every style that sets fonts names an East Asian face.
    for (const match of styles.matchAll(/<w:rFonts ([^>]*)\/>/g)) expect(match[1]).toMatch(/w:eastAsia="[^"]+"/)
    const heading1 = /w:styleId="Heading1">[\s\S]*?<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(styles)?.[1]
    expect(heading1).toBe(preset === 'official' ? '黑体' : '黑体')
  })

  it('lists fallbacks for missing fonts in the font table', async () => {
    const fonts = part(await render(sample(), preset), 'word/fontTable.xml')
    expect(fonts).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei"\/><w:charset w:val="86"\/>/)
    if (preset === 'official') expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>')
  })

  it('has a PAGE field in the footer', async () => {
    const parts = await render(sample(), preset)
    const footers = [...parts.keys()].filter((name) => /^word\/footer\d+\.xml$/.test(name))
    expect(footers.length).toBe(preset === 'official' ? 2 : 1)
    for (const name of footers) expect(part(parts, name)).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
    if (preset === 'official') {
      // GB/T 9704: `— 1 —`, odd pages right and even pages left.
      expect(part(parts, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
      const texts = footers.map((name) => part(parts, name))
      expect(texts.some((xml) => xml.includes('<w:jc w:val="right"/>') && xml.includes('— '))).toBe(true)
      expect(texts.some((xml) => xml.includes('<w:jc w:val="left"/>') && xml.includes(' —'))).toBe(true)
    }
  })

  it('has a TOC field with an entry for every heading, already filled in', async () => {
    const doc = part(await render(sample(), preset), 'word/document.xml')
    expect(doc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-4&quot;/)
    const entries = tocEntries(doc)
    const headings = headingsOf(sample())
    expect(headings.length).toBeGreaterThan(0)
    expect(entries.map((entry) => squash(entry.text))).toEqual(
      headings.map((h) => squash((h.numbering?.marker ?? '') + lineTexts(h)[0])),
    )
    expect(entries.map((entry) => entry.style)).toEqual(headings.map((h) => `TOC${Math.min(h.depth, 4)}`))
    // Estimated page numbers, in order, on body pages; the field is dirty so Word puts in its own.
    const pages = entries.map((entry) => entry.page ?? 0)
    expect(pages.every((page) => Number.isInteger(page) && page >= 1)).toBe(true)
    expect([...pages].sort((a, b) => a - b)).toEqual(pages)
    expect(pages[0]).toBe(1)
    expect(doc).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText[^>]*>TOC /)
    // The page numbers sit at the right edge of this preset's text block.
    const { page } = docxStyleTable(preset)
    const right = `<w:tab w:val="right" w:pos="${page.width - page.left - page.right}" w:leader="dot"/>`
    for (const entry of entries) expect(entry.xml).toContain(right)
  })

  it('puts every paragraph of the tree on the page, in order', async () => {
    for (const tree of [sample(), handmade(), reportFront()]) {
      const doc = withoutToc(part(await render(tree, preset), 'word/document.xml'))
      const texts = paragraphs(doc).map((p) => squash(p.text))
      const expected = lineTexts({ ...tree, children: tree.children.filter((c) => c.type !== 'toc') })
      expect(firstMissingInOrder(expected, texts)).toBeUndefined()
    }
  })

  it('writes the core properties from the metadata, dated by the document', async () => {
    const core = part(await render(sample(), preset), 'docProps/core.xml')
    expect(core).toContain('<dc:title>重庆市渝北区人民政府工作报告</dc:title>')
    expect(core).toContain('<dc:subject>政府工作报告</dc:subject>')
    expect(core).toContain('<dc:creator>廖红军</dc:creator>')
    expect(core).toMatch(/<cp:keywords>[^<]*重庆市渝北区[^<]*<\/cp:keywords>/)
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-02-08T00:00:00Z</dcterms:created>')
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-02-08T00:00:00Z</dcterms:modified>')
  })
})

describe('official preset page (GB/T 9704-2012)', () => {
  it('is A4 with 37/28/35/26 mm margins and a 22-line grid', async () => {
    const doc = part(await render(sample()), 'word/document.xml')
    const sections = [...doc.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1])
    expect(sections.length).toBe(2) // TOC, then the body
    for (const section of sections) {
      expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"')
      expect(section).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
      expect(section).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"/)
    }
    expect(sections[1]).toContain('<w:pgNumType w:start="1"/>')
    // 22 lines of 579 twips fill the 225 mm text block.
    expect(22 * 579).toBeLessThanOrEqual(16838 - 2098 - 1984)
  })

  it('sets 16 pt justified body text with a two-character first-line indent and 28.95 pt lines', async () => {
    const styles = part(await render(sample()), 'word/styles.xml')
    const normal = /w:styleId="Normal"[^>]*>([\s\S]*?)<\/w:style>/.exec(styles)?.[1] ?? ''
    expect(normal).toContain('<w:sz w:val="32"/>')
    expect(normal).toContain('<w:jc w:val="both"/>')
    expect(normal).toMatch(/<w:ind [^>]*w:firstLineChars="200"/)
    expect(normal).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/)
    // 28 characters a line: 16 pt glyphs at 98 % fit the 156 mm (8845 twip) line.
    expect(normal).toContain('<w:w w:val="98"/>')
    expect(28 * 16 * 20 * 0.98).toBeLessThanOrEqual(8845)
    expect(28 * 16 * 20 * 0.99).toBeGreaterThan(8845)
    const title = /w:styleId="Title"[^>]*>([\s\S]*?)<\/w:style>/.exec(styles)?.[1] ?? ''
    expect(title).toContain('<w:sz w:val="44"/>')
    // Off the grid, 35 pt apart: a two-line title stays one block.
    expect(title).toMatch(/<w:snapToGrid w:val="0"\/><w:spacing [^>]*w:line="704" w:lineRule="exact"/)
    expect(title).toContain('<w:jc w:val="center"/>')
    for (const [id, face] of [
      ['Heading1', '黑体'],
      ['Heading2', '楷体_GB2312'],
      ['Heading3', '仿宋_GB2312'],
    ]) {
      const style = new RegExp(`w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? ''
      expect(style).toContain(`w:eastAsia="${face}"`)
      expect(style).toContain('<w:sz w:val="32"/>')
    }
    expect(/w:styleId="Heading3"[^>]*>([\s\S]*?)<\/w:style>/.exec(styles)?.[1]).toContain('<w:b/>')
  })

  it('breaks a long title into balanced lines at word boundaries', async () => {
    const doc = part(await render(reportFront()), 'word/document.xml')
    const title = paragraphs(doc).find((p) => p.style === 'Title')
    expect(title?.xml).toContain('<w:br/>')
    const lines = [...(title?.xml ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])
    expect(lines.length).toBe(2)
    expect(lines.join('')).toBe('关于进一步优化营商环境更好服务市场主体的实施意见和工作方案')
    expect(Math.abs(lines[0].length - lines[1].length)).toBeLessThanOrEqual(4)
  })
})

describe('tree structures', () => {
  it('makes circled items a Word numbered list and keeps lead dashes as printed text', async () => {
    const parts = await render(handmade())
    const numbering = part(parts, 'word/numbering.xml')
    expect(numbering).toContain('<w:numFmt w:val="decimalEnclosedCircle"/>')
    const doc = part(parts, 'word/document.xml')
    const numbered = paragraphs(doc).filter((p) => p.xml.includes('<w:numPr>'))
    expect(numbered.map((p) => p.text)).toEqual(['知识产权质押融资风险分担机制；', '科技型企业信贷服务体系。'])
    const dashed = paragraphs(doc).filter((p) => p.style === 'ListParagraph' && !p.xml.includes('<w:numPr>'))
    expect(dashed.map((p) => p.text)).toEqual(['——坚定不移推进改革创新。', '——坚定不移扩大开放合作。'])
  })

  it('starts appendices on a new page with a label in the TOC', async () => {
    const doc = part(await render(handmade()), 'word/document.xml')
    const label = paragraphs(doc).find((p) => p.style === 'AppendixLabel')
    expect(label?.text).toBe('附件1')
    expect(label?.xml).toContain('<w:pageBreakBefore/>')
    // \\u: Word's TOC takes paragraphs with an outline level, and the label style has level 0.
    expect(doc).toMatch(/<w:instrText[^>]*>TOC [^<]*\\u/)
    const styles = part(await render(handmade()), 'word/styles.xml')
    expect(/w:styleId="AppendixLabel"[^>]*>([\s\S]*?)<\/w:style>/.exec(styles)?.[1]).toContain('<w:outlineLvl w:val="0"/>')
    const withoutOwnToc: Root = { ...handmade(), children: handmade().children.filter((c) => c.type !== 'toc') }
    const entries = tocEntries(part(await render(withoutOwnToc), 'word/document.xml'))
    expect(entries.map((p) => p.text)).toContain('附件1')
  })

  it("turns the tree's own 目录 into the TOC field with its lines cached", async () => {
    const doc = part(await render(handmade()), 'word/document.xml')
    expect(doc.match(/<w:sdt>/g)?.length).toBe(1)
    expect(tocEntries(doc).map((p) => [p.style, p.text])).toEqual([
      ['TOC1', '一、总体要求'],
      ['TOC2', '（一）推广范围'],
      ['TOC1', '二、工作措施'],
    ])
  })

  it('sets run-in headings in the face of their depth', async () => {
    const doc = part(await render(handmade()), 'word/document.xml')
    expect(doc).toMatch(/<w:rStyle w:val="RunInHeading3"\/><\/w:rPr><w:t[^>]*>1．科技金融创新。<\/w:t>/)
  })

  it('adds no TOC when asked not to, and none for a document without headings', async () => {
    const noToc = part(unzipDocx(await toDocx(sample(), { toc: false })), 'word/document.xml')
    expect(noToc).not.toContain('<w:sdt>')
    const flat: Root = { ...sample(), children: sample().children.filter((c) => c.type !== 'heading') }
    expect(part(await render(flat), 'word/document.xml')).not.toContain('<w:sdt>')
  })

  it('renders an empty document', async () => {
    const empty: Root = { type: 'root', data: { astVersion: 1, meta: {}, removed: [] }, children: [] }
    const parts = await render(empty)
    expect(part(parts, 'docProps/core.xml')).toContain('1980-01-01T00:00:00Z')
  })
})
