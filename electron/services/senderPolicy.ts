/** The origin the app's own pages are served from (see electron/main/appProtocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'paragraf';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Whether an IPC message comes from the app's own page. Anything else (a navigated-away frame,
 * a file: or http(s): page, about:blank, an iframe of another origin) is refused.
 */
export function isTrustedSender(url: string): boolean {
  if (typeof url !== 'string' || url.length > 4096) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}
