/** The renderer is served only from this origin, by the protocol handler in protocol.ts. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sipka';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` parses to exactly the app's origin. Compared field by field after parsing, never with
 * `startsWith`: "app://sipka.evil" and "app://sipka@evil" must not pass. (`URL.origin` is "null" for a
 * scheme Node does not know, so it cannot be used here.)
 */
export function isAppOriginUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Whether an IPC message may come from a frame showing `url` (Electron security checklist, item 17). */
export function isTrustedSenderUrl(url: string | null | undefined): boolean {
  return isAppOriginUrl(url);
}
