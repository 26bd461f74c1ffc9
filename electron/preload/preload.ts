import { contextBridge, ipcRenderer } from 'electron';
import { RPC_CHANNEL, type SipkaBridge } from './bridge';

const bridge: SipkaBridge = {
  rpc: (method, input) => ipcRenderer.invoke(RPC_CHANNEL, method, input),
};

contextBridge.exposeInMainWorld('sipka', bridge);
