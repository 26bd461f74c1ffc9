import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SessionHolder } from '../backend/context';
import type { Result } from '../../shared/ipc/result';
import type { OpenOutcome } from '../preload/bridge';
import { storedCopyName } from './file-names';
import { isTrustedSenderUrl } from './trust';

/*
 * Bukti dukung and signed scans live under `<dataDir>/files/` named by their SHA-256, without an extension, so
 * no viewer could open them there. The renderer names the record, never a path; the main process asks the
 * backend for the bytes through `dispatch` with the asking window's own session (the same permission check as
 * any rpc call), writes a read-only copy with the original name and the extension of the type detected from
 * the content, into a fresh folder under the system's temp folder, and opens that copy. Those folders are
 * removed when the app quits (best effort: a viewer may still hold a file open).
 */

export const BAD_REFERENCE = 'Berkas yang diminta tidak dikenal.';
export const UNSUPPORTED_TYPE = 'Jenis berkas ini tidak dapat dibuka dengan penampil komputer.';
export const DAMAGED =
  'Berkas ini tidak lagi sama dengan yang diunggah (sidik SHA-256 berbeda), sehingga tidak dibuka.';
export const WRITE_FAILED = 'Salinan sementara berkas tidak dapat dibuat';

export interface StoredFileRequest {
  method: string;
  input: Record<string, number>;
}

function positiveInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** The backend call that reads the referenced file, or null when the reference is malformed. */
export function storedFileRequest(ref: unknown): StoredFileRequest | null {
  if (typeof ref !== 'object' || ref === null || !('source' in ref)) return null;
  const fields = ref as Record<string, unknown>;
  if (fields.source === 'evidence') {
    const { skpId, periodId, evidenceId } = fields;
    if (!positiveInt(skpId) || !positiveInt(periodId) || !positiveInt(evidenceId)) return null;
    return { method: 'evidence.content', input: { skpId, periodId, evidenceId } };
  }
  if (fields.source === 'scan') {
    const { registerId } = fields;
    if (!positiveInt(registerId)) return null;
    return { method: 'documents.scanContent', input: { registerId } };
  }
  return null;
}

interface FileContent {
  fileName: string;
  mimeType: string;
  base64: string;
  intact?: boolean;
}

function isFileContent(value: unknown): value is FileContent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.fileName === 'string' && typeof v.mimeType === 'string' && typeof v.base64 === 'string';
}

export interface StoredFileDeps {
  dispatch: (method: string, input: unknown, session: SessionHolder) => Promise<Result<unknown>>;
  openPath: (file: string) => Promise<string>;
  /** Makes a fresh private folder for one copy; defaults to a `sipka-berkas-` folder in the temp folder. */
  makeFolder?: () => string;
  writeFile?: (file: string, bytes: Buffer) => void;
  /** Told about every folder made, for the clean-up at quit. */
  onFolder?: (folder: string) => void;
}

function makeTempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sipka-berkas-'));
}

function writeReadOnly(file: string, bytes: Buffer): void {
  // Read-only, so that nobody edits the copy believing they edit the record.
  fs.writeFileSync(file, bytes, { mode: 0o444, flag: 'wx' });
}

export async function handleOpenStoredFile(
  senderUrl: string | null | undefined,
  ref: unknown,
  session: SessionHolder,
  deps: StoredFileDeps,
): Promise<OpenOutcome> {
  if (!isTrustedSenderUrl(senderUrl)) return { ok: false, message: BAD_REFERENCE };
  const request = storedFileRequest(ref);
  if (request === null) return { ok: false, message: BAD_REFERENCE };
  const result = await deps.dispatch(request.method, request.input, session);
  if (!result.ok) return { ok: false, message: result.error.message };
  if (!isFileContent(result.data)) return { ok: false, message: BAD_REFERENCE };
  const content = result.data;
  if (content.intact === false) return { ok: false, message: DAMAGED };
  const name = storedCopyName(content.fileName, content.mimeType);
  if (name === null) return { ok: false, message: UNSUPPORTED_TYPE };
  let file: string;
  try {
    const folder = (deps.makeFolder ?? makeTempFolder)();
    deps.onFolder?.(folder);
    file = path.join(folder, name);
    (deps.writeFile ?? writeReadOnly)(file, Buffer.from(content.base64, 'base64'));
  } catch (error) {
    return {
      ok: false,
      message: `${WRITE_FAILED}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const error = await deps.openPath(file);
  return error === ''
    ? { ok: true }
    : { ok: false, message: `Penampil berkas tidak dapat membukanya: ${error}` };
}

/** Removes the temporary copies of this run. */
export function removeFolders(folders: Iterable<string>): void {
  for (const folder of folders) {
    try {
      fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // Still open in a viewer (Windows): the system's temp clean-up takes it later.
    }
  }
}
