/** The native dialogs of the desktop app, or null in the web build (where paths are typed). */
export interface DesktopDialogs {
  pickFolder(): Promise<string | null>;
  pickBackupFile(): Promise<string | null>;
}

export function desktopDialogs(): DesktopDialogs | null {
  const bridge = window.sipka;
  const pickFolder = bridge?.pickFolder;
  const pickBackupFile = bridge?.pickBackupFile;
  if (!bridge || !pickFolder || !pickBackupFile) return null;
  return {
    pickFolder: () => pickFolder.call(bridge),
    pickBackupFile: () => pickBackupFile.call(bridge),
  };
}

/** Shown when the dialog itself could not open (the main process answered with an error). */
export const DIALOG_FAILED = 'Jendela pemilihan tidak dapat dibuka. Silakan coba lagi.';
