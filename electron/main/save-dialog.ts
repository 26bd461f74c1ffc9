import fs from 'node:fs';
import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { hasPdfExtension, safePdfName } from './file-names';
import { isTrustedSenderUrl } from './trust';

/** Folders the user chose in the PDF save dialog during this run: the only places openDocument opens from. */
export class SavedFolders {
  private readonly folders = new Set<string>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  private key(folder: string): string {
    const resolved = path.resolve(folder);
    // NTFS and the default macOS volume compare names without case.
    return this.platform === 'linux' ? resolved : resolved.toLowerCase();
  }

  add(folder: string): void {
    this.folders.add(this.key(folder));
  }

  has(folder: string): boolean {
    return this.folders.has(this.key(folder));
  }
}

export function pdfSaveDialogOptions(defaultPath: string): SaveDialogOptions {
  return {
    title: 'Simpan dokumen PDF',
    buttonLabel: 'Simpan',
    defaultPath,
    filters: [{ name: 'Dokumen PDF (*.pdf)', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}

/** The chosen file, always ending in .pdf (a name typed without it gets it), or null when cancelled. */
export function chosenSavePath(result: SaveDialogReturnValue): string | null {
  if (result.canceled || typeof result.filePath !== 'string' || result.filePath === '') return null;
  return hasPdfExtension(result.filePath) ? result.filePath : `${result.filePath}.pdf`;
}

export interface SavePdfDeps {
  /** Whether a folder the renderer proposes exists (only then does the dialog open there). */
  folderExists: (folder: string) => boolean;
  /** The remembered folder of the last save, or null. */
  rememberedFolder: () => string | null;
  /** Where the dialog opens without a remembered folder (the user's Documents folder). */
  defaultFolder: () => string;
  remember: (folder: string) => void;
  folders: SavedFolders;
  show: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** The real path of a folder (symbolic links resolved), as open-document.ts compares it. */
  realFolder?: (folder: string) => string;
}

function realpathOrSelf(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return folder;
  }
}

export function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Where the dialog opens: the folder of a proposed absolute path (documents.prepare answers the folder this
 * user saved to last), else the folder of the last save on this computer, else Documents. Only ever a
 * proposal: the user confirms the place in the dialog.
 */
export function dialogStartFolder(
  suggestion: unknown,
  deps: Pick<SavePdfDeps, 'folderExists' | 'rememberedFolder' | 'defaultFolder'>,
): string {
  if (typeof suggestion === 'string' && !suggestion.includes('\0') && path.isAbsolute(suggestion)) {
    const proposed = path.dirname(suggestion);
    if (deps.folderExists(proposed)) return proposed;
  }
  return deps.rememberedFolder() ?? deps.defaultFolder();
}

/**
 * One save request: null without a dialog unless the sender's frame shows the app's own origin. `suggestion`
 * is a file name ("SKP_2026_…pdf") or a full proposed path.
 */
export async function handleSavePdf(
  senderUrl: string | null | undefined,
  suggestion: unknown,
  deps: SavePdfDeps,
): Promise<string | null> {
  if (!isTrustedSenderUrl(senderUrl)) return null;
  const folder = dialogStartFolder(suggestion, deps);
  const chosen = chosenSavePath(
    await deps.show(pdfSaveDialogOptions(path.join(folder, safePdfName(suggestion)))),
  );
  if (chosen === null) return null;
  const chosenFolder = path.dirname(chosen);
  deps.remember(chosenFolder);
  deps.folders.add((deps.realFolder ?? realpathOrSelf)(chosenFolder));
  return chosen;
}
