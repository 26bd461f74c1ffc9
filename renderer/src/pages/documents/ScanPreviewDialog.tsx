import { useEffect, useState } from 'react';
import type { PrintedDocumentDto } from '../../../../shared/ipc/methods/documents';
import { rpc } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Loading } from '../../components/Loading';
import { blobFile, desktopFiles, DESKTOP_FAILED, type BlobFile } from '../../lib/files';
import { formatTimestamp } from '../../lib/format';

interface ScanPreviewDialogProps {
  document: PrintedDocumentDto | null;
  onClose: () => void;
}

interface Loaded {
  registerId: number;
  file: BlobFile;
  mimeType: string;
  signedAt: string;
}

function ScanView({ document }: { document: PrintedDocumentDto }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const desktop = desktopFiles();

  useEffect(() => {
    let live = true;
    let made: BlobFile | null = null;
    void rpc('documents.scanContent', { registerId: document.id }).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      made = blobFile(result.data.base64, result.data.mimeType, result.data.fileName);
      setLoaded({
        registerId: document.id,
        file: made,
        mimeType: result.data.mimeType,
        signedAt: result.data.signedAt,
      });
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made.url);
    };
  }, [document.id]);

  const openWithViewer = async () => {
    if (!desktop) return;
    setOpenError(null);
    try {
      const outcome = await desktop.openStoredFile({ source: 'scan', registerId: document.id });
      if (!outcome.ok) setOpenError(outcome.message);
    } catch {
      setOpenError(DESKTOP_FAILED);
    }
  };

  if (error) {
    return (
      <p className="field-error" role="alert">
        {error}
      </p>
    );
  }
  if (!loaded) return <Loading label="Memuat hasil pindai…" />;
  return (
    <div className="scan-preview" data-testid="scan-preview">
      <p className="field-hint">
        {document.title} · kode <span className="code">{document.code}</span> · ditandatangani{' '}
        {formatTimestamp(loaded.signedAt)}
      </p>
      {loaded.mimeType === 'application/pdf' ? (
        <iframe className="scan-frame" src={loaded.file.url} title={`Hasil pindai ${document.code}`} />
      ) : (
        <img className="scan-image" src={loaded.file.url} alt={`Hasil pindai ${document.code}`} />
      )}
      <div className="dialog-actions">
        {desktop ? (
          <button type="button" className="btn btn-secondary" onClick={() => void openWithViewer()}>
            Buka dengan penampil
          </button>
        ) : (
          <a className="btn btn-secondary" href={loaded.file.url} download={loaded.file.fileName}>
            Unduh {loaded.file.fileName}
          </a>
        )}
      </div>
      {openError && (
        <p className="field-error" role="alert">
          {openError}
        </p>
      )}
    </div>
  );
}

/** The signed scan of a printed document, shown in the app (PDF or image). */
export function ScanPreviewDialog({ document, onClose }: ScanPreviewDialogProps) {
  return (
    <Dialog open={document !== null} title="Hasil pindai bertanda tangan" onClose={onClose} size="large">
      {document && <ScanView document={document} />}
    </Dialog>
  );
}
