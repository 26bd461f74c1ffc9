import type { PrintSettings } from './settings';
import type { Writer } from './writer';

const LOGO_SIZE = 62;

/** An image pdfkit has parsed (`openImage`, missing from @types/pdfkit): embedded once, drawn on many pages. */
export interface OpenedImage {
  width: number;
  height: number;
}

interface ImageOpener {
  openImage(src: Buffer): OpenedImage;
}

/** The logo, embedded once per PDF; null when there is none or pdfkit cannot read it (text-only letterhead). */
export function openLogo(doc: PDFKit.PDFDocument, logo: Buffer | null): OpenedImage | null {
  if (!logo || logo.length === 0) return null;
  try {
    const image = (doc as unknown as ImageOpener).openImage(logo);
    return image.width > 0 && image.height > 0 ? image : null;
  } catch {
    return null;
  }
}

/** The lines of the kop: the settings' letterhead lines, else instansi, office and address. */
export function letterheadLines(settings: PrintSettings): string[] {
  const lines = settings.letterheadLines.map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > 0) return lines;
  return [settings.instansiName.toUpperCase(), settings.officeName.toUpperCase(), settings.address].filter(
    (l) => l !== '',
  );
}

/**
 * Kop surat at the top of a document's first page: logo on the left (if any), the lines centred on the page
 * (the first two large and bold, as a government letterhead has them), a double rule below.
 */
export function drawLetterhead(w: Writer, settings: PrintSettings, logo: OpenedImage | null): void {
  const lines = letterheadLines(settings);
  const top = w.y;
  const textLeft = w.left + (logo ? LOGO_SIZE + 8 : 0);
  const textWidth = w.right - (logo ? LOGO_SIZE + 8 : 0) - textLeft;
  let y = top;
  lines.forEach((line, i) => {
    const size = i === 0 ? 13 : i === 1 ? 15 : 9.5;
    const font = i < 2 ? 'bold' : 'regular';
    for (const part of w.measure.wrap(line, font, size, textWidth)) {
      w.lineCentered(part, textLeft, textWidth, y, { font, size });
      y += w.lineHeight(size);
    }
  });
  if (logo) {
    // pdfkit draws an already opened image when given one in place of the bytes.
    w.doc.image(logo as unknown as Buffer, w.left, top, {
      fit: [LOGO_SIZE, LOGO_SIZE],
      align: 'center',
      valign: 'center',
    });
    y = Math.max(y, top + LOGO_SIZE);
  }
  y += 4;
  w.doc.lineWidth(1.8).moveTo(w.left, y).lineTo(w.right, y).stroke('#000000');
  w.doc
    .lineWidth(0.6)
    .moveTo(w.left, y + 3)
    .lineTo(w.right, y + 3)
    .stroke('#000000');
  w.y = y + 12;
}
