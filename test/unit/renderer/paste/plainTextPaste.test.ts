import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPastePage, type PastePage } from './pasteInChromium';
import { ol, p, ul } from './richTextShorthand';

let paste: PastePage;
beforeAll(async () => {
  paste = await openPastePage();
});
afterAll(async () => {
  await paste?.close();
});

describe('plainTextToRichText', () => {
  it('makes blank-line-separated blocks paragraphs and joins hard-wrapped lines', async () => {
    const mail =
      'Hej,\r\n\r\nhär kommer underlaget till\r\nsammanträdet på tisdag.\r\n\r\n\r\nMvh Erik';
    expect(await paste.text(mail)).toEqual([
      p('Hej,'),
      p('här kommer underlaget till sammanträdet på tisdag.'),
      p('Mvh Erik'),
    ]);
  });

  it('turns "-", "•" and "1." lines into lists', async () => {
    const text =
      'Tre områden:\n\n1. bemanning\n2. resvägar\n3) tillsyn\n\n- kontinuitet\n• information\n\nSlut.';
    expect(await paste.text(text)).toEqual([
      p('Tre områden:'),
      ol('bemanning', 'resvägar', 'tillsyn'),
      ul('kontinuitet', 'information'),
      p('Slut.'),
    ]);
  });

  it('takes text without blank lines line by line', async () => {
    expect(await paste.text('Första stycket\nAndra stycket')).toEqual([
      p('Första stycket'),
      p('Andra stycket'),
    ]);
  });
});

describe('plainTextToAttSatser', () => {
  it('makes the "att" lines att-satser and the lines before them the intro', async () => {
    const text =
      'Politiska samverkansberedningen beslutar\n\n- Att anta processen i arbetet mot en gemensam målbild\n  för omställningen.\n- att förslag till målbild beslutas i maj 2021.\n';
    expect(await paste.attSatser(text)).toEqual({
      intro: 'Politiska samverkansberedningen beslutar',
      attSatser: [
        'Att anta processen i arbetet mot en gemensam målbild för omställningen.',
        'att förslag till målbild beslutas i maj 2021.',
      ],
    });
  });

  it('does not split on words that merely start with "att"', async () => {
    expect(
      await paste.attSatser('att attestera fakturan\nattesträtt ges till ekonomichefen'),
    ).toEqual({
      intro: '',
      attSatser: ['att attestera fakturan attesträtt ges till ekonomichefen'],
    });
  });
});
