import fs from 'node:fs';
import path from 'node:path';

export const FILES_DIR = 'files';

/** The temporary name a stored file has while it is being written (`storeFile`): never part of a backup. */
export const UPLOAD_TEMP = /^\.[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/;

export interface EvidenceFile {
  /** Path below `files/`, with forward slashes: the member name after `files/`. */
  relative: string;
  absolute: string;
  size: number;
}

/** Every regular file below the data folder's `files/` (none when it does not exist), in a stable order. */
export async function listEvidenceFiles(dataDir: string): Promise<EvidenceFile[]> {
  const root = path.join(dataDir, FILES_DIR);
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: EvidenceFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || UPLOAD_TEMP.test(entry.name)) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const stat = await fs.promises.stat(absolute);
    files.push({
      relative: path.relative(root, absolute).split(path.sep).join('/'),
      absolute,
      size: stat.size,
    });
  }
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
