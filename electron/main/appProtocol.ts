import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../services/senderPolicy';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppPath } from './appPath';

/** Must run before the app is ready: app:// behaves like an https origin (fetch, workers). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** Serves the built renderer from `rendererDir`, with the CSP header; nothing outside it. */
export function handleAppProtocol(rendererDir: string, log: (m: string) => void): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererDir, request.url, APP_HOST);
    if (!file) {
      log(`app protocol refused ${request.url.slice(0, 200)}`);
      return new Response('Not found', { status: 404 });
    }
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': contentTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
