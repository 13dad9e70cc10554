import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  resolveAppPath,
} from '../../../../electron/main/appPath';
import { protokollPathsFromArgv } from '../../../../electron/main/launchFiles';
import { createQuitGuard } from '../../../../electron/main/quitGuard';

describe('app:// protocol', () => {
  const root = '/opt/paragraf/dist/renderer';
  it('serves files below the renderer folder', () => {
    expect(resolveAppPath(root, 'app://paragraf/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://paragraf/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://paragraf/assets/main-x1.js?v=1#a')).toBe(
      join(root, 'assets/main-x1.js'),
    );
    expect(resolveAppPath(root, 'app://paragraf/assets/a%20b.css')).toBe(
      join(root, 'assets/a b.css'),
    );
  });
  it('refuses traversal, other hosts and odd encodings', () => {
    // The URL parser folds plain "../" segments away, so the path stays inside the folder.
    expect(resolveAppPath(root, 'app://paragraf/../secret')).toBe(join(root, 'secret'));
    expect(resolveAppPath(root, 'app://paragraf/%2e%2e/%2e%2e/etc/passwd')).toBe(
      join(root, 'etc/passwd'),
    );
    for (const url of [
      'app://paragraf/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://paragraf/assets%5c..%5c..%5cx',
      'app://paragraf/a%00.html',
      'app://paragraf/%E0%A4%A',
      'app://evil/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveAppPath(root, url)).toBeNull();
    }
  });
  it('sends a strict content security policy and real content types', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(contentTypeFor('x/INDEX.HTML')).toMatch(/^text\/html/);
    expect(contentTypeFor('x/a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('files passed at launch', () => {
  it('picks .protokoll paths from argv, resolved against the launching folder', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'paragraf-argv-'));
    expect(
      protokollPathsFromArgv(
        [
          '/usr/bin/paragraf',
          '--no-sandbox',
          'möte.protokoll',
          '/abs/B.PROTOKOLL',
          'other.pdf',
          '.',
        ],
        cwd,
      ),
    ).toEqual([join(cwd, 'möte.protokoll'), '/abs/B.PROTOKOLL']);
  });
});

describe('quit prompt', () => {
  it('asks only when there are unsaved changes', () => {
    const g = createQuitGuard();
    expect(g.onClose()).toBe('close');
    g.setDirty(true);
    expect(g.onClose()).toBe('prompt');
    expect(g.afterPrompt('cancel')).toBe('stay');
    expect(g.onClose()).toBe('prompt');
    expect(g.afterPrompt('save')).toBe('save-then-close');
    g.setDirty('yes'); // only a real boolean true counts
    expect(g.onClose()).toBe('close');
    g.setDirty(true);
    expect(g.afterPrompt('discard')).toBe('close');
    expect(g.onClose()).toBe('close');
  });
});
