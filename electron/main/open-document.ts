import fs from 'node:fs';
import path from 'node:path';
import type { OpenOutcome } from '../preload/bridge';
import { hasPdfExtension } from './file-names';
import type { SavedFolders } from './save-dialog';
import { isTrustedSenderUrl } from './trust';

/*
 * `shell.openPath` hands a file to whatever program the system associates with it, so the main process opens
 * only what the app itself saved (architecture.md: "shell.openPath only on paths the backend produced"). The
 * renderer cannot prove that a path came from documents.print, so the rule is checked here, on the file:
 *   1. an absolute path ending in .pdf (any case), with no NUL byte;
 *   2. it exists and is a regular file, after resolving symbolic links;
 *   3. the backend wrote exactly this path during this run (documents.print or a batch, `wasProducedByBackend`
 *      in electron/backend/documents/output.ts: the backend runs in this process);
 *   4. its folder (after resolving symbolic links) is one the user chose in the PDF save dialog during this run
 *      (`SavedFolders`): a path the renderer sent as targetPath without the dialog is not opened either.
 * Anything else is refused with a message, and nothing is opened.
 */

export const NOT_OPENABLE = 'Berkas ini tidak dapat dibuka dari SIPKA.';
export const NOT_FOUND = 'Berkas tidak ditemukan. Mungkin sudah dipindahkan atau dihapus.';

export type DocumentFs = Pick<typeof fs, 'realpathSync' | 'statSync'>;

export interface OpenRule {
  folders: Pick<SavedFolders, 'has'>;
  producedByBackend: (file: string) => boolean;
  fs?: DocumentFs;
}

export function checkOpenableDocument(
  candidate: unknown,
  rule: OpenRule,
): { ok: true; file: string } | { ok: false; message: string } {
  const fsApi = rule.fs ?? fs;
  if (typeof candidate !== 'string' || candidate === '' || candidate.includes('\0')) {
    return { ok: false, message: NOT_OPENABLE };
  }
  if (!path.isAbsolute(candidate) || !hasPdfExtension(candidate)) return { ok: false, message: NOT_OPENABLE };
  if (!rule.producedByBackend(candidate)) return { ok: false, message: NOT_OPENABLE };
  let real: string;
  try {
    real = fsApi.realpathSync(candidate);
    if (!fsApi.statSync(real).isFile()) return { ok: false, message: NOT_OPENABLE };
  } catch {
    return { ok: false, message: NOT_FOUND };
  }
  // A link named .pdf that points at a program is still refused.
  if (!hasPdfExtension(real) || !rule.folders.has(path.dirname(real)))
    return { ok: false, message: NOT_OPENABLE };
  return { ok: true, file: real };
}

export interface OpenDocumentDeps extends OpenRule {
  /** `shell.openPath`: '' on success, else the system's error text. */
  openPath: (file: string) => Promise<string>;
}

export const OPEN_FAILED = 'Penampil berkas di komputer ini tidak dapat membukanya';

export async function handleOpenDocument(
  senderUrl: string | null | undefined,
  candidate: unknown,
  deps: OpenDocumentDeps,
): Promise<OpenOutcome> {
  if (!isTrustedSenderUrl(senderUrl)) return { ok: false, message: NOT_OPENABLE };
  const checked = checkOpenableDocument(candidate, deps);
  if (!checked.ok) return checked;
  const error = await deps.openPath(checked.file);
  return error === '' ? { ok: true } : { ok: false, message: `${OPEN_FAILED}: ${error}` };
}
