import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextMenuTemplate } from '../../../../electron/main/contextMenuTemplate';
import { REPO_ROOT } from '../services/export/pdfTools';

const DICTIONARIES = join(REPO_ROOT, 'renderer/public/dictionaries');

/** The dictionary's stems (the part before "/flags"), for a presence check without hunspell. */
function stems(): Set<string> {
  const lines = readFileSync(join(DICTIONARIES, 'sv_SE.dic'), 'utf8').split('\n');
  return new Set(lines.slice(1).map((l) => l.split('/')[0]!.trim()));
}

describe('the shipped Swedish dictionary', () => {
  it('is UTF-8 Hunspell with the words of a protokoll, and its licence is beside it', () => {
    const aff = readFileSync(join(DICTIONARIES, 'sv_SE.aff'), 'utf8');
    expect(aff).toMatch(/^SET UTF-8$/m);
    const words = stems();
    expect(words.size).toBeGreaterThan(100_000);
    for (const word of [
      'ordförande',
      'sekreterare',
      'justera',
      'sammanträde',
      'ledamot',
      'beslut',
      'nämnd',
      'protokoll',
    ]) {
      expect(words.has(word), word).toBe(true);
    }
    const licence = readFileSync(join(DICTIONARIES, 'LICENSE-sv_SE.txt'), 'utf8');
    expect(licence).toContain('Göran Andersson');
    expect(licence).toContain('GNU LESSER GENERAL PUBLIC LICENSE');
  });
});

describe('the right-click menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
  const actions = () => {
    const calls: string[] = [];
    return {
      calls,
      replaceMisspelling: (w: string) => calls.push(`replace:${w}`),
      addToDictionary: (w: string) => calls.push(`add:${w}`),
    };
  };

  it('offers the suggestions and "Lägg till i ordlistan" for a misspelled word', () => {
    const a = actions();
    const menu = contextMenuTemplate(
      {
        isEditable: true,
        misspelledWord: 'sammantrade',
        dictionarySuggestions: ['sammanträde', 'sammanträden'],
        selectionText: '',
        editFlags: flags,
      },
      a,
    );
    expect(menu.map((m) => m.label ?? m.type)).toEqual([
      'sammanträde',
      'sammanträden',
      'separator',
      'Lägg till i ordlistan',
      'separator',
      'Klipp ut',
      'Kopiera',
      'Klistra in',
      'separator',
      'Markera allt',
    ]);
    const click = (label: string) => (menu.find((m) => m.label === label)!.click as () => void)();
    click('sammanträde');
    click('Lägg till i ordlistan');
    expect(a.calls).toEqual(['replace:sammanträde', 'add:sammantrade']);
  });

  it('says when there are no suggestions, and offers only Kopiera outside a field', () => {
    const none = contextMenuTemplate(
      {
        isEditable: true,
        misspelledWord: 'xqzt',
        dictionarySuggestions: [],
        selectionText: '',
        editFlags: flags,
      },
      actions(),
    );
    expect(none[0]).toMatchObject({ label: 'Inga förslag', enabled: false });
    const text = contextMenuTemplate(
      {
        isEditable: false,
        misspelledWord: '',
        dictionarySuggestions: [],
        selectionText: 'Beslut',
        editFlags: flags,
      },
      actions(),
    );
    expect(text.map((m) => m.label)).toEqual(['Kopiera']);
  });
});
