import { FONT_KEYS, type FontKey, type FontSet } from './fonts';

/** The part of pdfkit's (untyped) font object used for measuring. */
interface MeasurableFont {
  widthOfString(text: string, size: number): number;
}

/**
 * Line breaking with our own measurements, so every cell knows its lines before anything is drawn: a row can
 * then be split between two lines on a page break and no text is ever cut. Word widths are measured once at
 * size 1 and kept for the whole batch (most words repeat from document to document).
 */
type WidthCache = Record<FontKey, Map<string, number>>;

const MAX_CACHED_WIDTHS = 200_000;

/** Widths depend on the font files only: one cache per font set, shared by every document of the process. */
const caches = new WeakMap<FontSet, WidthCache>();

function widthCache(fonts: FontSet): WidthCache {
  let cache = caches.get(fonts);
  if (!cache) {
    cache = Object.fromEntries(FONT_KEYS.map((k) => [k, new Map<string, number>()])) as WidthCache;
    caches.set(fonts, cache);
  }
  return cache;
}

export class Measurer {
  private readonly widths: WidthCache;

  private readonly fonts = new Map<FontKey, MeasurableFont>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    fonts: FontSet,
  ) {
    this.widths = widthCache(fonts);
  }

  /**
   * pdfkit's font object for a registered font. Measuring through it leaves the document's current font and size
   * alone (the writer tracks those to avoid repeating them in the content stream).
   */
  private fontOf(key: FontKey): MeasurableFont {
    let font = this.fonts.get(key);
    if (!font) {
      const doc = this.doc as unknown as { _font: MeasurableFont | null; font(name: string): unknown };
      const previous = doc._font;
      doc.font(key);
      font = doc._font!;
      doc._font = previous;
      this.fonts.set(key, font);
    }
    return font;
  }

  /** Width of `text` at font size 1. */
  private unit(font: FontKey, text: string): number {
    const cache = this.widths[font];
    let width = cache.get(text);
    if (width === undefined) {
      width = this.fontOf(font).widthOfString(text, 1);
      // A long-running app prints many documents: start over rather than grow without end.
      if (cache.size >= MAX_CACHED_WIDTHS) cache.clear();
      cache.set(text, width);
    }
    return width;
  }

  width(text: string, font: FontKey, size: number): number {
    return this.unit(font, text) * size;
  }

  /** The lines `text` takes in `width`; explicit newlines are kept, runs of spaces collapse. Never empty. */
  wrap(text: string, font: FontKey, size: number, width: number): string[] {
    const lines: string[] = [];
    const limit = width + 0.01;
    const space = this.unit(font, ' ') * size;
    for (const paragraph of text.split('\n')) {
      const words = paragraph.split(/[ \t\u00a0]+/).filter((w) => w !== '');
      let line = '';
      let lineWidth = 0;
      for (const word of words) {
        const wordWidth = this.unit(font, word) * size;
        if (line !== '' && lineWidth + space + wordWidth <= limit) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line !== '') lines.push(line);
        if (wordWidth <= limit) {
          line = word;
          lineWidth = wordWidth;
          continue;
        }
        const pieces = this.breakWord(word, font, size, limit);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1)!;
        lineWidth = this.unit(font, line) * size;
      }
      lines.push(line);
    }
    return lines;
  }

  /** A word wider than the cell (a long URL or number) is broken between characters. */
  private breakWord(word: string, font: FontKey, size: number, limit: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const char of Array.from(word)) {
      if (piece !== '' && this.unit(font, piece + char) * size > limit) {
        pieces.push(piece);
        piece = char;
      } else piece += char;
    }
    pieces.push(piece);
    return pieces;
  }
}
