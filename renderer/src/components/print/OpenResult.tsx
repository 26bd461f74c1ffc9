import { useState } from 'react';
import { desktopFiles, DESKTOP_FAILED, openInNewTab, type BlobFile } from '../../lib/files';

interface OpenResultProps {
  /** Desktop: where the PDF was saved. */
  path: string | null;
  /** Web: the PDF's bytes as an object URL, or a URL the server serves. */
  file: BlobFile | null;
  /** Web: whether the tab has been opened already; null when it was not tried (a batch that finished later). */
  openedTab: boolean | null;
}

/**
 * What to do with a finished PDF. Desktop: "Buka" hands it to the system viewer (for printing). Web: it opened
 * in a new tab, or the browser blocked that; either way a download link keeps the file name.
 */
export function OpenResult({ path, file, openedTab }: OpenResultProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(false);
  const desktop = desktopFiles();

  if (path !== null && desktop) {
    const open = async () => {
      setMessage(null);
      try {
        const outcome = await desktop.openDocument(path);
        if (!outcome.ok) setMessage(outcome.message);
      } catch {
        setMessage(DESKTOP_FAILED);
      }
    };
    return (
      <div className="print-open">
        <p className="print-path">
          Disimpan di{' '}
          <span className="code" data-testid="print-path">
            {path}
          </span>
        </p>
        <div className="print-open-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void open()}
            data-testid="print-open"
          >
            Buka
          </button>
        </div>
        {message && (
          <p className="field-error" role="alert">
            {message}
          </p>
        )}
      </div>
    );
  }

  if (file === null) return null;
  return (
    <div className="print-open">
      <p className="field-hint" data-testid="print-tab-state">
        {blocked || openedTab === false
          ? 'Browser tidak membuka tab baru (mungkin pop-up diblokir). Unduh berkasnya atau buka lagi:'
          : openedTab
            ? 'Dokumen dibuka di tab baru. Cetak dari sana, atau unduh berkasnya:'
            : 'Dokumen siap. Buka di tab baru untuk mencetak, atau unduh berkasnya:'}
      </p>
      <div className="print-open-actions">
        <a
          className="btn btn-primary"
          href={file.url}
          download={file.fileName}
          title={file.fileName}
          data-testid="print-download"
        >
          Unduh PDF
        </a>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setBlocked(!openInNewTab(file.url))}
          data-testid="print-open-tab"
        >
          Buka di tab baru
        </button>
      </div>
      <p className="print-file-name">
        Nama berkas: <span className="code">{file.fileName}</span>
      </p>
    </div>
  );
}
