/**
 * Why an appendix file was not read. 'refused' covers missing, forbidden and unresolvable paths
 * alike, so what reaches the page cannot tell them apart; the message is for the log only.
 */
export type AppendixReadFailure = 'refused' | 'not-a-file' | 'too-large' | 'unreadable';

export class AppendixReadError extends Error {
  constructor(
    readonly kind: AppendixReadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'AppendixReadError';
  }
}
