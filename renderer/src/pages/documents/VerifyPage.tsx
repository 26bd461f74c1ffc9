import { useId, useRef, useState, type FormEvent } from 'react';
import type { VerifyResult } from '../../../../shared/ipc/methods/documents';
import { useMutation } from '../../api/hooks';
import { Icon } from '../../components/Icon';
import { Page } from '../../components/Page';
import { CameraScanner } from './CameraScanner';
import { DocumentDetails } from './DocumentDetails';
import { VERIFY_VIEW } from './labels';

function VerifyAnswer({ result }: { result: VerifyResult }) {
  const view = VERIFY_VIEW[result.status];
  return (
    <section
      className={`card verify-result verify-${view.tone}`}
      aria-live="polite"
      data-testid="verify-result"
      data-status={result.status}
    >
      <div className="verify-head">
        <span className="verify-mark" aria-hidden="true">
          {view.tone === 'success' ? '✓' : view.tone === 'warning' ? '!' : '✕'}
        </span>
        <div>
          <p className="verify-headline" data-testid="verify-headline">
            {view.headline}
          </p>
          <p className="verify-code">
            Kode <span className="code">{result.code}</span>
          </p>
        </div>
      </div>
      <p className="verify-message">{result.message}</p>
      {result.currentRevision !== null && (
        <p className="field-hint">Revisi yang berlaku sekarang: revisi {result.currentRevision}.</p>
      )}
      {result.document && <DocumentDetails document={result.document} />}
    </section>
  );
}

/**
 * "Verifikasi Dokumen": a code typed by hand, typed by a QR scanner (which ends with Enter), or read from the
 * camera, checked against the register and the record as it stands now.
 */
export function VerifyPage() {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const verify = useMutation('documents.verify');

  const check = async (value: string) => {
    const trimmed = value.trim();
    setError(null);
    if (trimmed === '') {
      setResult(null);
      setError('Ketik kode dokumen atau pindai QR-nya.');
      return;
    }
    const answer = await verify.run({ text: trimmed });
    if (answer.ok) {
      setResult(answer.data);
    } else {
      setResult(null);
      setError(answer.error.fields?.text ?? answer.error.message);
    }
    // The next scan replaces the text: a scanner types into the focused field.
    input.current?.focus();
    input.current?.select();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void check(text);
  };

  const onCode = (code: string) => {
    setCamera(false);
    setText(code);
    void check(code);
  };

  return (
    <Page
      title="Verifikasi Dokumen"
      subtitle="Periksa apakah dokumen cetak SIPKA asli dan masih sesuai data yang berlaku, dari kode atau QR-nya."
    >
      <section className="card verify-form-card">
        <form className="verify-form" onSubmit={submit} role="search" aria-label="Periksa kode dokumen">
          <div className="field verify-field">
            <label className="field-label" htmlFor={inputId}>
              Kode dokumen atau isi QR
            </label>
            <input
              ref={input}
              id={inputId}
              name="text"
              className="input verify-input"
              autoComplete="off"
              autoFocus
              spellCheck={false}
              placeholder="Contoh: SKP-7K3M9-QXD2A"
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={hintId}
              aria-invalid={error ? true : undefined}
              data-testid="verify-input"
            />
            {error && (
              <p className="field-error" role="alert" data-testid="verify-error">
                {error}
              </p>
            )}
            <p className="field-hint" id={hintId}>
              Pemindai QR berbentuk pistol dapat langsung dipakai: arahkan ke QR di dokumen, hasilnya diketik
              ke kolom ini dan langsung diperiksa.
            </p>
          </div>
          <div className="verify-actions">
            <button
              type="submit"
              className="btn btn-primary"
              disabled={verify.pending}
              data-testid="verify-submit"
            >
              <Icon name="shield" />
              {verify.pending ? 'Memeriksa…' : 'Periksa'}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => setCamera((open) => !open)}
              aria-expanded={camera}
              data-testid="verify-camera"
            >
              <Icon name="camera" />
              {camera ? 'Tutup kamera' : 'Pindai dengan kamera'}
            </button>
          </div>
        </form>
        {camera && <CameraScanner onCode={onCode} onClose={() => setCamera(false)} />}
      </section>
      {result && <VerifyAnswer result={result} />}
    </Page>
  );
}
