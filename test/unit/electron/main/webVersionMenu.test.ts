import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../../electron/main/menuTemplate';
import type { CommandId } from '../../../../shared/commands';

describe('Arkiv › Exportera webbversion…', () => {
  it('sits after the other exports and sends export-web-pdf', () => {
    const sent: CommandId[] = [];
    const arkiv = buildMenuTemplate((c) => sent.push(c), 'linux')[0]!;
    const items = arkiv.submenu as MenuItemConstructorOptions[];
    const labels = items.map((i) => i.label);
    const web = labels.indexOf('Exportera webbversion…');
    expect(web).toBe(labels.indexOf('Exportera DOCX…') + 1);
    (items[web]!.click as () => void)();
    expect(sent).toEqual(['export-web-pdf']);
  });
});
