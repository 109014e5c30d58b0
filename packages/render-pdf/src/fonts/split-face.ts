import type { Font, Glyph, Path, Subset } from 'fontkit'
import { appendGlyph } from './subset-cache.js'
import { addSubsetGlyphs, assemble, rawTemplate, type Template } from './subset-encode.js'
import { woff2Glyph } from './woff2.js'

/** One WOFF2 file of a face split by unicode-range, and its number among the face's files. */
export interface FacePart {
  number: number
  font: Font
}

/** Where a split face finds its files: by character, and by number. */
export interface SplitFaceSource {
  /** The part that covers `cp` (whether or not it has a glyph for it), or null. */
  partFor(cp: number): FacePart | null
  partByNumber(number: number): FacePart
}

/** Glyph ids of the merged face: a part's glyph `gid` is `(number + 1) × 65536 + gid`; 0 is the first part's .notdef. */
const PART = 0x10000

/** Short loca offsets are halved into 16 bits. */
const SHORT_LOCA_LIMIT = 0x1fffe

/**
 * A face split into WOFF2 files by unicode-range (LXGW WenKai on npm: ~100
 * files of ~150 glyphs, each with the whole font's head, hhea, maxp and post
 * tables), drawn as one font. Each file embedded on its own, a corpus
 * document carried eight Kai fonts on average, each with its own font
 * program, ToUnicode map and widths, and its text switched font between
 * neighbouring characters. As one font, a PDF batch of the corpus takes 8 %
 * less time and its files are 4 % smaller.
 *
 * The merged font answers what the renderer and pdfkit ask of a fontkit font:
 * glyphs by code point carry ids that say which file they come from, and a
 * subset is assembled from the files' re-encoded glyphs (`woff2Glyph`) with
 * the first file's tables, which all files share (the fonts test checks).
 */
export function mergeSplitFace(first: FacePart, source: SplitFaceSource): Font {
  const base = first.font
  const glyphs = new Map<number, Glyph>()
  let template: Template | undefined

  const partOf = (id: number): [FacePart, number] => {
    if (id < PART) return [first, id]
    return [source.partByNumber(Math.floor(id / PART) - 1), id % PART]
  }
  const merged = (part: FacePart, glyph: Glyph): Glyph => {
    const id = (part.number + 1) * PART + glyph.id
    let found = glyphs.get(id)
    if (!found) {
      found = {
        id,
        advanceWidth: glyph.advanceWidth,
        codePoints: glyph.codePoints,
        get path(): Path {
          return glyph.path
        },
        _getMetrics: () => glyph._getMetrics(),
      }
      glyphs.set(id, found)
    }
    return found
  }

  const font: Font = {
    unitsPerEm: base.unitsPerEm,
    ascent: base.ascent,
    descent: base.descent,
    numGlyphs: base.numGlyphs,
    postscriptName: base.postscriptName,
    loca: base.loca,
    hasGlyphForCodePoint(cp: number): boolean {
      return source.partFor(cp)?.font.hasGlyphForCodePoint(cp) ?? false
    },
    glyphForCodePoint(cp: number): Glyph {
      const part = source.partFor(cp)
      if (!part || !part.font.hasGlyphForCodePoint(cp)) return base.getGlyph(0)
      return merged(part, part.font.glyphForCodePoint(cp))
    },
    getGlyph(id: number): Glyph {
      const [part, gid] = partOf(id)
      return id < PART ? part.font.getGlyph(gid) : merged(part, part.font.getGlyph(gid))
    },
    createSubset(): Subset {
      const subset: Subset = base.createSubset()
      subset._addGlyph = function addGlyph(this: Subset, id: number): number {
        const [part, gid] = partOf(id)
        return appendGlyph(this, woff2Glyph(part.font, gid))
      }
      subset.encode = function encode(this: Subset): Uint8Array {
        template ??= rawTemplate(base) ?? undefined
        if (!template) throw new Error(`${base.postscriptName}: a table the subset needs is missing`)
        const baseVersion = (base as unknown as { head: { indexToLocFormat: number } }).head.indexToLocFormat
        addSubsetGlyphs(this, baseVersion)
        // Glyphs from many files can outgrow the short offsets each file was made with.
        const version = this.offset > SHORT_LOCA_LIMIT ? 1 : baseVersion
        this.loca.version = version
        return assemble(template, this, version)
      }
      return subset
    },
    // Replaced by the renderer's nominal layout (`useNominalLayout`) before any use.
    layout(): unknown {
      throw new Error(`${base.postscriptName}: a merged face has no layout of its own`)
    },
  }
  // What pdfkit's EmbeddedFont reads to describe the font; the same in every file.
  for (const key of ['lineGap', 'xHeight', 'capHeight', 'italicAngle', 'bbox', 'head', 'post', 'OS/2'] as const) {
    Object.defineProperty(font, key, { value: (base as unknown as Record<string, unknown>)[key], enumerable: true })
  }
  return font
}
