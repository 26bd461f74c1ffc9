import type { PrintedPerson } from '../content/types';
import type { Writer } from './writer';

export interface SignatureSpec {
  /** Lines above the signing space: "Surabaya, 31 Desember 2026", "Pejabat Penilai Kinerja". */
  caption: string[];
  person: PrintedPerson | null;
}

const SIGN_SPACE = 52;
const SIZE = 10;

function blockLines(w: Writer, spec: SignatureSpec, width: number) {
  const caption = spec.caption.flatMap((c) => (c === '' ? [''] : w.measure.wrap(c, 'regular', SIZE, width)));
  const name = w.measure.wrap(
    spec.person?.fullName || '(.................................)',
    'bold',
    SIZE,
    width,
  );
  const nip = spec.person?.nip ? [`NIP. ${spec.person.nip}`] : [];
  return { caption, name, nip };
}

function layout(w: Writer, left: SignatureSpec | null, right: SignatureSpec | null) {
  const lh = w.lineHeight(SIZE);
  const width = Math.min(250, w.width * 0.42);
  const blocks = [
    left ? { x: w.left, ...blockLines(w, left, width) } : null,
    right ? { x: w.right - width, ...blockLines(w, right, width) } : null,
  ].filter((b) => b !== null);
  const captionLines = Math.max(...blocks.map((b) => b.caption.length));
  const restLines = Math.max(...blocks.map((b) => b.name.length + b.nip.length));
  return { blocks, width, captionLines, height: 10 + captionLines * lh + SIGN_SPACE + restLines * lh };
}

/** The height the pair takes, for keeping the last row of a form with its signatures. */
export function signaturesHeight(w: Writer, left: SignatureSpec | null, right: SignatureSpec | null): number {
  return layout(w, left, right).height;
}

/**
 * Two signature blocks side by side (left, right), each centred in its column: caption, signing space, name
 * (bold, underlined), NIP. The pair is kept together with its captions: it moves to a new page whole.
 */
export function drawSignatures(w: Writer, left: SignatureSpec | null, right: SignatureSpec | null): void {
  const { blocks, width, captionLines, height } = layout(w, left, right);
  const lh = w.lineHeight(SIZE);
  w.ensure(height);
  const top = w.y + 10;
  for (const b of blocks) {
    // Captions are aligned at their last line, so "Pegawai yang Dinilai" sits beside "Pejabat Penilai Kinerja".
    let y = top + (captionLines - b.caption.length) * lh;
    for (const line of b.caption) {
      w.lineCentered(line, b.x, width, y, { size: SIZE });
      y += lh;
    }
    y = top + captionLines * lh + SIGN_SPACE;
    for (const line of b.name) {
      w.lineCentered(line, b.x, width, y, { font: 'bold', size: SIZE });
      const lw = w.measure.width(line, 'bold', SIZE);
      const lx = b.x + (width - lw) / 2;
      w.doc
        .lineWidth(0.6)
        .moveTo(lx, y + SIZE + 1)
        .lineTo(lx + lw, y + SIZE + 1)
        .stroke('#000000');
      y += lh;
    }
    for (const line of b.nip) {
      w.lineCentered(line, b.x, width, y, { size: SIZE });
      y += lh;
    }
  }
  w.y += height;
}
