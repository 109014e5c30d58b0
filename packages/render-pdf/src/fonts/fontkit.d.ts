// fontkit ships no types; this is the small surface the renderer touches.
declare module 'fontkit' {
  export interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'
    args: number[]
  }
  export interface Path {
    commands: PathCommand[]
    toSVG(): string
  }
  export interface Glyph {
    id: number
    advanceWidth: number
    codePoints: number[]
    path: Path
    _getMetrics(): { leftBearing: number }
  }
  export interface Subset {
    font: Font
    /** Glyph ids of the source font, in subset order. */
    glyphs: number[]
    glyf: Uint8Array[]
    loca: { offsets: number[]; version?: number }
    hmtx: { metrics: Array<{ advance: number; bearing: number }>; bearings?: number[] }
    offset: number
    _addGlyph(gid: number): number
    encode(): Uint8Array
  }
  export interface Font {
    unitsPerEm: number
    ascent: number
    descent: number
    numGlyphs: number
    postscriptName: string
    hasGlyphForCodePoint(codePoint: number): boolean
    glyphForCodePoint(codePoint: number): Glyph
    getGlyph(gid: number, codePoints?: number[]): Glyph
    /** The source font's loca table (version 0: short offsets). */
    loca: { version: number; offsets: number[] }
    createSubset(): Subset
    layout(text: string, features?: unknown): unknown
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
