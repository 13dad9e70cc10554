/**
 * Decides whether closing the window must ask first: only when the renderer reported unsaved
 * changes. The answer of the prompt is turned into an action here so the rule is testable.
 */
export type CloseChoice = 'save' | 'discard' | 'cancel';
export type CloseAction = 'close' | 'prompt' | 'save-then-close' | 'stay';

export function createQuitGuard() {
  let dirty = false;
  let allowClose = false;
  return {
    setDirty(value: unknown) {
      dirty = value === true;
    },
    isDirty: () => dirty,
    /** On the window's close event. */
    onClose(): CloseAction {
      return allowClose || !dirty ? 'close' : 'prompt';
    },
    /** After the prompt: what to do with the user's choice. */
    afterPrompt(choice: CloseChoice): CloseAction {
      if (choice === 'discard') {
        allowClose = true;
        return 'close';
      }
      return choice === 'save' ? 'save-then-close' : 'stay';
    },
    /** Lets the next close through (after a save reported clean). */
    allow() {
      allowClose = true;
    },
  };
}

/** The prompt's buttons in order; index 0 is the default, Escape picks "Avbryt". */
export const CLOSE_PROMPT = {
  message: 'Det finns ändringar som inte har sparats.',
  detail: 'Vill du spara innan Paragraf stängs?',
  buttons: ['Spara', 'Stäng utan att spara', 'Avbryt'],
  choices: ['save', 'discard', 'cancel'] as const,
  cancelId: 2,
};
