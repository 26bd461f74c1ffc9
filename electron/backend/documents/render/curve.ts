import type { CurveData } from '../content/types';
import type { Writer } from './writer';

const BAR_FILL = '#4d4d4d';
const BAND_FILL = '#cfe0f3';
const BAND_STROKE = '#3a6ea5';

function niceMax(value: number): number {
  if (value <= 5) return Math.max(1, Math.ceil(value));
  const step = value <= 20 ? 2 : value <= 50 ? 5 : 10;
  return Math.ceil(value / step) * step;
}

/**
 * "Kurva distribusi predikat kinerja pegawai" (domain-research §1.10 item 5) as vector graphics: one bar per
 * predikat for the unit's actual counts, and behind each bar the band of counts the organisation's rating allows
 * (SE MenPANRB 3/2023, `kurvaBand`); "Frekuensi Pegawai" up the y-axis. Kept whole on one page.
 */
export function drawCurve(
  w: Writer,
  curve: CurveData,
  options: { width: number; height: number; x?: number },
): void {
  const doc = w.doc;
  const title = `KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI ${curve.orgRatingText}`;
  const titleLines = w.measure.wrap(title, 'bold', 9, options.width);
  const legendHeight = 26;
  const total = titleLines.length * w.lineHeight(9) + 6 + options.height + legendHeight;
  w.ensure(total);
  const x0 = options.x ?? w.left + (w.width - options.width) / 2;
  let y = w.y;
  for (const line of titleLines) {
    w.lineCentered(line, x0, options.width, y, { font: 'bold', size: 9 });
    y += w.lineHeight(9);
  }
  y += 6;

  // Plot area: room on the left for the axis title and ticks, below for the two-line predikat labels.
  const plotLeft = x0 + 44;
  const plotRight = x0 + options.width - 8;
  const plotTop = y + 6;
  const plotBottom = y + options.height - 30;
  const plotHeight = plotBottom - plotTop;
  const bounds = curve.band.flatMap((b) => [b.min ?? 0, b.max ?? 0]);
  const yMax = niceMax(Math.max(1, ...curve.counts, ...bounds, curve.total * 0.7));
  const toY = (v: number) => plotBottom - (v / yMax) * plotHeight;
  const slot = (plotRight - plotLeft) / curve.labels.length;

  // Grid and ticks.
  const ticks = yMax <= 10 ? yMax : 5;
  doc.lineWidth(0.3).strokeColor('#bbbbbb');
  for (let i = 0; i <= ticks; i++) {
    const v = (yMax / ticks) * i;
    const ty = toY(v);
    if (i > 0) doc.moveTo(plotLeft, ty).lineTo(plotRight, ty);
  }
  doc.stroke();
  for (let i = 0; i <= ticks; i++) {
    const v = (yMax / ticks) * i;
    const label = Number.isInteger(v) ? String(v) : v.toFixed(1);
    w.line(label, plotLeft - 4 - w.measure.width(label, 'regular', 7.5), toY(v) - 4, { size: 7.5 });
  }

  // Bands: the allowed counts for each predikat.
  curve.band.forEach((b, i) => {
    if (b.min === null && b.max === null) return;
    const lo = b.min ?? 0;
    const hi = b.max ?? yMax;
    const bx = plotLeft + slot * i + slot * 0.12;
    const bw = slot * 0.76;
    const top = toY(hi);
    const height = Math.max(1.2, toY(lo) - top);
    doc.rect(bx, top, bw, height).fill(BAND_FILL);
    doc.lineWidth(0.8).dash(3, { space: 2 }).rect(bx, top, bw, height).stroke(BAND_STROKE).undash();
  });

  // Bars: the actual counts.
  curve.counts.forEach((count, i) => {
    const bx = plotLeft + slot * i + slot * 0.3;
    const bw = slot * 0.4;
    if (count > 0) doc.rect(bx, toY(count), bw, plotBottom - toY(count)).fill(BAR_FILL);
  });
  w.resetState();
  curve.counts.forEach((count, i) => {
    const label = String(count);
    const cx = plotLeft + slot * i + slot / 2;
    w.line(label, cx - w.measure.width(label, 'bold', 8) / 2, toY(count) - 11, { font: 'bold', size: 8 });
    const labelLines = w.measure.wrap(curve.labels[i]!, 'regular', 7.5, slot - 4);
    labelLines.forEach((line, j) => {
      w.lineCentered(line, plotLeft + slot * i, slot, plotBottom + 4 + j * 9, { size: 7.5 });
    });
  });

  // Axes and the axis title.
  doc
    .lineWidth(0.8)
    .moveTo(plotLeft, plotTop)
    .lineTo(plotLeft, plotBottom)
    .lineTo(plotRight, plotBottom)
    .stroke('#000000');
  const axisTitle = 'Frekuensi Pegawai';
  const atw = w.measure.width(axisTitle, 'regular', 8);
  const ax = x0 + 6;
  const ay = (plotTop + plotBottom) / 2 + atw / 2;
  doc.save();
  doc.rotate(-90, { origin: [ax, ay] });
  w.resetState();
  w.line(axisTitle, ax, ay, { size: 8 });
  doc.restore();
  w.resetState();

  // Legend.
  const ly = y + options.height + 4;
  doc.rect(x0 + 44, ly + 2, 10, 8).fill(BAR_FILL);
  w.resetState();
  w.line(`Jumlah pegawai menurut predikat (n = ${curve.total}, ${curve.unitName})`, x0 + 58, ly + 1, {
    size: 7.5,
  });
  doc.rect(x0 + 44, ly + 14, 10, 8).fill(BAND_FILL);
  doc
    .lineWidth(0.8)
    .dash(3, { space: 2 })
    .rect(x0 + 44, ly + 14, 10, 8)
    .stroke(BAND_STROKE)
    .undash();
  w.resetState();
  w.line(
    curve.orgRating
      ? `Rentang yang dibolehkan kurva untuk capaian kinerja organisasi ${curve.orgRatingText}`
      : 'Capaian kinerja organisasi belum ditetapkan: rentang kurva tidak digambar',
    x0 + 58,
    ly + 13,
    { size: 7.5 },
  );
  w.y = y + options.height + legendHeight;
}
