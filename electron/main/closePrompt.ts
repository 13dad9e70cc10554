import { dialog, type BrowserWindow } from 'electron';
import { MENU_CHANNEL } from '../../shared/ipc/contract';
import { CLOSE_PROMPT, createQuitGuard } from './quitGuard';

const SAVE_WAIT_MS = 10_000;

/**
 * Asks before closing only when the renderer reported unsaved changes. "Spara" asks the
 * renderer to save (as the menu would) and closes once it reports clean; if it does not, the
 * window stays open so nothing is lost.
 */
export function guardWindowClose(
  win: BrowserWindow,
  guard: ReturnType<typeof createQuitGuard>,
  log: (m: string) => void,
): void {
  let prompting = false;
  win.on('close', (event) => {
    if (guard.onClose() === 'close') return;
    event.preventDefault();
    if (prompting) return;
    prompting = true;
    void (async () => {
      try {
        const { response } = await dialog.showMessageBox(win, {
          type: 'question',
          message: CLOSE_PROMPT.message,
          detail: CLOSE_PROMPT.detail,
          buttons: CLOSE_PROMPT.buttons,
          defaultId: 0,
          cancelId: CLOSE_PROMPT.cancelId,
          noLink: true,
        });
        const action = guard.afterPrompt(CLOSE_PROMPT.choices[response] ?? 'cancel');
        if (action === 'close') {
          log('closing with unsaved changes discarded by the user');
          win.close();
        } else if (action === 'save-then-close') {
          win.webContents.send(MENU_CHANNEL, 'save');
          if (await waitUntilClean(guard)) {
            guard.allow();
            win.close();
          } else {
            log('save before closing did not complete; window kept open');
            await dialog.showMessageBox(win, {
              type: 'warning',
              message: 'Utkastet kunde inte sparas.',
              detail: 'Paragraf stängs inte, så att inget går förlorat. Försök spara igen.',
              buttons: ['OK'],
              noLink: true,
            });
          }
        }
      } finally {
        prompting = false;
      }
    })();
  });
}

async function waitUntilClean(guard: ReturnType<typeof createQuitGuard>): Promise<boolean> {
  const until = Date.now() + SAVE_WAIT_MS;
  while (Date.now() < until) {
    if (!guard.isDirty()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !guard.isDirty();
}
