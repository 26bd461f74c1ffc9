import fs from 'node:fs';
import path from 'node:path';
import type { BackendContext } from '../context';
import { AppError, fieldError } from '../errors';
import { readValue, writeValue } from '../settings/store';

/**
 * Where a printed PDF goes. Electron: a path the user chose in the main process's save dialog, written as
 * `<path>.partial`, flushed, then renamed, so a crash or a full disk never leaves half a PDF under the chosen
 * name. The folder is remembered per user for the next dialog.
 */

/** A path from the save dialog: absolute, a .pdf, in a folder that exists. */
export function checkTargetPath(target: string, field = 'targetPath'): string {
  if (!path.isAbsolute(target))
    throw fieldError(field, 'Lokasi penyimpanan tidak valid. Pilih lagi lewat dialog Simpan.');
  if (path.extname(target).toLowerCase() !== '.pdf')
    throw fieldError(field, 'Simpan dokumen sebagai berkas .pdf.');
  const dir = path.dirname(target);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw fieldError(field, `Folder ${dir} tidak ditemukan. Pilih folder lain.`);
  }
  if (!stat.isDirectory()) throw fieldError(field, `${dir} bukan folder. Pilih folder lain.`);
  return path.resolve(target);
}

export function partialPathOf(target: string): string {
  return `${target}.partial`;
}

function writeFailure(error: unknown, target: string): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOSPC')
    return new AppError('CONFLICT', 'Ruang disk penuh. Kosongkan ruang atau pilih lokasi lain.');
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return new AppError(
      'CONFLICT',
      `Berkas ${path.basename(target)} tidak dapat ditulis: mungkin sedang dibuka program lain atau foldernya tidak boleh ditulisi. Tutup berkasnya atau pilih lokasi lain.`,
    );
  }
  return new AppError(
    'CONFLICT',
    `Berkas ${path.basename(target)} tidak dapat ditulis (${code || 'galat'}).`,
  );
}

/** Writes `<target>.partial` and flushes it to disk; the caller renames it once the register row is in. */
export async function writePartial(target: string, bytes: Buffer): Promise<string> {
  const partial = partialPathOf(target);
  try {
    const handle = await fs.promises.open(partial, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw writeFailure(error, target);
  }
  return partial;
}

/** The last step, inside the register transaction: a failed rename rolls the row back. */
export function finishPartial(partial: string, target: string): void {
  try {
    fs.renameSync(partial, target);
  } catch (error) {
    throw writeFailure(error, target);
  }
  producedPaths.add(target);
}

export function discardPartial(partial: string | null): void {
  if (partial) fs.rmSync(partial, { force: true });
}

/**
 * The files this process wrote: the Electron shell opens a printed PDF with the system viewer only when its
 * path is here (`shell.openPath` only on paths the backend produced).
 */
const producedPaths = new Set<string>();

export function wasProducedByBackend(file: string): boolean {
  return producedPaths.has(path.resolve(file));
}

const folderKey = (userId: number) => `documents.folder.${userId}`;

/** The folder this user last saved a print to, if it still exists. */
export function rememberedFolder(ctx: BackendContext, userId: number | null): string | null {
  if (userId === null) return null;
  const folder = readValue<unknown>(ctx.db, folderKey(userId));
  if (typeof folder !== 'string') return null;
  try {
    return fs.statSync(folder).isDirectory() ? folder : null;
  } catch {
    return null;
  }
}

/** Inside the print's transaction (its audit entry covers it). */
export function rememberFolder(ctx: BackendContext, userId: number | null, target: string): void {
  if (userId === null) return;
  writeValue(ctx.db, folderKey(userId), path.dirname(target), ctx.now());
}
