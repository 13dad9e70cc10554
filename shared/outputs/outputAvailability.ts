import { ParagrafError } from '../errors/paragrafError';
import type { Protocol } from '../protocol/protocol';
import type { OutputRow } from './outputRow';

/** The document a draft stands for: its kallelse before the meeting, else the protokoll. */
export function defaultDocumentOf(protocol: Pick<Protocol, 'status'>): 'kallelse' | 'protokoll' {
  return protocol.status === 'kallelse' ? 'kallelse' : 'protokoll';
}

/**
 * Why `row` cannot be made from `protocol` yet, or undefined when it can. A kallelse has no
 * decisions: a protokoll, its web version, an extract or an anslagsbevis made from it would
 * print an empty meeting as if it had been held.
 */
export function outputRefusal(
  row: Pick<OutputRow, 'kind' | 'label' | 'afterMeeting'>,
  protocol: Pick<Protocol, 'status'>,
): ParagrafError | undefined {
  if (!row.afterMeeting || protocol.status !== 'kallelse') return undefined;
  return new ParagrafError(
    'document-needs-meeting',
    `a ${row.kind} is made once the kallelse has become a protokoll`,
    `Det här är en kallelse. ${row.label} kan göras först när du har gjort protokoll av kallelsen.`,
  );
}
