import { Dialog } from '../Dialog';

interface DraftPrintDialogProps {
  open: boolean;
  /** "SKP 2026 — Siti Rahma, S.E." */
  title: string;
  /** The backend's own words when the print was refused, else empty. */
  message: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** A record that is not approved prints only on request, with the DRAF watermark (issue #7, "Bad input"). */
export function DraftPrintDialog({ open, title, message, onConfirm, onClose }: DraftPrintDialogProps) {
  return (
    <Dialog open={open} title="Cetak sebagai DRAF?" onClose={onClose} size="small">
      <div className="print-draft" data-testid="print-draft-dialog">
        <p>
          <strong>{title}</strong> belum disetujui pejabat penilai.
        </p>
        {message && <p className="field-hint">{message}</p>}
        <p>
          Dokumen dapat dicetak dengan tanda air <strong>DRAF</strong> untuk diperiksa bersama, tetapi tidak
          untuk ditandatangani.
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Batal
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={onConfirm}
            data-testid="print-draft-confirm"
          >
            Cetak sebagai DRAF
          </button>
        </div>
      </div>
    </Dialog>
  );
}
