import { useEffect, useState } from 'react';
import type { EvidenceContent, EvidenceDto } from '../../../../shared/ipc/methods/realisasi';
import { rpc } from '../../api/client';
import { Banner, ErrorBanner } from '../Banner';
import { Dialog } from '../Dialog';
import { Loading } from '../Loading';
import { base64ToBlob, desktopFiles } from '../../lib/files';
import { formatBytes } from './fileData';

export interface EvidenceRef {
  skpId: number;
  periodId: number;
}

type PreviewState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; url: string; content: EvidenceContent };

/** Fetches the file once per opening and shows it from a blob URL that is revoked when the dialog closes. */
function PreviewBody({ at, evidence }: { at: EvidenceRef; evidence: EvidenceDto }) {
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });
  const [outsideError, setOutsideError] = useState<string | null>(null);
  const { skpId, periodId } = at;
  useEffect(() => {
    let live = true;
    let url: string | null = null;
    void rpc('evidence.content', { skpId, periodId, evidenceId: evidence.id }).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setState({ kind: 'error', message: result.error.message });
        return;
      }
      url = URL.createObjectURL(base64ToBlob(result.data.base64, result.data.mimeType));
      setState({ kind: 'ready', url, content: result.data });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [skpId, periodId, evidence.id]);

  if (state.kind === 'loading') return <Loading label="Memuat berkas…" />;
  if (state.kind === 'error') return <ErrorBanner message={state.message} />;
  const { url, content } = state;
  const desktop = desktopFiles();
  const openOutside = async () => {
    if (!desktop) return;
    const outcome = await desktop.openStoredFile({ source: 'evidence', ...at, evidenceId: evidence.id });
    setOutsideError(outcome.ok ? null : outcome.message);
  };
  const isPdf = content.mimeType === 'application/pdf';
  const isImage = content.mimeType.startsWith('image/');
  return (
    <div className="evidence-preview" data-testid="evidence-preview">
      {!content.intact && (
        <Banner tone="error" title="Berkas berubah/rusak" testId="evidence-preview-broken">
          Isi berkas ini tidak lagi sama dengan saat diunggah (sidik SHA-256 berbeda). Minta pegawai
          mengunggah ulang bukti dukungnya.
        </Banner>
      )}
      {isPdf && <iframe className="evidence-frame" src={url} title={`Pratinjau ${content.fileName}`} />}
      {isImage && <img className="evidence-image" src={url} alt={`Pratinjau ${content.fileName}`} />}
      {!isPdf && !isImage && (
        <p className="muted">Pratinjau tidak tersedia untuk jenis berkas ini. Unduh untuk membukanya.</p>
      )}
      <ErrorBanner message={outsideError} />
      <div className="dialog-actions evidence-preview-actions">
        <span className="muted evidence-preview-meta">
          {content.fileName}
          {evidence.size !== null ? ` · ${formatBytes(evidence.size)}` : ''}
        </span>
        {desktop && (
          <button type="button" className="btn btn-secondary" onClick={() => void openOutside()}>
            Buka dengan aplikasi lain
          </button>
        )}
        <a className="btn btn-secondary" href={url} download={content.fileName}>
          Unduh
        </a>
      </div>
    </div>
  );
}

export function EvidencePreviewDialog({
  at,
  evidence,
  onClose,
}: {
  at: EvidenceRef;
  evidence: EvidenceDto | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={evidence !== null}
      title={evidence ? `Bukti dukung: ${evidence.title}` : 'Bukti dukung'}
      onClose={onClose}
      size="large"
    >
      {evidence && <PreviewBody at={at} evidence={evidence} />}
    </Dialog>
  );
}
