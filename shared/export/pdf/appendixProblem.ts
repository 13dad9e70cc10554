/** Why an appendix PDF was refused. */
export type AppendixProblemKind =
  | 'not-pdf'
  | 'encrypted'
  | 'damaged'
  | 'too-many-objects'
  | 'too-many-pages'
  | 'too-deep'
  | 'page-tree-cycle';

/** A reason to refuse one appendix; the caller adds which appendix it was. */
export class AppendixProblem extends Error {
  constructor(
    readonly kind: AppendixProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'AppendixProblem';
  }
}
