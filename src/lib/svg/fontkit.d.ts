/** The part of fontkit the text measure uses (fontkit ships no types). */
declare module "fontkit" {
  export interface GlyphRun {
    advanceWidth: number;
  }
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    layout(text: string): GlyphRun;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Uint8Array): Font;
}
