import { describe, expect, it } from 'vitest';
import { itemNumberMap } from '../../../../shared/protocol/numbering';
import { protocolSchema } from '../../../../shared/protocol/protocol';
import { plainText } from '../../../../shared/protocol/richTextHelpers';
import { BUILT_IN_TEMPLATES, getTemplate } from '../../../../shared/template/builtInTemplates';
import { createProtocolFromTemplate } from '../../../../shared/template/newProtocol';

const now = new Date('2025-03-01T10:00:00Z');

describe('createProtocolFromTemplate', () => {
  it('creates a valid draft from every built-in template', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const p = createProtocolFromTemplate(t, { id: `new-${t.id}`, now });
      expect(protocolSchema.safeParse(p).success, t.id).toBe(true);
      expect(p.labels).toEqual(t.labels);
      expect(p.layout).toEqual(t.layout);
      expect(p.attendance.groups.map((g) => g.id)).toEqual(t.attendanceGroups.map((g) => g.id));
      expect(p.items.length).toBe(t.items.filter((i) => i.includeByDefault).length);
    }
  });

  it('starts as a kallelse when asked to or when the template says so, as a protokoll otherwise', () => {
    const t = getTemplate('kommunal-namnd')!;
    expect(createProtocolFromTemplate(t, { id: 'a', now }).status).toBe('utkast');
    expect(createProtocolFromTemplate(t, { id: 'b', now, kallelse: true }).status).toBe('kallelse');
    const kallelseFirst = { ...t, startsAs: 'kallelse' as const };
    expect(createProtocolFromTemplate(kallelseFirst, { id: 'c', now }).status).toBe('kallelse');
  });

  it('puts opening items first and closing items last, with the body name filled in', () => {
    const t = getTemplate('kommunal-namnd')!;
    const p = createProtocolFromTemplate(t, {
      id: 'ks',
      now,
      body: 'Socialnämnden',
      date: '2025-03-12',
      firstNumber: 46,
    });
    expect(p.items.map((i) => i.title)).toEqual([
      'Val av justerare',
      'Godkännande av dagordning',
      'Föregående mötesprotokoll',
      'Övriga frågor',
      'Meddelanden',
      'Sammanträdets avslutande',
    ]);
    expect(p.items[0]!.decision?.intro).toBe('Socialnämnden beslutar');
    expect(plainText(p.items[0]!.body)).toContain('utses till justerare');
    expect(JSON.stringify(p)).not.toContain('{organ}');
    expect(p.meeting).toMatchObject({ body: 'Socialnämnden', date: '2025-03-12' });
    expect(itemNumberMap(p).get(p.items[0]!.id)?.label).toBe('§ 46');
    expect(p.createdAt).toBe(now.toISOString());
  });

  it('does not share the template objects with the draft', () => {
    const t = getTemplate('kommunal-namnd')!;
    const p = createProtocolFromTemplate(t, { id: 'x', now });
    p.labels.decision = 'changed';
    p.attendance.groups[0]!.label = 'changed';
    expect(getTemplate('kommunal-namnd')!.labels.decision).toBe('Beslut');
    expect(getTemplate('kommunal-namnd')!.attendanceGroups[0]!.label).toBe('Beslutande');
  });
});
