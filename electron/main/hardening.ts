import { app, session, type WebContents } from 'electron';

/**
 * Locks down every web contents the app creates (the main window and any hidden export window):
 * no navigation away from the app, no new windows, no webviews, no permissions.
 */
export function hardenAllWebContents(log: (m: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      log(`blocked navigation to ${url.slice(0, 200)}`);
    });
    contents.on('will-redirect', (event, url) => {
      event.preventDefault();
      log(`blocked redirect to ${url.slice(0, 200)}`);
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('blocked a webview');
    });
    // Links never open windows or the system browser: the app has no trusted external links.
    contents.setWindowOpenHandler(({ url }) => {
      log(`blocked new window for ${url.slice(0, 200)}`);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(
    () => {
      session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => {
        log(`denied permission ${permission}`);
        callback(false);
      });
      session.defaultSession.setPermissionCheckHandler(() => false);
    },
    () => undefined,
  );
}
