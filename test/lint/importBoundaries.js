import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Section folders of the renderer: they may use renderer/core, never the app's top. */
const RENDERER_TOP = 'renderer/app/';
const RENDERER_CORE = 'renderer/core/';

/**
 * Which folder may import which: renderer/ and electron/ never reach into each other, shared/
 * imports neither, renderer/core/ depends on nothing else of the renderer, and no section of the
 * renderer imports the app's top (renderer/app/).
 * Returns the reason an import is refused, or null.
 */
export function boundaryViolation(fromFile, toFile) {
  const from = relative(root, fromFile).replaceAll('\\', '/');
  const to = relative(root, toFile).replaceAll('\\', '/');
  const inside = (path, folder) => path.startsWith(folder);
  if (inside(from, 'renderer/') && inside(to, 'electron/')) {
    return 'renderer/ reaches the main process only through the preload API';
  }
  if (inside(from, 'electron/') && inside(to, 'renderer/')) {
    return 'electron/ must not import browser code from renderer/';
  }
  if (inside(from, 'shared/') && (inside(to, 'electron/') || inside(to, 'renderer/'))) {
    return 'shared/ is pure: it imports neither electron/ nor renderer/';
  }
  if (inside(from, RENDERER_CORE) && inside(to, 'renderer/') && !inside(to, RENDERER_CORE)) {
    return 'renderer/core/ is the kernel: it imports no section and not the app';
  }
  const entry = /^renderer\/[^/]+$/.test(from);
  if (
    inside(from, 'renderer/') &&
    !entry &&
    !inside(from, RENDERER_TOP) &&
    !inside(from, RENDERER_CORE) &&
    inside(to, RENDERER_TOP)
  ) {
    return 'a renderer section must not import the app (renderer/app/); move what it needs to renderer/core/';
  }
  return null;
}

/** ESLint rule: relative imports that cross a boundary above are errors. */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'keeps the folders of the app in their dependency order' },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const reason = boundaryViolation(
        context.filename,
        resolve(dirname(context.filename), source),
      );
      if (reason) context.report({ node: node.source, message: `${source}: ${reason}` });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
