import type { DecisionRow } from '../../search/searchTypes';
import { STATUS_LABELS } from '../../protocol/statusLabels';

export const DECISION_SHEET_HEADER = [
  'Organ',
  'Sammanträdesdatum',
  'Paragraf',
  'Ärende',
  'Dnr',
  'Beslut',
  'Status',
] as const;

/** The Beslutsregister as rows of text (header first); the att-satser one per line in a cell. */
export function decisionSheetRows(rows: readonly DecisionRow[]): string[][] {
  return [
    [...DECISION_SHEET_HEADER],
    ...rows.map((r) => [
      r.body,
      r.date,
      r.label,
      r.title,
      r.dnr,
      [r.intro, ...r.attSatser].filter((s) => s.trim()).join('\n'),
      STATUS_LABELS[r.status],
    ]),
  ];
}
