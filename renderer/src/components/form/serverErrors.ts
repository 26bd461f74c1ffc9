import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ErrorInfo } from '../../../../shared/ipc/result';

/**
 * Puts a backend error where it belongs: each `error.fields` entry whose top-level name is one of
 * `fieldNames` becomes a field error (the first one focused). Returns the message for the page banner when
 * some part of the error has no field to sit beside, otherwise null.
 */
export function applyServerError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: ErrorInfo,
  fieldNames: readonly string[],
  prefix = 'data.',
): string | null {
  const entries = Object.entries(error.fields ?? {});
  let placed = 0;
  for (const [rawKey, message] of entries) {
    const key = rawKey.startsWith(prefix) ? rawKey.slice(prefix.length) : rawKey;
    const top = key.split('.')[0] ?? key;
    if (!fieldNames.includes(top)) continue;
    setError(key as Path<T>, { type: 'server', message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return placed === 0 || placed < entries.length ? error.message : null;
}
