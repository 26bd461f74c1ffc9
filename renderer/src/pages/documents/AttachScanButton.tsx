import { useId, useRef, useState } from 'react';
import { useMutation } from '../../api/hooks';
import { fileToBase64 } from '../../lib/files';

interface AttachScanButtonProps {
  registerId: number;
  code: string;
  /** Told when the scan is stored (the list refreshes itself). */
  onAttached: (message: string) => void;
  onError: (message: string) => void;
}

/** "Lampirkan hasil pindai": a PDF or image of the signed paper, checked by its content in the backend. */
export function AttachScanButton({ registerId, code, onAttached, onError }: AttachScanButtonProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const attach = useMutation('documents.attachScan');
  const [reading, setReading] = useState(false);

  const send = async (file: File) => {
    setReading(true);
    let contentBase64: string;
    try {
      contentBase64 = await fileToBase64(file);
    } catch {
      onError(`Berkas ${file.name} tidak dapat dibaca.`);
      return;
    } finally {
      setReading(false);
    }
    const result = await attach.run({ registerId, fileName: file.name, contentBase64 });
    if (result.ok) onAttached(`Hasil pindai ${code} tersimpan.`);
    else onError(result.error.fields?.contentBase64 ?? result.error.message);
  };

  const busy = reading || attach.pending;
  return (
    <>
      <input
        ref={input}
        id={inputId}
        type="file"
        className="visually-hidden"
        accept="application/pdf,image/png,image/jpeg,image/webp,image/gif,.pdf,.png,.jpg,.jpeg"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void send(file);
        }}
        data-testid="scan-file"
      />
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => input.current?.click()}
        disabled={busy}
        data-testid="scan-attach"
      >
        {busy ? 'Mengunggah…' : 'Lampirkan hasil pindai'}
      </button>
    </>
  );
}
