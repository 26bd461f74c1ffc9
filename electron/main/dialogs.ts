import { dialog, type BrowserWindow } from 'electron';
import type { DialogText } from './messages';

export function showInfo(parent: BrowserWindow | null, text: DialogText): void {
  const options = { type: 'info' as const, buttons: ['Tutup'], ...text };
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/** Synchronous and usable before a window exists: the app quits right after it. */
export function showFatalError(text: DialogText): void {
  dialog.showErrorBox(text.title, `${text.message}\n\n${text.detail}`);
}
