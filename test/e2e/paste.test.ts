import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RichText } from '../../shared/protocol/richText';
import { parseProtocolText } from '../../shared/protocol/parse';
import { b, h, i, ol, p, u, ul } from '../unit/renderer/paste/richTextShorthand';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection, waitUntilSaved } from './steps/ui';

const fixture = (name: string) =>
  readFile(new URL(`../fixtures/paste/${name}`, import.meta.url), 'utf8');

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/**
 * Pastes as Chromium does for Ctrl+V: a cancelable `paste` ClipboardEvent carrying the
 * clipboard's DataTransfer and, when nobody cancelled it, a `beforeinput` "insertFromPaste"
 * with the same DataTransfer, both on the focused editor.
 */
// Runs in the page (kept as source text: the test project is type-checked without DOM types).
const DISPATCH_PASTE = `(html, text) => {
  const target = document.activeElement;
  const data = new DataTransfer();
  if (html) data.setData('text/html', html);
  data.setData('text/plain', text);
  const clip = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  if (!target.dispatchEvent(clip)) return;
  target.dispatchEvent(new InputEvent('beforeinput', {
    inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true,
  }));
}`;

async function paste(page: Page, html: string, text: string) {
  await page.evaluate(`(${DISPATCH_PASTE})(${JSON.stringify(html)}, ${JSON.stringify(text)})`);
}

async function newItem(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Nytt ärende' }).click();
  await page.keyboard.type(title);
  const section = page.getByRole('region', { name: new RegExp(`${title}$`) });
  const body = section.getByRole('textbox', { name: /^Brödtext för / });
  await body.click();
  await page.waitForFunction(
    'document.getSelection()?.anchorNode && document.activeElement?.contains(document.getSelection().anchorNode)',
  );
  return body;
}

async function savedBodies(): Promise<Map<string, RichText>> {
  const dir = join(app.libraryDir, 'drafts');
  const [file] = (await readdir(dir)).filter((f) => f.endsWith('.protokoll'));
  const loaded = parseProtocolText(await readFile(join(dir, file!), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.en);
  const protocol = loaded.value;
  return new Map(protocol.items.map((item) => [item.title, item.body]));
}

/** Nothing executable in the editor DOM: no script, image, frame or event-handler attribute. */
/** The part of a DOM element the check reads (the test project has no DOM types). */
interface ElementView {
  localName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
  querySelectorAll(selector: string): ArrayLike<ElementView>;
}

async function executableInEditor(body: Locator): Promise<string[]> {
  return body.evaluate((root) => {
    const found: string[] = [];
    for (const el of Array.from((root as unknown as ElementView).querySelectorAll('*'))) {
      if (/^(script|img|iframe|object|embed|svg|style|link)$/i.test(el.localName)) {
        found.push(el.localName);
      }
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name) || /javascript:/i.test(attr.value)) found.push(attr.name);
      }
    }
    return found;
  });
}

