import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { richTextSchema } from '../../../../shared/protocol/richText';
import { openPastePage, type PastePage } from './pasteInChromium';
import { b, h, i, ol, p, u, ul } from './richTextShorthand';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/paste/${name}`, import.meta.url), 'utf8');

let paste: PastePage;
beforeAll(async () => {
  paste = await openPastePage();
});
afterAll(async () => {
  await paste?.close();
});

describe('htmlToRichText with real clipboard HTML', () => {
  it('turns a Word document into paragraphs, a heading and real lists', async () => {
    expect(await paste.html(fixture('word-beslut.html'))).toEqual([
      p(b('Tjänsteskrivelse – Riktlinjer för bidrag till föreningar')),
      p('Dnr KS 2020/0412'),
      h('Sammanfattning'),
      p(
        'Kultur- och fritidsförvaltningen har sett över riktlinjerna för ',
        b('föreningsbidrag'),
        '. De nya riktlinjerna ',
        i('förenklar'),
        ' ansökan och gäller ',
        u('från 1 januari 2021'),
        '.',
      ),
      p('Förändringarna i korthet:'),
      ul(['ett gemensamt ansökningsdatum, ', b('15 mars')], 'ansökan sker digitalt', [
        'redovisning senast ',
        i('30 november'),
      ]),
      p('Förvaltningen föreslår följande ordning:'),
      ol('Föreningen ansöker', 'Nämnden beslutar'),
    ]);
  });

  it('keeps the structure of a whole §-numbered Word protokoll', async () => {
    expect(await paste.html(fixture('word-protokoll.html'))).toEqual([
      h('§ 46 Val av justerare'),
      p(b('Beslut')),
      p('Politiska samverkansberedningen beslutar'),
      ul('att Johannes Sundelin, (S), Region Norrbotten, utses till justerare'),
      h('§ 47 Godkännande av dagordning'),
      p(
        'Ordföranden föreslår ett tillägg under punkt 8 ',
        i('Övriga frågor'),
        ': Vaccinationsplan.',
      ),
      p(b('Beslut')),
      ul(
        ['att godkänna dagordningen med tillägget ', u('Vaccinationsplan')],
        'att lägga informationen till handlingarna',
      ),
      h('§ 48 Hjälpmedelsförsörjning'),
      p('Information lämnas av Anna Lindqvist, länssamordnare.'),
      p('Utredningen ska belysa:'),
      ol('ansvarsfördelningen mellan kommun och region', 'kostnaderna', 'tidplan till maj 2021'),
      p(b('Beslut')),
      p('Politiska samverkansberedningen beslutar'),
      ul(['att i samverkan utreda frågan om ', b('hjälpmedelsförsörjningen')]),
    ]);
  });

  it('reads LibreOffice lists written as <ol><li><p>', async () => {
    expect(await paste.html(fixture('libreoffice.html'))).toEqual([
      h('Bakgrund'),
      p(
        'Socialnämnden har i uppdrag att se över ',
        b('hemtjänstens'),
        ' organisation. Översynen ',
        i('ska'),
        ' vara klar ',
        u('före sommaren'),
        '.',
      ),
      p('Förvaltningen har identifierat tre områden:'),
      ol('bemanning under helger', 'resvägar i glesbygd', 'digital tillsyn nattetid'),
      h('Synpunkter från brukarråd'),
      ul('kontinuitet i personalen', ['tydligare ', b('information'), ' vid ändringar']),
      p('Förslaget har stämts av med ekonomiavdelningen.'),
    ]);
  });

  it('reads an Outlook e-mail with a list and a signature table', async () => {
    expect(await paste.html(fixture('outlook.html'))).toEqual([
      p('Hej Karin,'),
      p(
        'Här kommer underlaget till ',
        b('§ 12 Budgetuppföljning'),
        ' inför tisdagens sammanträde.',
      ),
      p('Prognosen visar ett underskott på 4,2 mnkr, främst inom:'),
      ul('försörjningsstöd', ['placeringar av ', i('barn och unga')]),
      p('Med vänlig hälsning'),
      p(b('Erik Berg')),
      p('Controller, Ekonomiavdelningen'),
    ]);
  });

  it('keeps the text of a web page and drops everything executable', async () => {
    const result = await paste.html(fixture('webpage.html'));
    expect(result).toEqual([
      p('Start › Nyheter'),
      h('Ny översiktsplan ute på samråd'),
      p(
        'Kommunfullmäktige ',
        b('beslutade'),
        ' den 14 december att skicka förslaget på ',
        i('samråd'),
        '.',
      ),
      p('Läs hela förslaget här eller på webben.'),
      h('Så lämnar du synpunkter'),
      ul(['via e-post till ', u('kommunstyrelsen@boden.se')], 'per brev', [
        'i kommunens ',
        b('kontaktcenter'),
      ]),
      p('Samrådet pågår'),
      p('till och med ', { text: '28 februari 2021', bold: true, italic: true }, '.'),
      p('© Bodens kommun'),
    ]);
    expect(await paste.payloadFlag()).toBeUndefined();
  });

  it('gives output that the protocol schema accepts, for every fixture', async () => {
    for (const name of [
      'word-beslut.html',
      'word-protokoll.html',
      'libreoffice.html',
      'outlook.html',
      'webpage.html',
    ]) {
      const result = await paste.html(fixture(name));
      expect(richTextSchema.safeParse(result).success, name).toBe(true);
      const json = JSON.stringify(result);
      for (const forbidden of [
        '<',
        'mso-',
        'font-family',
        'onerror',
        'javascript:',
        'KN1',
        'Kolla datum',
        'Dold',
      ]) {
        expect(json, `${name} contains ${forbidden}`).not.toContain(forbidden);
      }
    }
  });
});

describe('htmlToRichText details', () => {
  it('reads marks from inline styles and lets font-weight:normal switch bold off', async () => {
    const googleDocs =
      '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Fet</span> och <span style="font-style:italic;text-decoration:underline">kursiv understruken</span></p></b>';
    expect(await paste.html(googleDocs)).toEqual([
      p(b('Fet'), ' och ', { text: 'kursiv understruken', italic: true, underline: true }),
    ]);
    expect(
      await paste.html('<p><span style="mso-bidi-font-weight:bold">inte fet</span></p>'),
    ).toEqual([p('inte fet')]);
  });

  it('flattens nested lists and numbers lists by their Word marker', async () => {
    expect(await paste.html('<ul><li>ett<ul><li>ett a</li></ul></li><li>två</li></ul>')).toEqual([
      ul('ett'),
      ul('ett a'),
      ul('två'),
    ]);
    const wordItem = (marker: string, text: string) =>
      `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span>&nbsp;&nbsp;</span></span><![endif]>${text}</p>`;
    expect(await paste.html(wordItem('a)', 'första') + wordItem('b)', 'andra'))).toEqual([
      ol('första', 'andra'),
    ]);
    expect(await paste.html(wordItem('o', 'punkt'))).toEqual([ul('punkt')]);
  });

  it('can leave out headings and lists for fields that hold paragraphs only', async () => {
    expect(
      await paste.html('<h1>Rubrik</h1><ol><li>ett</li></ol>', {
        allowHeadings: false,
        allowLists: false,
      }),
    ).toEqual([p('Rubrik'), p('ett')]);
  });
});
