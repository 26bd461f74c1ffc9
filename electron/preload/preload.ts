import { contextBridge, ipcRenderer } from 'electron';
import { PICK_BACKUP_FILE_CHANNEL, PICK_FOLDER_CHANNEL, RPC_CHANNEL, type SipkaBridge } from './bridge';

/** Only a string path crosses into the page: anything else the main process might answer becomes null. */
function pathOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

const bridge: SipkaBridge = {
  rpc: (method, input) => ipcRenderer.invoke(RPC_CHANNEL, method, input),
  pickFolder: () => ipcRenderer.invoke(PICK_FOLDER_CHANNEL).then(pathOrNull),
  pickBackupFile: () => ipcRenderer.invoke(PICK_BACKUP_FILE_CHANNEL).then(pathOrNull),
};

contextBridge.exposeInMainWorld('sipka', bridge);
