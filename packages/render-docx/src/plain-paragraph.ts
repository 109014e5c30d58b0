import { Paragraph, TextRun } from 'docx'
import type { SectionProperties } from 'docx'

type Context = Parameters<Paragraph['prepForXml']>[0]
type Xmlable = ReturnType<Paragraph['prepForXml']>

/**
 * docx.js makes every paragraph a tree of components (properties, run, run
 * properties, text), each checking dozens of options, and writes it through
 * a generic recursion: for the thousands of plain paragraphs of a report
 * that was most of the time of a DOCX. A paragraph that is a style and plain
 * text runs and nothing else is written here directly, as the very object
 * docx.js would make, so the XML is the same byte for byte (a test compares
 * them). When docx.js ends a section at this paragraph (it adds the
 * section's properties to the last paragraph of each section but the last),
 * the runs become real TextRuns and docx.js's own path writes it.
 */
export class PlainParagraph extends Paragraph {
  private runs: string[] | undefined
  private readonly styleId: string | undefined

  constructor(style: string | undefined, runs: string[]) {
    super(style === undefined ? {} : { style })
    this.styleId = style
    this.runs = runs
  }

  override addSectionProperties(sectionProperties: SectionProperties): void {
    if (this.runs) {
      for (const text of this.runs) this.root.push(new TextRun({ text }))
      this.runs = undefined
    }
    super.addSectionProperties(sectionProperties)
  }

  override prepForXml(context: Context): Xmlable {
    if (!this.runs || (this.runs.length === 0 && this.styleId === undefined)) return super.prepForXml(context)
    const children: object[] = []
    if (this.styleId !== undefined) children.push({ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': this.styleId } } }] })
    for (const text of this.runs) children.push({ 'w:r': [{ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, text] }] })
    return { 'w:p': children } as Xmlable
  }
}

/**
 * The texts of `children` when each is a text node without a line break
 * (what the `text` handler turns into one plain TextRun); undefined otherwise.
 */
export function plainRuns(children: ReadonlyArray<{ type: string; value?: string }>): string[] | undefined {
  const runs: string[] = []
  for (const child of children) {
    // An empty run is written differently by docx.js; it is rare enough to leave to it.
    if (child.type !== 'text' || typeof child.value !== 'string' || child.value === '' || child.value.includes('\n')) return undefined
    runs.push(child.value)
  }
  return runs
}
