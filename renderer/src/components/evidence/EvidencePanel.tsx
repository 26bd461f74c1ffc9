import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  EVIDENCE_LINK_MAX,
  type EvidenceDto,
  type RealisasiSheet,
} from '../../../../shared/ipc/methods/realisasi';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../Banner';
import { Dialog } from '../Dialog';
import { EvidenceList } from './EvidenceList';
import { EvidencePreviewDialog, type EvidenceRef } from './EvidencePreview';
import { fileToBase64 } from '../../lib/files';
import { EVIDENCE_ACCEPT, formatBytes } from './fileData';

interface EvidencePanelProps {
  at: EvidenceRef;
  ikiLineageId: number;
  /** "IKI 2": names the controls for screen readers. */
  label: string;
  evidence: EvidenceDto[];
  editable: boolean;
  maxBytes: number;
  /** The sheet as the backend answered a change. */
  onSheet?: (sheet: RealisasiSheet) => void;
}

function LinkForm({
  onSubmit,
  pending,
  fieldError,
}: {
  onSubmit: (url: string, title: string) => void;
  pending: boolean;
  fieldError: string | null;
}) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(url, title);
  };
  return (
    <form className="evidence-link-form" onSubmit={submit} noValidate aria-label="Tambah tautan bukti">
      <div className={fieldError ? 'field field-invalid' : 'field'}>
        <label className="field-label" htmlFor={`${id}-url`}>
          Tautan
        </label>
        <input
          id={`${id}-url`}
          name="url"
          className="input input-compact"
          type="url"
          placeholder="https://…"
          maxLength={EVIDENCE_LINK_MAX}
          value={url}
          autoFocus
          aria-invalid={fieldError ? true : undefined}
          onChange={(event) => setUrl(event.target.value)}
        />
        {fieldError && (
          <p className="field-error" data-testid="error-url">
            {fieldError}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-title`}>
          Judul (boleh kosong)
        </label>
        <input
          id={`${id}-title`}
          name="title"
          className="input input-compact"
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="btn btn-secondary btn-small"
        disabled={pending}
        data-testid="evidence-link-save"
      >
        {pending ? 'Menyimpan…' : 'Simpan tautan'}
      </button>
    </form>
  );
}

/** One IKI's bukti dukung: the list, the in-app preview, and (when allowed) adding a file or a link. */
export function EvidencePanel({
  at,
  ikiLineageId,
  label,
  evidence,
  editable,
  maxBytes,
  onSheet,
}: EvidencePanelProps) {
  const addFile = useMutation('evidence.addFile');
  const addLink = useMutation('evidence.addLink');
  const remove = useMutation('evidence.remove');
  const [preview, setPreview] = useState<EvidenceDto | null>(null);
  const [removing, setRemoving] = useState<EvidenceDto | null>(null);
  const [linking, setLinking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setNotice(null);
    if (file.size > maxBytes) {
      setError(
        `Berkas "${file.name}" terlalu besar (${formatBytes(file.size)}); ukuran paling besar ${formatBytes(maxBytes)}.`,
      );
      return;
    }
    if (file.size === 0) {
      setError(`Berkas "${file.name}" kosong.`);
      return;
    }
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await fileToBase64(file);
    } catch {
      setReading(false);
      setError(`Berkas "${file.name}" tidak dapat dibaca.`);
      return;
    }
    setReading(false);
    const result = await addFile.run({ ...at, ikiLineageId, fileName: file.name, contentBase64 });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setNotice(`Bukti "${file.name}" tersimpan.`);
    onSheet?.(result.data);
  };

  const saveLink = async (url: string, title: string) => {
    setError(null);
    setLinkError(null);
    const result = await addLink.run({ ...at, ikiLineageId, url, title });
    if (!result.ok) {
      const beside = result.error.fields?.url;
      if (beside) setLinkError(beside);
      else setError(result.error.message);
      return;
    }
    setLinking(false);
    setNotice('Tautan bukti tersimpan.');
    onSheet?.(result.data);
  };

  const confirmRemove = async () => {
    if (!removing) return;
    const result = await remove.run({ ...at, evidenceId: removing.id });
    setRemoving(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setNotice('Bukti dihapus.');
    onSheet?.(result.data);
  };

  const busy = reading || addFile.pending;
  return (
    <div className="evidence-panel" data-testid="evidence-panel">
      <EvidenceList
        evidence={evidence}
        onPreview={setPreview}
        onRemove={editable ? setRemoving : undefined}
      />
      <ErrorBanner message={error} />
      {notice && !error && (
        <p className="evidence-notice" role="status" data-testid="evidence-notice">
          {notice}
        </p>
      )}
      {editable && (
        <div className="evidence-actions">
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            className="visually-hidden"
            accept={EVIDENCE_ACCEPT}
            onChange={(event) => void pickFile(event)}
            data-testid="evidence-file"
            aria-label={`Tambah berkas bukti ${label}`}
          />
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => fileRef.current?.click()}
            disabled={busy}
          >
            {busy ? 'Mengunggah…' : '+ Berkas'}
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => {
              setLinking((open) => !open);
              setLinkError(null);
            }}
            aria-expanded={linking}
            data-testid="evidence-link-toggle"
          >
            + Tautan
          </button>
          <span className="evidence-hint">
            PDF, gambar, atau dokumen kantor; paling besar {formatBytes(maxBytes)}.
          </span>
        </div>
      )}
      {editable && linking && (
        <LinkForm
          onSubmit={(url, title) => void saveLink(url, title)}
          pending={addLink.pending}
          fieldError={linkError}
        />
      )}
      <EvidencePreviewDialog at={at} evidence={preview} onClose={() => setPreview(null)} />
      <Dialog
        open={removing !== null}
        title="Hapus bukti dukung"
        onClose={() => setRemoving(null)}
        size="small"
      >
        <p>
          Hapus bukti <strong>{removing?.title}</strong>? Berkasnya tidak lagi dilampirkan pada realisasi ini;
          jejak audit tetap mencatatnya.
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={() => setRemoving(null)}>
            Batal
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => void confirmRemove()}
            disabled={remove.pending}
            data-testid="evidence-remove-confirm"
          >
            Hapus
          </button>
        </div>
      </Dialog>
    </div>
  );
}
