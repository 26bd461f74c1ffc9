import type { FontKey, FontSet } from './fonts';
import { Measurer } from './measure';

export type Orientation = 'portrait' | 'landscape';

const A4_SHORT = 595.28;
const A4_LONG = 841.89;
/** Left and right margins (about 1.5 cm), top margin, and the band at the foot kept for the code, QR and page. */
const MARGIN_X = 40;
const MARGIN_TOP = 34;
export const FOOTER_BAND = 78;
/** Line height as a multiple of the font size (Liberation Sans ascender − descender + gap ≈ 1.15 em). */
export const LINE_FACTOR = 1.15;

export interface TextOptions {
  font?: FontKey;
  size?: number;
  color?: string;
}

/**
 * The page cursor for one PDF: pages are added here (all margins zero, so pdfkit never breaks a page on its
 * own), text is placed one measured line at a time, and `y` runs down the content box. Everything that flows
 * (tables, paragraphs, signature blocks) asks `ensure` for room first.
 */
export class Writer {
  readonly measure: Measurer;
  orientation: Orientation = 'portrait';
  y = 0;
  /** Pages added to the PDF so far (all documents). */
  pageCount = 0;
  private font: FontKey | null = null;
  private size = 0;
  private color = '';

  constructor(
    readonly doc: PDFKit.PDFDocument,
    fonts: FontSet,
  ) {
    this.measure = new Measurer(doc, fonts);
  }

  get pageWidth(): number {
    return this.orientation === 'portrait' ? A4_SHORT : A4_LONG;
  }
  get pageHeight(): number {
    return this.orientation === 'portrait' ? A4_LONG : A4_SHORT;
  }
  get left(): number {
    return MARGIN_X;
  }
  get right(): number {
    return this.pageWidth - MARGIN_X;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return MARGIN_TOP;
  }
  get bottom(): number {
    return this.pageHeight - FOOTER_BAND;
  }
  /** Height of the content box of a fresh page. */
  get pageRoom(): number {
    return this.bottom - this.top;
  }
  remaining(): number {
    return this.bottom - this.y;
  }
  atPageTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  newPage(orientation: Orientation = this.orientation): void {
    this.orientation = orientation;
    this.doc.addPage({
      size: 'A4',
      layout: orientation,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    // A new page starts with pdfkit's default graphics state.
    this.font = null;
    this.color = '';
    this.pageCount += 1;
    this.y = this.top;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom + 0.01 || this.atPageTop()) return false;
    this.newPage();
    return true;
  }

  setText({ font = 'regular', size = 10, color = '#000000' }: TextOptions): void {
    if (font !== this.font || size !== this.size) {
      this.doc.font(font).fontSize(size);
      this.font = font;
      this.size = size;
    }
    if (color !== this.color) {
      this.doc.fillColor(color);
      this.color = color;
    }
  }

  /** Forgets the text state after drawing that changed colours or fonts behind the writer's back. */
  resetState(): void {
    this.font = null;
    this.color = '';
  }

  /** One line, its top at `y`; never wrapped. */
  line(text: string, x: number, y: number, options: TextOptions = {}): void {
    if (text === '') return;
    this.setText(options);
    this.doc.text(text, x, y, { lineBreak: false });
  }

  /** A line centred between `x` and `x + width`. */
  lineCentered(text: string, x: number, width: number, y: number, options: TextOptions = {}): void {
    const w = this.measure.width(text, options.font ?? 'regular', options.size ?? 10);
    this.line(text, x + Math.max(0, (width - w) / 2), y, options);
  }

  lineHeight(size: number): number {
    return size * LINE_FACTOR;
  }

  /**
   * A wrapped paragraph at the cursor, flowing onto new pages line by line; `indent` hangs after a prefix such
   * as "1." (printed on the first line only).
   */
  paragraph(
    text: string,
    options: TextOptions & {
      x?: number;
      width?: number;
      align?: 'left' | 'center';
      prefix?: string;
      indent?: number;
    },
  ): void {
    const font = options.font ?? 'regular';
    const size = options.size ?? 10;
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const indent = options.prefix ? (options.indent ?? 16) : 0;
    const lh = this.lineHeight(size);
    const lines = this.measure.wrap(text, font, size, width - indent);
    lines.forEach((line, i) => {
      this.ensure(lh);
      if (i === 0 && options.prefix) this.line(options.prefix, x, this.y, { ...options, font, size });
      if (options.align === 'center') this.lineCentered(line, x, width, this.y, { ...options, font, size });
      else this.line(line, x + indent, this.y, { ...options, font, size });
      this.y += lh;
    });
  }

  /** Height a paragraph would take. */
  paragraphHeight(text: string, font: FontKey, size: number, width: number): number {
    return this.measure.wrap(text, font, size, width).length * this.lineHeight(size);
  }
}
