import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root when running from source (web build, seed, tests). */
export const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SOURCE_MIGRATIONS_DIR = path.join(SOURCE_ROOT, 'resources', 'migrations');
export const RENDERER_BUILD_DIR = path.join(SOURCE_ROOT, 'dist', 'renderer');

/** `--data-dir`, then SIPKA_DATA_DIR, then ./data. */
export function dataDirFrom(argv: string[], env: NodeJS.ProcessEnv, cwd: string): string {
  const flag = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  const fromFlag =
    flag === -1 ? undefined : argv[flag]!.includes('=') ? argv[flag]!.split('=')[1] : argv[flag + 1];
  return path.resolve(cwd, fromFlag || env.SIPKA_DATA_DIR || 'data');
}