test('pasting Word, LibreOffice and web HTML gives only the allowed structure and runs nothing', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Kommunstyrelsen');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await openSection(page, 'Ärenden');

  // A whole numbered Word protokoll into an empty item keeps its structure.
  const wordBody = await newItem(page, 'Från Word');
  await paste(page, await fixture('word-protokoll.html'), 'Val av justerare …');
  await expect
    .poll(() => wordBody.locator('h1, h2, h3, [data-slate-node="element"]').count())
    .toBeGreaterThan(5);

  // LibreOffice HTML pasted after text typed by hand.
  const loBody = await newItem(page, 'Från LibreOffice');
  await page.keyboard.type('Inledning.');
  await page.keyboard.press('Enter');
  await paste(page, await fixture('libreoffice.html'), 'Bakgrund …');

  // A web page with scripts and an <img onerror>.
  const webBody = await newItem(page, 'Från webben');
  await paste(page, await fixture('webpage.html'), 'Ny översiktsplan …');

  // Plain text only (Notepad, a chat): paragraphs and a list.
  const textBody = await newItem(page, 'Från Anteckningar');
  await paste(page, '', 'Hej,\n\nunderlaget gäller\nbudgeten.\n\n- första\n- andra');

  await waitUntilSaved(page);
  const bodies = await savedBodies();
  expect(bodies.get('Från Word')).toEqual([
    h('§ 46 Val av justerare'),
    p(b('Beslut')),
    p('Politiska samverkansberedningen beslutar'),
    ul('att Johannes Sundelin, (S), Region Norrbotten, utses till justerare'),
    h('§ 47 Godkännande av dagordning'),
    p('Ordföranden föreslår ett tillägg under punkt 8 ', i('Övriga frågor'), ': Vaccinationsplan.'),
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
  const lo = bodies.get('Från LibreOffice')!;
  expect(lo[0]).toEqual(p('Inledning.'));
  expect(lo.slice(1).map((block) => block.type)).toEqual([
    'heading',
    'paragraph',
    'paragraph',
    'numbered-list',
    'heading',
    'bulleted-list',
    'paragraph',
  ]);
  expect(lo[4]).toEqual(
    ol('bemanning under helger', 'resvägar i glesbygd', 'digital tillsyn nattetid'),
  );
  const web = bodies.get('Från webben')!;
  expect(web.map((block) => block.type)).toEqual([
    'paragraph',
    'heading',
    'paragraph',
    'paragraph',
    'heading',
    'bulleted-list',
    'paragraph',
    'paragraph',
    'paragraph',
  ]);
  expect(JSON.stringify(web)).not.toMatch(
    /injicerad|svg-text|Dold text|Aktivera JavaScript|javascript:/,
  );
  expect(bodies.get('Från Anteckningar')).toEqual([
    p('Hej,'),
    p('underlaget gäller budgeten.'),
    ul('första', 'andra'),
  ]);

  // Nothing executable reached the page: no payload ran, no such element or attribute exists.
  expect(
    await page.evaluate(() => (globalThis as { __pastePayloadRan?: unknown }).__pastePayloadRan),
  ).toBeUndefined();
  for (const body of [wordBody, loBody, webBody, textBody]) {
    expect(await executableInEditor(body)).toEqual([]);
  }
  expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
});

test('a decision pasted as plain text becomes the intro line and one att-sats per "att" line', async () => {
  const { page } = app;
  const item = page.getByRole('region', { name: /Från Anteckningar$/ });
  await item.getByLabel('Att-sats 1', { exact: true }).click();
  await paste(
    page,
    '',
    'Kommunstyrelsen beslutar\n\natt anta budgeten för 2026\natt uppdra åt förvaltningen\natt återrapportera i juni',
  );
  await expect
    .poll(() =>
      item
        .getByLabel(/^Att-sats \d+$/)
        .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value)),
    )
    .toEqual([
      'att anta budgeten för 2026',
      'att uppdra åt förvaltningen',
      'att återrapportera i juni',
    ]);
  await expect
    .poll(() => item.getByLabel('Beslutsinledning').inputValue())
    .toBe('Kommunstyrelsen beslutar');
  // The caret stays in the last pasted att-sats, so typing goes on there.
  await page.keyboard.type(' 2026');
  await expect
    .poll(() => item.getByLabel('Att-sats 3', { exact: true }).inputValue())
    .toBe('att återrapportera i juni 2026');
});

test('an image or a table that cannot be kept is announced, not dropped silently', async () => {
  const { page } = app;
  await openSection(page, 'Ärenden');
  await newItem(page, 'Med bild');
  await paste(
    page,
    '<p>Se diagrammet.</p><img src="data:image/png;base64,iVBORw0KGgo="><table><tr><td>Kostnad</td><td>12 000</td></tr></table>',
    'Se diagrammet.',
  );
  await expect
    .poll(() => page.locator('.notice').textContent())
    .toContain('Bilden klistrades inte in; tabellen blev text.');
});
