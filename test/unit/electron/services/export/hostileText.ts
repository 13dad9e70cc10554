import type { Protocol } from '../../../../../shared/protocol';

/**
 * Pieces that break out of the contexts a user string lands in: HTML text and attributes, the
 * print CSS (strings, comments, at-rules), DOCX XML, and the label placeholders.
 */
const BREAKOUTS = [
  '</style>',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; } body { display:none } /*",
  '*/ @import url(x);',
  ']]>',
  '<w:t>x</w:t>',
  '</w:p><w:p>',
  '&amp; &lt;b&gt;',
  '&#x41;',
  '<!-- -->',
  '\\" \\\\',
  '{page} {pages} {organ} {date}',
  '$& $1',
] as const;

/** A value with a unique marker and three breakouts chosen by a small deterministic generator. */
export function hostileValue(index: number, seed: number): string {
  let state = (seed * 7919 + index * 104_729) >>> 0;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return BREAKOUTS[state % BREAKOUTS.length]!;
  };
  return `H${index}x ${next()} ${next()} ${next()}`;
}

/**
 * Puts a hostile value into every string field the meeting documents print: the body, place,
 * people, item titles, presenters, documents, texts, proposals, decisions, expediering and the
 * anslag. Returns the values, each of which must be printed literally.
 */
export function makeHostile(protocol: Protocol, seed: number): string[] {
  const values: string[] = [];
  const take = () => {
    const v = hostileValue(values.length, seed);
    values.push(v);
    return v;
  };
  protocol.meeting.body = take();
  protocol.meeting.place = take();
  for (const person of protocol.attendance.people) person.name = take();
  for (const item of protocol.items) {
    item.title = take();
    item.presenters = [take()];
    item.documents = [take()];
    item.body = [{ type: 'paragraph', children: [{ text: take() }] }];
    if (item.proposal) item.proposal = { intro: take(), attSatser: [take()] };
    if (item.decision) item.decision = { intro: take(), attSatser: [take()] };
    item.distribution = [take()];
  }
  protocol.notice.storageLocation = take();
  protocol.notice.certifiedBy = take();
  return values;
}
