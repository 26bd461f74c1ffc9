/** 5 wrong passwords in a row lock the account for 5 minutes (issue 3). */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

export function lockedUntilAfterFailure(failedAttempts: number, now: Date): string | null {
  return failedAttempts >= MAX_FAILED_ATTEMPTS ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
}

export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();
}

/** "pukul 10.35" on the office PC's clock, as Indonesians write the time. */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `pukul ${hh}.${mm}`;
}

export function lockedMessage(lockedUntil: string): string {
  return `Akun ini terkunci karena ${MAX_FAILED_ATTEMPTS} kali salah kata sandi. Coba lagi setelah ${clockTime(lockedUntil)}.`;
}
