import type { App, Session, WebContents } from 'electron';
import { isAppOriginUrl } from './trust';

const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React and chart.js set inline style attributes.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  // PDF and scan previews: a blob: URL the renderer made from bytes the backend returned, shown in an iframe.
  ['frame-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

/** The Content-Security-Policy header sent with the renderer's HTML. */
export function contentSecurityPolicy(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Navigation may only stay inside the app's own origin; everything else is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppOriginUrl(url);
}

/** Chromium's built-in PDF viewer, which shows a PDF inside a frame (its extension id is fixed). */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** "blob:app://sipka/<uuid>": an object URL the app's own page created. */
export function isAppBlobUrl(url: string): boolean {
  if (!url.startsWith('blob:')) return false;
  return isAppOriginUrl(url.slice('blob:'.length));
}

/**
 * A sub frame may also show a preview: a blob: URL of the app's origin (a PDF or scan the renderer received as
 * bytes) and the PDF viewer that Chromium puts inside such a frame. The main frame never leaves the app.
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  if (isAllowedNavigation(url)) return true;
  if (isMainFrame) return false;
  if (isAppBlobUrl(url)) return true;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === PDF_VIEWER_ORIGIN;
  } catch {
    return false;
  }
}

/** Navigation, redirects, new windows and <webview> are refused for every web contents the app creates. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  // will-navigate covers only the main frame.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The parts of a permission request or check that decide it (Electron's handler arguments, flattened). */
export interface PermissionAsk {
  permission: string;
  /** The URL (request) or origin (check) of the frame that asks. */
  url: string | null | undefined;
  isMainFrame: boolean;
  /** Request: `details.mediaTypes`; check: `[details.mediaType]`. Absent for other permissions. */
  mediaTypes: readonly string[] | undefined;
}

/**
 * The one permission the app grants: the camera (video only, never the microphone), to the app's own page in
 * its main frame, for the QR reader of "Verifikasi Dokumen". Location, notifications, screen capture, USB and
 * everything else stay denied.
 */
export function isPermissionAllowed(ask: PermissionAsk): boolean {
  if (ask.permission !== 'media' || !ask.isMainFrame || !isAppOriginUrl(ask.url)) return false;
  const types = ask.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'video');
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      isPermissionAllowed({
        permission,
        url: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        mediaTypes,
      }),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed({
      permission,
      url: requestingOrigin,
      isMainFrame: details.isMainFrame,
      mediaTypes: details.mediaType === undefined ? undefined : [details.mediaType],
    }),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Applies hardenWebContents to every web contents, present and future. Call before the first window. */
export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
