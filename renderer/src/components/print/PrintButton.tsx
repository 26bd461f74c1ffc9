import type { DocumentRequest } from '../../../../shared/domain/documents';
import { Dialog } from '../Dialog';
import { Icon } from '../Icon';
import { DraftPrintDialog } from './DraftPrintDialog';
import { PrintResultDialog } from './PrintResultDialog';
import { usePrintDocument } from './usePrintDocument';

interface PrintButtonProps {
  request: DocumentRequest;
  /** "Cetak SKP", "Cetak Evaluasi", "Cetak Rekap". */
  label: string;
  variant?: 'primary' | 'secondary';
  small?: boolean;
  disabled?: boolean;
  testId?: string;
}

/**
 * Prints one document from the backend's PDF: asks before printing an unapproved record as a DRAF, saves it
 * where the user chooses (desktop) or opens it in a new tab (web), and shows its document code.
 */
export function PrintButton({
  request,
  label,
  variant = 'secondary',
  small = false,
  disabled = false,
  testId = 'print-button',
}: PrintButtonProps) {
  const { state, start, confirmDraft, close } = usePrintDocument(request);
  const busy = state.step === 'busy';
  return (
    <>
      <button
        type="button"
        className={`btn btn-${variant}${small ? ' btn-small' : ''}`}
        onClick={start}
        disabled={disabled || busy}
        aria-busy={busy}
        data-testid={testId}
      >
        {busy ? <span className="spinner spinner-small" aria-hidden="true" /> : <Icon name="printer" />}
        {busy ? state.label : label}
      </button>
      <DraftPrintDialog
        open={state.step === 'askDraft'}
        title={state.step === 'askDraft' ? state.preparation.title : ''}
        message={state.step === 'askDraft' ? state.message : ''}
        onConfirm={confirmDraft}
        onClose={close}
      />
      <PrintResultDialog
        result={state.step === 'done' ? state.result : null}
        file={state.step === 'done' ? state.file : null}
        openedTab={state.step === 'done' && state.openedTab}
        onClose={close}
      />
      <Dialog open={state.step === 'failed'} title="Dokumen tidak dapat dicetak" onClose={close} size="small">
        <p role="alert" data-testid="print-error">
          {state.step === 'failed' ? state.message : ''}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={close}>
            Tutup
          </button>
        </div>
      </Dialog>
    </>
  );
}
