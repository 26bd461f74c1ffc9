import type { FormHeader, PeriodMarksData } from '../content/types';
import type { Writer } from './writer';

/** The form's title lines, bold and centred. */
export function drawTitle(w: Writer, lines: string[], size = 11): void {
  const lh = w.lineHeight(size);
  w.ensure(lines.length * lh);
  for (const line of lines) {
    for (const part of w.measure.wrap(line, 'bold', size, w.width)) {
      w.lineCentered(part, w.left, w.width, w.y, { font: 'bold', size });
      w.y += lh;
    }
  }
}

/**
 * "PERIODE: TRIWULAN I/II/III/IV-AKHIR" with a line through every mark that does not apply (the form's
 * "coret yang tidak perlu").
 */
export function drawPeriodMarks(w: Writer, data: PeriodMarksData, size = 11): void {
  const parts: { text: string; strike: boolean }[] = [{ text: data.prefix, strike: false }];
  data.marks.forEach((m, i) => {
    if (i > 0)
      parts.push({ text: i === data.marks.length - 1 && m.text === 'AKHIR' ? '-' : '/', strike: false });
    parts.push({ text: m.text, strike: !m.applies });
  });
  const widths = parts.map((p) => w.measure.width(p.text, 'bold', size));
  const total = widths.reduce((a, b) => a + b, 0);
  w.ensure(w.lineHeight(size));
  let x = w.left + (w.width - total) / 2;
  parts.forEach((p, i) => {
    w.line(p.text, x, w.y, { font: 'bold', size });
    if (p.strike) {
      const sy = w.y + size * 0.62;
      w.doc
        .lineWidth(1)
        .moveTo(x - 1, sy)
        .lineTo(x + widths[i]! + 1, sy)
        .stroke('#000000');
    }
    x += widths[i]!;
  });
  w.y += w.lineHeight(size);
}

/** "(NAMA INSTANSI)" on the left and "PERIODE PENILAIAN: …" on the right, stacked when they do not fit. */
export function drawInstansiLine(w: Writer, header: Pick<FormHeader, 'instansiName' | 'periodLine'>): void {
  const size = 9.5;
  const lh = w.lineHeight(size);
  const left = header.instansiName.toUpperCase();
  const lw = w.measure.width(left, 'bold', size);
  const rw = w.measure.width(header.periodLine, 'bold', size);
  w.y += 6;
  if (lw + rw + 20 <= w.width) {
    w.ensure(lh);
    w.line(left, w.left, w.y, { font: 'bold', size });
    w.line(header.periodLine, w.right - rw, w.y, { font: 'bold', size });
    w.y += lh;
  } else {
    w.paragraph(left, { font: 'bold', size });
    w.paragraph(header.periodLine, { font: 'bold', size });
  }
  w.y += 3;
}
