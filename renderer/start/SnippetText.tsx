import type { SnippetPart } from '../../shared/search/searchTypes';

/** A snippet with its matches in <mark>: React elements only, the text is never parsed as HTML. */
export function SnippetText({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}
