import { useEffect, useState } from 'react';
import type { BackupProgress } from '../../../../shared/ipc/methods/backup';
import { rpc } from '../../api/client';

const POLL_MS = 400;

/**
 * While `active`, asks the backend every moment what the running backup or restore is doing (`backup.status`).
 * A failed poll is ignored: the operation's own answer is what counts, and during a restore the database is
 * briefly closed.
 */
export function useBackupProgress(active: boolean): BackupProgress | null {
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    let timer: number | undefined;
    const poll = async () => {
      const result = await rpc('backup.status', {}, { askSignIn: false });
      if (!live) return;
      if (result.ok) setProgress(result.data.running);
      timer = window.setTimeout(() => void poll(), POLL_MS);
    };
    timer = window.setTimeout(() => void poll(), POLL_MS / 2);
    return () => {
      live = false;
      window.clearTimeout(timer);
      setProgress(null);
    };
  }, [active]);
  return active ? progress : null;
}
