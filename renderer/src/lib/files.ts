import type { OpenOutcome, StoredFileRef } from '../../../electron/preload/bridge';

/*
 * "Save or open a PDF", decided at run time. The desktop app has the main process's save dialog and the
 * system's viewer (`window.sipka.savePdf`, `openDocument`, `openStoredFile`); the web build gets the PDF's bytes
 * and opens them in a new tab, with a download link under the file name for when the browser blocks the tab.
 */

export interface DesktopFiles {
  /** The save dialog, proposing a file name or a full path; null when cancelled. */
  savePdf(suggestion: string): Promise<string | null>;
  openDocument(path: string): Promise<OpenOutcome>;
  openStoredFile(ref: StoredFileRef): Promise<OpenOutcome>;
}

export function desktopFiles(): DesktopFiles | null {
  const bridge = window.sipka;
  const savePdf = bridge?.savePdf;
  const openDocument = bridge?.openDocument;
  const openStoredFile = bridge?.openStoredFile;
  if (!bridge || !savePdf || !openDocument || !openStoredFile) return null;
  return {
    savePdf: (suggestion) => savePdf.call(bridge, suggestion),
    openDocument: (path) => openDocument.call(bridge, path),
    openStoredFile: (ref) => openStoredFile.call(bridge, ref),
  };
}

/** Shown when the main process could not show its dialog or open the viewer at all. */
export const DESKTOP_FAILED =
  'Jendela SIPKA tidak dapat membuka dialog atau penampil berkas. Silakan coba lagi.';

export function base64ToBlob(base64: string, mimeType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** An object URL for bytes, with the name a download should get. Revoke it when it is no longer shown. */
export interface BlobFile {
  url: string;
  fileName: string;
}

export function blobFile(base64: string, mimeType: string, fileName: string): BlobFile {
  return { url: URL.createObjectURL(base64ToBlob(base64, mimeType)), fileName };
}

/**
 * Opens a URL in a new tab. False when the browser blocked it (a pop-up blocker answers null): the caller then
 * shows its download link more prominently.
 */
export function openInNewTab(url: string): boolean {
  const opened = window.open(url, '_blank');
  if (!opened) return false;
  // The PDF tab needs no handle back to the app.
  opened.opener = null;
  return true;
}

/** Starts a download of a URL under a file name (an <a download> click). */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** The file as base64 (without the "data:…;base64," prefix), for the contract's JSON inputs. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const text = typeof reader.result === 'string' ? reader.result : '';
      resolve(text.slice(text.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('Berkas tidak dapat dibaca.'));
    reader.readAsDataURL(file);
  });
}
