/**
 * Runs one restore in its own process, so that a test can kill it at a named step (SIPKA_TEST_CRASH_AT, see
 * electron/backend/backup/checkpoint.ts) and then check what the next start-up recovers.
 * Arguments: data folder, backup file, office name to confirm, admin username, admin password.
 */
import { openBackend } from '../../../electron/backend/app';
import { SOURCE_MIGRATIONS_DIR } from '../../../electron/backend/paths';

const [dataDir, file, officeName, username, password] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const backend = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR, log: () => {} });
const session = { token: null };
const login = await backend.dispatch('auth.login', { username, password }, session);
if (!login.ok) throw new Error(login.error.message);
const result = await backend.dispatch(
  'backup.restore',
  { path: file, confirmOfficeName: officeName },
  session,
);
console.log(JSON.stringify(result));
backend.close();
