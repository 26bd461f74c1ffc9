import { AppError, fieldError } from '../errors';

export const NOT_A_BACKUP = 'Berkas ini bukan cadangan SIPKA.';
export const DAMAGED = 'Berkas cadangan rusak atau terpotong.';
export const NEWER = 'Cadangan ini dibuat oleh SIPKA versi lebih baru. Perbarui SIPKA dulu.';
export const WRONG_PASSPHRASE = 'Frasa sandi salah.';

const UNCHANGED = 'Data aplikasi tidak berubah.';

/** The file being restored or inspected is not one this app can use: a VALIDATION error on `path`. */
export function refusedFile(message: string): AppError {
  return fieldError('path', message);
}

/** The backup file's contents do not check out (bad checksum, bad tag, bad zip structure). */
export class DamagedBackup extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'DamagedBackup';
  }
}

/** Reading the data being backed up failed (an evidence file vanished mid-way): not the target's fault. */
export class SourceChanged extends Error {
  constructor(cause: unknown) {
    super('Sumber cadangan berubah selama pencadangan', { cause });
    this.name = 'SourceChanged';
  }
}

export function errnoOf(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Turns a failure while writing a backup into the message the user sees; AppErrors pass through. */
export function backupWriteFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof SourceChanged) {
    return new AppError(
      'CONFLICT',
      `Berkas bukti berubah selama pencadangan: cadangan tidak selesai. ${UNCHANGED} Silakan coba lagi.`,
    );
  }
  if (error instanceof DamagedBackup) {
    return new AppError(
      'INTERNAL',
      `Pemeriksaan ulang gagal: isi berkas di media tujuan tidak sama dengan data. Berkas itu dihapus. ${UNCHANGED} Coba media lain.`,
    );
  }
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new AppError('INTERNAL', `Penyimpanan penuh: cadangan tidak selesai. ${UNCHANGED}`);
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return new AppError(
        'INTERNAL',
        `Folder tujuan tidak dapat dijangkau lagi (flashdisk dicabut?): cadangan tidak selesai. ${UNCHANGED}`,
      );
    case 'EIO':
      return new AppError(
        'INTERNAL',
        `Media tujuan gagal ditulisi (kesalahan baca/tulis): cadangan tidak selesai. ${UNCHANGED}`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        'INTERNAL',
        `Tidak diizinkan menulis ke folder tujuan: cadangan tidak selesai. ${UNCHANGED}`,
      );
    default:
      return new AppError(
        'INTERNAL',
        `Cadangan gagal ditulis${errnoOf(error) ? ` (${errnoOf(error)})` : ''}: cadangan tidak selesai. ${UNCHANGED}`,
      );
  }
}

/** Turns a failure while restoring into the message the user sees; AppErrors pass through. */
export function restoreFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof DamagedBackup) return refusedFile(DAMAGED);
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('INTERNAL', `Penyimpanan komputer penuh: pemulihan dibatalkan. ${UNCHANGED}`);
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
    case 'EIO':
      return new AppError(
        'INTERNAL',
        `Berkas cadangan tidak dapat dibaca sampai selesai (flashdisk dicabut?): pemulihan dibatalkan. ${UNCHANGED}`,
      );
    default:
      return new AppError(
        'INTERNAL',
        `Pemulihan gagal${errnoOf(error) ? ` (${errnoOf(error)})` : ''}: pemulihan dibatalkan. ${UNCHANGED}`,
      );
  }
}
