import path from 'node:path';
import type { BackupProgress } from '../../../shared/ipc/methods/backup';

/** What a running backup or restore reports, for `backup.status` (the page polls it to show progress). */
export interface Progress {
  step(label: string, totalBytes?: number): void;
  add(bytes: number): void;
}

const tails = new Map<string, Promise<void>>();
const running = new Map<string, BackupProgress>();

/**
 * Runs backup and restore work for one data folder one at a time, in the order asked: a restore must never
 * swap the files while a backup is reading them, nor two restores interleave. A second request waits.
 */
export function exclusive<T>(
  dataDir: string,
  operation: BackupProgress['operation'],
  now: () => Date,
  work: (progress: Progress) => Promise<T>,
): Promise<T> {
  const key = path.resolve(dataDir);
  const previous = tails.get(key) ?? Promise.resolve();
  const result = previous.then(async () => {
    const state: BackupProgress = {
      operation,
      step: 'Menyiapkan',
      doneBytes: 0,
      totalBytes: 0,
      startedAt: now().toISOString(),
    };
    running.set(key, state);
    try {
      return await work({
        step(label, totalBytes = 0) {
          state.step = label;
          state.doneBytes = 0;
          state.totalBytes = totalBytes;
        },
        add(bytes) {
          state.doneBytes += bytes;
        },
      });
    } finally {
      running.delete(key);
    }
  });
  const tail = result.then(
    () => {},
    () => {},
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return result;
}

export function currentProgress(dataDir: string): BackupProgress | null {
  const state = running.get(path.resolve(dataDir));
  return state ? { ...state } : null;
}

/** Settles once no backup or restore work is queued for the folder (tests; a clean shutdown). */
export async function backupIdle(dataDir: string): Promise<void> {
  const key = path.resolve(dataDir);
  for (let tail = tails.get(key); tail; tail = tails.get(key)) await tail;
}
