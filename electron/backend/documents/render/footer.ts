import { placeQr, qrForm, qrPayload } from './qr';
import { FOOTER_BAND, type Writer } from './writer';

export const QR_SIZE = 56;

export interface FooterStamp {
  code: string;
  digest: string;
  draft: boolean;
}

/**
 * Written on every page of one document once its pages are known (pdfkit `bufferPages`): the document code and
 * the QR on every page, so a single page taken from a file can still be checked, and "Halaman X dari Y"
 * counted within the document (a batch PDF restarts the count for each document).
 */
export function drawFooters(w: Writer, firstPage: number, stamp: FooterStamp, title: string): void {
  const count = w.pageCount - firstPage;
  const qr = qrForm(w.doc, qrPayload(stamp.code, stamp.digest), QR_SIZE);
  for (let i = 0; i < count; i++) {
    w.doc.switchToPage(firstPage + i);
    w.orientation = w.doc.page.width > w.doc.page.height ? 'landscape' : 'portrait';
    w.resetState();
    if (stamp.draft) drawDraftWatermark(w);
    const bandTop = w.pageHeight - FOOTER_BAND;
    const ruleY = bandTop + 6;
    w.doc.lineWidth(0.4).moveTo(w.left, ruleY).lineTo(w.right, ruleY).stroke('#555555');
    const qrX = w.right - QR_SIZE;
    const qrY = ruleY + 5;
    placeQr(w.doc, qr, qrX, qrY);
    const textWidth = qrX - 10 - w.left;
    const page = `Halaman ${i + 1} dari ${count}`;
    w.line(`Kode dokumen: ${stamp.code}`, w.left, qrY + 2, { font: 'bold', size: 8 });
    const caption = stamp.draft ? `DRAF, belum final: ${title}` : title;
    w.line(fit(w, caption, textWidth), w.left, qrY + 13, { size: 7.5, color: '#333333' });
    w.line(
      fit(
        w,
        'Keaslian dokumen dapat diperiksa dengan kode atau QR ini pada menu Verifikasi Dokumen SIPKA.',
        textWidth,
      ),
      w.left,
      qrY + 23,
      { size: 7.5, color: '#333333' },
    );
    w.line(page, qrX - 10 - w.measure.width(page, 'regular', 9), qrY + QR_SIZE - 11, { size: 9 });
  }
}

function fit(w: Writer, text: string, width: number): string {
  if (w.measure.width(text, 'regular', 7.5) <= width) return text;
  let cut = text;
  while (cut.length > 1 && w.measure.width(`${cut}…`, 'regular', 7.5) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A light diagonal "DRAF" across the page for a plan that is not approved. */
function drawDraftWatermark(w: Writer): void {
  const doc = w.doc;
  const cx = w.pageWidth / 2;
  const cy = w.pageHeight / 2;
  const size = 150;
  const text = 'DRAF';
  const width = w.measure.width(text, 'bold', size);
  doc.save();
  doc.rotate(-35, { origin: [cx, cy] });
  doc.fillOpacity(0.1);
  doc.font('bold').fontSize(size).fillColor('#000000');
  doc.text(text, cx - width / 2, cy - size * 0.55, { lineBreak: false });
  doc.restore();
  w.resetState();
}
