import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentRequest } from '../../../../shared/domain/documents';
import type { PrintPreparation, PrintResult } from '../../../../shared/ipc/methods/documents';
import { rpc } from '../../api/client';
import { invalidateQueries } from '../../api/hooks';
import { blobFile, desktopFiles, DESKTOP_FAILED, openInNewTab, type BlobFile } from '../../lib/files';

/** What a print has come to; the PrintButton shows a dialog for every state but idle and busy. */
export type PrintState =
  | { step: 'idle' }
  | { step: 'busy'; label: string }
  /** The record is not approved: it prints only as a DRAF, and only when the user says so. */
  | { step: 'askDraft'; preparation: PrintPreparation; message: string }
  | { step: 'done'; result: PrintResult; file: BlobFile | null; openedTab: boolean }
  | { step: 'failed'; message: string };

export interface PrintDocument {
  state: PrintState;
  start: () => void;
  confirmDraft: () => void;
  close: () => void;
}

function release(file: { current: BlobFile | null }): void {
  if (file.current) URL.revokeObjectURL(file.current.url);
  file.current = null;
}

/**
 * One document from the click to the file: documents.prepare (title, file name, remembered folder, draft-only),
 * the DRAF question when needed, then the save dialog (desktop) and documents.print. The web build opens the
 * PDF's bytes in a new tab at once (still within the click's user activation, so no pop-up blocker objects).
 */
export function usePrintDocument(request: DocumentRequest): PrintDocument {
  const [state, setState] = useState<PrintState>({ step: 'idle' });
  const body = JSON.stringify(request);
  const live = useRef(true);
  const fileRef = useRef<BlobFile | null>(null);
  /** The preparation the DRAF question is about, while it is asked. */
  const pending = useRef<PrintPreparation | null>(null);

  const askDraft = useCallback((preparation: PrintPreparation, message: string) => {
    pending.current = preparation;
    setState({ step: 'askDraft', preparation, message });
  }, []);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      release(fileRef);
    };
  }, []);

  const print = useCallback(
    async (preparation: PrintPreparation, draft: boolean) => {
      const desktop = desktopFiles();
      let targetPath: string | null = null;
      if (desktop) {
        try {
          targetPath = await desktop.savePdf(preparation.defaultPath ?? preparation.fileName);
        } catch {
          setState({ step: 'failed', message: DESKTOP_FAILED });
          return;
        }
        if (targetPath === null) {
          setState({ step: 'idle' });
          return;
        }
      }
      setState({ step: 'busy', label: 'Mencetak…' });
      const parsed = JSON.parse(body) as DocumentRequest;
      const result = await rpc('documents.print', { request: parsed, draft, targetPath });
      if (!live.current) return;
      if (!result.ok) {
        if (result.error.code === 'CONFLICT' && !draft && preparation.draftOnly === false) {
          // Approved when the dialog opened, withdrawn since: ask as if it had been a draft from the start.
          askDraft({ ...preparation, draftOnly: true }, result.error.message);
          return;
        }
        setState({ step: 'failed', message: result.error.message });
        return;
      }
      invalidateQueries();
      release(fileRef);
      let openedTab = false;
      if (result.data.base64 !== null) {
        fileRef.current = blobFile(result.data.base64, 'application/pdf', result.data.fileName);
        openedTab = openInNewTab(fileRef.current.url);
      }
      setState({ step: 'done', result: result.data, file: fileRef.current, openedTab });
    },
    [body, askDraft],
  );

  const start = useCallback(() => {
    void (async () => {
      setState({ step: 'busy', label: 'Menyiapkan…' });
      const prepared = await rpc('documents.prepare', { request: JSON.parse(body) as DocumentRequest });
      if (!live.current) return;
      if (!prepared.ok) {
        setState({ step: 'failed', message: prepared.error.message });
        return;
      }
      if (prepared.data.draftOnly) {
        askDraft(prepared.data, '');
        return;
      }
      await print(prepared.data, false);
    })();
  }, [body, print, askDraft]);

  const confirmDraft = useCallback(() => {
    const preparation = pending.current;
    pending.current = null;
    if (!preparation) return;
    setState({ step: 'busy', label: 'Mencetak…' });
    void print(preparation, true);
  }, [print]);

  const close = useCallback(() => {
    pending.current = null;
    release(fileRef);
    setState({ step: 'idle' });
  }, []);

  return { state, start, confirmDraft, close };
}
