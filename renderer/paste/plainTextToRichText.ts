import type { Decision } from '../../shared/protocol/item';
import type { RichText } from '../../shared/protocol/richText';
import { NO_MARKS } from './inlineMarks';
import { RichTextBuilder, type BuildOptions } from './richTextBuilder';

const BULLET = /^\s*[-•*–·▪]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/**
 * Plain text into rich text: blank-line-separated blocks become paragraphs (their lines joined,
 * as e-mail text is hard-wrapped); lines starting with "-", "•" or "1." become list items. Text
 * without any blank line is taken line by line, as Notepad and chat programs write paragraphs.
 */
export function plainTextToRichText(text: string, options: BuildOptions = {}): RichText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const linePerParagraph = !/\n[ \t\u00a0]*\n/.test(text.replace(/\r\n?/g, '\n').trim());
  const out = new RichTextBuilder();
  let listCount = 0;
  let previousList: 'bulleted-list' | 'numbered-list' | null = null;
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const type = bullet ? 'bulleted-list' : 'numbered-list';
      if (type !== previousList) listCount++;
      out.open('list-item', { type, key: `text-${listCount}` });
      out.text((bullet ?? numbered)![1]!, NO_MARKS);
      previousList = type;
      continue;
    }
    if (line.trim() === '') {
      out.close();
      previousList = null;
      continue;
    }
    if (linePerParagraph || out.openKind() !== 'paragraph') out.open('paragraph');
    else out.text(' ', NO_MARKS);
    out.text(line, NO_MARKS);
    previousList = null;
  }
  return out.build(options);
}

const ATT = /^att(\s|$)/i;
const LIST_MARKER = /^\s*(?:[-•*–·▪]|\d{1,3}[.)])\s+/;

/**
 * Pasted decision text: each line starting with "att" becomes an att-sats (the "att" stays part
 * of its text); lines before the first one form the intro ("Nämnden beslutar"); other lines
 * continue the att-sats above them. Bullets and numbers in front of the lines are dropped.
 */
export function plainTextToAttSatser(text: string): Decision {
  const intro: string[] = [];
  const attSatser: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(LIST_MARKER, '').replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (ATT.test(line)) attSatser.push(line);
    else if (attSatser.length > 0) attSatser[attSatser.length - 1] += ` ${line}`;
    else intro.push(line);
  }
  return { intro: intro.join(' '), attSatser };
}
