import QRCode from 'qrcode';

/** What the QR of a printed document encodes: the register code and the SHA-256 of the document's content. */
export function qrPayload(code: string, digest: string): string {
  return `SIPKA|${code}|${digest}`;
}

/** A QR drawn once into the PDF as a form XObject, then placed on every page of its document. */
export interface QrForm {
  name: string;
  ref: PDFKit.PDFKitReference;
}

interface PageWithXObjects {
  xobjects: Record<string, PDFKit.PDFKitReference>;
}

let forms = 0;

function n(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * The QR as vector squares (no raster, so it stays sharp at any print resolution), `size` points wide. Dark
 * modules in one row are merged into one rectangle. The drawing is stored once per document and referenced from
 * each page, which keeps a 1,000-document batch from encoding and compressing the same squares on every page.
 */
export function qrForm(doc: PDFKit.PDFDocument, payload: string, size: number): QrForm {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / count;
  const ops: string[] = ['0 g'];
  for (let row = 0; row < count; row++) {
    let start = -1;
    for (let col = 0; col <= count; col++) {
      const dark = col < count && qr.modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        // A hair of overlap keeps viewers from showing seams between neighbouring rows.
        ops.push(`${n(start * cell)} ${n(row * cell)} ${n((col - start) * cell)} ${n(cell + 0.05)} re`);
        start = -1;
      }
    }
  }
  ops.push('f');
  const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, size, size], Resources: {} });
  ref.end(ops.join('\n'));
  forms += 1;
  return { name: `SipkaQr${forms}`, ref };
}

/** Places the QR with its top-left corner at (x, y) of the current page. */
export function placeQr(doc: PDFKit.PDFDocument, form: QrForm, x: number, y: number): void {
  (doc.page as unknown as PageWithXObjects).xobjects[form.name] = form.ref;
  doc.addContent(`q 1 0 0 1 ${n(x)} ${n(y)} cm /${form.name} Do Q`);
}
