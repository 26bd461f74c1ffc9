import type { EvaluasiBody } from '../content/types';
import { drawCurve } from './curve';
import { drawInstansiLine, drawPeriodMarks, drawTitle } from './form-header';
import type { DocumentFrame } from './frame';
import { drawHasilKerja, drawIdentity, drawLabelRow, drawPerilaku } from './sections';
import { drawSignatures, signaturesHeight } from './signatures';

/**
 * Evaluasi Kinerja Pegawai (domain-research §1.10), A4 landscape: eight columns (the SKP's six plus realisasi and
 * umpan balik) need the long side, as the national template has it.
 */
export function drawEvaluasi(frame: DocumentFrame, body: EvaluasiBody): void {
  const { w } = frame;
  frame.start('landscape');
  drawTitle(w, body.header.titleLines);
  drawPeriodMarks(w, body.periodMarks);
  drawInstansiLine(w, body.header);
  drawIdentity(w, body.employee, body.appraiser);
  w.y += 8;
  drawLabelRow(w, 'CAPAIAN KINERJA ORGANISASI', body.curve.orgRatingText);
  w.y += 6;
  w.paragraph('POLA DISTRIBUSI:', { font: 'bold', size: 9.5 });
  w.y += 2;
  drawCurve(w, body.curve, { width: 430, height: 165 });
  w.y += 8;
  drawHasilKerja(w, body.rhk, { kualitatif: body.approach === 'KUALITATIF', evaluation: true });
  drawLabelRow(w, 'RATING HASIL KERJA', body.ratingHasil);
  w.y += 8;
  drawPerilaku(w, body.behaviour, true);
  drawLabelRow(w, 'RATING PERILAKU KERJA', body.ratingPerilaku);
  w.y += 8;
  const left = { caption: ['', 'Pegawai yang Dinilai'], person: body.employee };
  const right = {
    caption: [`${frame.settings.city}, ${body.signature.dateText}`, 'Pejabat Penilai Kinerja'],
    person: body.appraiser,
  };
  // The predikat stays on the page of the signatures that attest it.
  w.ensure(w.lineHeight(9) + 8 + signaturesHeight(w, left, right));
  drawLabelRow(w, 'PREDIKAT KINERJA PEGAWAI', body.predikat);
  drawSignatures(w, left, right);
}
