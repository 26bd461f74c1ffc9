export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'LOCKED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  /** Shown to the user as it is: always Bahasa Indonesia. */
  message: string;
  /** Per-field messages keyed by the input path ("nip", "address.city"), shown beside the field. */
  fields?: Record<string, string>;
  /** Why a call was refused when the renderer must react to it (show the unlock or change-password screen). */
  reason?: ErrorReason;
}

export type ErrorReason = 'SESSION_LOCKED' | 'SESSION_EXPIRED' | 'MUST_CHANGE_PASSWORD';

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorInfo };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(error: ErrorInfo): Result<never> {
  return { ok: false, error };
}
