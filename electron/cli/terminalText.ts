/**
 * Text from a file, made safe to write to a terminal: control characters (C0 and C1, line
 * breaks included, so one entry stays one line and no escape sequence reaches the terminal)
 * become spaces, and bidirectional overrides, which could show the line in another order than
 * it is, are dropped.
 */
export function terminalText(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ').replace(/[\u202A-\u202E\u2066-\u2069]/gu, '');
}
