/**
 * What the preload does, as a page init script: window.paragraf with one function per channel
 * (calling the exposed binding instead of ipcRenderer) and the events object. Runs in the page,
 * so it must be self-contained: no imports, no closures over Node values.
 */
export function installParagrafApi(channelNames: readonly string[]): void {
  type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
  const w = globalThis as unknown as Record<string, unknown>;
  // Under tsx (npm run bench) esbuild wraps named functions in __name(), which the page lacks.
  w.__name ??= (fn: unknown) => fn;
  const invoke = w.__paragrafInvoke as Invoke;
  const menuListeners = new Set<(command: string) => void>();
  const openListeners = new Set<(id: string) => void>();
  const api: Record<string, Record<string, unknown>> = {
    events: {
      onMenuCommand(listener: (command: string) => void) {
        menuListeners.add(listener);
        return () => menuListeners.delete(listener);
      },
      onOpenDraft(listener: (id: string) => void) {
        openListeners.add(listener);
        return () => openListeners.delete(listener);
      },
      setDirty(dirty: boolean) {
        w.__paragrafDirty = dirty;
      },
    },
  };
  // Dropped files: the test registers each File with the path the real preload would report.
  const droppedPaths = new WeakMap<object, string>();
  w.__paragrafFilePaths = droppedPaths;
  api.files = {
    pathForFile: (file: unknown) =>
      (typeof file === 'object' && file !== null && droppedPaths.get(file)) || '',
  };
  for (const channel of channelNames) {
    const [area, name] = channel.split('.') as [string, string];
    api[area] ??= {};
    api[area][name] = (payload?: unknown) => invoke(channel, payload);
  }
  w.__paragrafMenu = (command: string) => menuListeners.forEach((l) => l(command));
  w.__paragrafOpenDraft = (id: string) => openListeners.forEach((l) => l(id));
  w.__paragrafDirty = false;
  Object.defineProperty(globalThis, 'paragraf', { value: Object.freeze(api), writable: false });
}
