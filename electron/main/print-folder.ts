import fs from 'node:fs';
import path from 'node:path';

/*
 * The folder the last printed PDF was saved in, kept in a small JSON file in userData so that the save dialog
 * opens there again after a restart (issue #7: "default folder remembered"). Losing it only loses the
 * convenience, so every failure here is silent.
 */

export const PRINT_FOLDER_FILE = 'folder-cetak.json';

export type FolderFs = Pick<typeof fs, 'readFileSync' | 'writeFileSync' | 'renameSync' | 'statSync'>;

/** The remembered folder when the file names an absolute folder that still exists, else null. */
export function parseRememberedFolder(
  text: string,
  folderExists: (folder: string) => boolean,
): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('folder' in parsed)) return null;
  const folder = parsed.folder;
  if (typeof folder !== 'string' || folder === '' || folder.includes('\0') || !path.isAbsolute(folder)) {
    return null;
  }
  return folderExists(folder) ? folder : null;
}

export function readRememberedFolder(userData: string, fsApi: FolderFs = fs): string | null {
  try {
    const text = fsApi.readFileSync(path.join(userData, PRINT_FOLDER_FILE), 'utf8');
    return parseRememberedFolder(text, (folder) => {
      try {
        return fsApi.statSync(folder).isDirectory();
      } catch {
        return false;
      }
    });
  } catch {
    return null;
  }
}

/** Written beside and renamed over the old file, so a crash never leaves half a JSON. */
export function rememberFolder(userData: string, folder: string, fsApi: FolderFs = fs): void {
  const file = path.join(userData, PRINT_FOLDER_FILE);
  const temp = `${file}.tmp`;
  try {
    fsApi.writeFileSync(temp, JSON.stringify({ folder }), 'utf8');
    fsApi.renameSync(temp, file);
  } catch {
    // The next dialog opens in the documents folder instead.
  }
}
