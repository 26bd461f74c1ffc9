import { useEffect, useState } from 'react';
import type { BatchStatus } from '../../../../shared/ipc/methods/documents';
import { rpc } from '../../api/client';
import { invalidateQueries } from '../../api/hooks';

const POLL_MS = 300;

/**
 * The state of a running batch, asked of the backend every 300 ms until it is DONE, CANCELLED or FAILED. The
 * generation runs in a worker, so these calls answer at once.
 */
export function useBatchJob(jobId: string | null): { status: BatchStatus | null; error: string | null } {
  const [status, setStatus] = useState<BatchStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (jobId === null) return;
    let live = true;
    let timer: number | undefined;
    const poll = async () => {
      const result = await rpc('documents.batch.status', { jobId });
      if (!live) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setStatus(result.data);
      if (result.data.state === 'RUNNING') timer = window.setTimeout(() => void poll(), POLL_MS);
      // The register has new rows.
      else if (result.data.state === 'DONE') invalidateQueries();
    };
    void poll();
    return () => {
      live = false;
      window.clearTimeout(timer);
      setStatus(null);
      setError(null);
    };
  }, [jobId]);
  return { status: jobId === null ? null : status, error };
}
