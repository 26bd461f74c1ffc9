import { contextBridge, ipcRenderer } from 'electron';
import {
  OPEN_DOCUMENT_CHANNEL,
  OPEN_STORED_FILE_CHANNEL,
  PICK_BACKUP_FILE_CHANNEL,
  PICK_FOLDER_CHANNEL,
  RPC_CHANNEL,
  SAVE_PDF_CHANNEL,
  type OpenOutcome,
  type SipkaBridge,
} from './bridge';

/** Only a string path crosses into the page: anything else the main process might answer becomes null. */
function pathOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

const OPEN_FAILED: OpenOutcome = { ok: false, message: 'Berkas tidak dapat dibuka.' };

/** Only `{ ok: true }` or `{ ok: false, message }` crosses into the page. */
function outcome(value: unknown): OpenOutcome {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return OPEN_FAILED;
  if (value.ok === true) return { ok: true };
  return 'message' in value && typeof value.message === 'string'
    ? { ok: false, message: value.message }
    : OPEN_FAILED;
}

const bridge: SipkaBridge = {
  rpc: (method, input) => ipcRenderer.invoke(RPC_CHANNEL, method, input),
  pickFolder: () => ipcRenderer.invoke(PICK_FOLDER_CHANNEL).then(pathOrNull),
  pickBackupFile: () => ipcRenderer.invoke(PICK_BACKUP_FILE_CHANNEL).then(pathOrNull),
  savePdf: (suggestedName) => ipcRenderer.invoke(SAVE_PDF_CHANNEL, String(suggestedName)).then(pathOrNull),
  openDocument: (path) =>
    ipcRenderer.invoke(OPEN_DOCUMENT_CHANNEL, String(path)).then(outcome, () => OPEN_FAILED),
  openStoredFile: (ref) => ipcRenderer.invoke(OPEN_STORED_FILE_CHANNEL, ref).then(outcome, () => OPEN_FAILED),
};

contextBridge.exposeInMainWorld('sipka', bridge);
