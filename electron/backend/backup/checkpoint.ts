/**
 * Named steps of backup and restore where tests inject faults. In production nothing is set and a checkpoint
 * is one environment lookup.
 *
 * - `SIPKA_TEST_CRASH_AT=<step>`: the process kills itself with SIGKILL at that step, as a power cut or a
 *   killed process would stop it (nothing after it runs, not even `finally` blocks). The restore crash tests
 *   run the restore in a child process with this set, then check what `openBackend` recovers.
 * - `SIPKA_TEST_FAIL_AT=<step>`: throws at that step, for the paths that must undo their work.
 * - `checkpointHooks.at`: an in-process callback per step (e.g. remove the target folder mid-way).
 */
export type Checkpoint =
  | 'backup:written'
  | 'restore:verified'
  | 'restore:safety-backup'
  | 'restore:journal'
  | 'restore:old-db-aside'
  | 'restore:new-db-in'
  | 'restore:old-files-aside'
  | 'restore:new-files-in'
  | 'restore:reopened';

export const checkpointHooks: { at: ((step: Checkpoint) => void) | null } = { at: null };

export function checkpoint(step: Checkpoint): void {
  if (process.env.SIPKA_TEST_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
  if (process.env.SIPKA_TEST_FAIL_AT === step) throw new Error(`Kegagalan uji pada ${step}`);
  checkpointHooks.at?.(step);
}
