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
    glyf: Uint8Array[]
    loca: { offsets: number[] }
    hmtx: { metrics: Array<{ advance: number; bearing: number }> }
    offset: number
    _addGlyph(gid: number): number
  }
  export interface Font {
    unitsPerEm: number
    ascent: number
    descent: number
    numGlyphs: number
    postscriptName: string
    hasGlyphForCodePoint(codePoint: number): boolean
    glyphForCodePoint(codePoint: number): Glyph
    getGlyph(gid: number): Glyph
    createSubset(): Subset
    layout(text: string, features?: unknown): unknown
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
