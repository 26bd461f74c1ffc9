import type { PrintResult } from '../../../../shared/ipc/methods/documents';
import type { BlobFile } from '../../lib/files';
import { Dialog } from '../Dialog';
import { OpenResult } from './OpenResult';

interface PrintResultDialogProps {
  result: PrintResult | null;
  file: BlobFile | null;
  openedTab: boolean;
  onClose: () => void;
}

/** The printed document: its code (for the Register and Verifikasi Dokumen) and where the PDF is. */
export function PrintResultDialog({ result, file, openedTab, onClose }: PrintResultDialogProps) {
  return (
    <Dialog open={result !== null} title="Dokumen dicetak" onClose={onClose}>
      {result && (
        <div className="print-result" data-testid="print-result">
          <p className="print-title">{result.title}</p>
          <p className="print-code-line">
            Kode dokumen:{' '}
            <strong className="print-code" data-testid="print-code">
              {result.code}
            </strong>
          </p>
          <p className="field-hint">
            {result.pages} halaman · tercatat di Register Cetak. Kode dan QR di dokumen dapat diperiksa di
            halaman Verifikasi Dokumen.
          </p>
          {result.draft && (
            <p className="print-draft-note" role="note">
              Dicetak sebagai DRAF: untuk diperiksa, bukan untuk ditandatangani.
            </p>
          )}
          <OpenResult path={result.path} file={file} openedTab={openedTab} />
          <div className="dialog-actions">
            <button type="button" className="btn btn-secondary" onClick={onClose} data-testid="print-close">
              Tutup
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
