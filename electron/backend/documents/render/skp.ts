import type { SkpBody } from '../content/types';
import { drawInstansiLine, drawTitle } from './form-header';
import { drawHasilKerja, drawIdentity, drawNumberedList, drawPerilaku } from './sections';
import { drawSignatures, type SignatureSpec } from './signatures';
import type { DocumentFrame } from './frame';

function signatures(body: SkpBody, city: string): [SignatureSpec, SignatureSpec] {
  return [
    { caption: ['', 'Pegawai yang Dinilai'], person: body.employee },
    { caption: [`${city}, ${body.signature.dateText}`, 'Pejabat Penilai Kinerja'], person: body.appraiser },
  ];
}

/**
 * SKP (domain-research §1.2), A4 portrait: the six-column hasil kerja table fits the width of a portrait page,
 * as e-Kinerja prints it. Then the Lampiran SKP on its own page with the same header and signatures.
 */
export function drawSkp(frame: DocumentFrame, body: SkpBody): void {
  const { w } = frame;
  frame.start('portrait');
  drawTitle(w, body.header.titleLines);
  drawInstansiLine(w, body.header);
  drawIdentity(w, body.employee, body.appraiser);
  w.y += 8;
  drawHasilKerja(w, body.rhk, { kualitatif: body.approach === 'KUALITATIF', evaluation: false });
  w.y += 8;
  drawPerilaku(w, body.behaviour, false);
  drawSignatures(w, ...signatures(body, frame.settings.city));

  w.newPage('portrait');
  drawTitle(w, ['LAMPIRAN SASARAN KINERJA PEGAWAI']);
  drawInstansiLine(w, body.header);
  drawIdentity(w, body.employee, body.appraiser);
  w.y += 12;
  drawNumberedList(w, 'DUKUNGAN SUMBER DAYA', body.lampiran.resources);
  drawNumberedList(w, 'SKEMA PERTANGGUNGJAWABAN', body.lampiran.accountability);
  drawNumberedList(w, 'KONSEKUENSI', body.lampiran.consequences);
  drawSignatures(w, ...signatures(body, frame.settings.city));
}
