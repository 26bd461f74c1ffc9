import { formatNip } from '../../../../shared/domain/nip';
import type { PrintedDocumentDto } from '../../../../shared/ipc/methods/documents';
import { formatTimestamp, textOrDash } from '../../lib/format';
import { kindLabel } from './labels';

/** What the register knows of one printed document, as a definition list. */
export function DocumentDetails({ document }: { document: PrintedDocumentDto }) {
  const items: [string, string][] = [
    ['Dokumen', document.title],
    ['Jenis', kindLabel(document.kind)],
    [
      'Pegawai',
      document.employeeName
        ? `${document.employeeName}${document.nip ? ` · NIP ${formatNip(document.nip)}` : ''}`
        : '—',
    ],
    ['Unit kerja', textOrDash(document.unitName)],
    ['Periode', document.periodLabel ?? (document.year ? `Tahun ${document.year}` : '—')],
    ['Revisi yang dicetak', document.recordRevision === null ? '—' : `Revisi ${document.recordRevision}`],
    ['Dicetak', `${formatTimestamp(document.printedAt)} oleh ${document.printedBy}`],
    [
      'Tanda tangan',
      document.draft
        ? 'DRAF — tidak untuk ditandatangani'
        : document.signedAt
          ? `Ditandatangani ${formatTimestamp(document.signedAt)} (pindaian dicatat ${textOrDash(document.signedRecordedBy)})`
          : 'Belum ada pindaian bertanda tangan',
    ],
  ];
  return (
    <dl className="dl-grid document-details" data-testid="document-details">
      {items.map(([label, value]) => (
        <div className="dl-item" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
