import type { DecisionRow, SearchFilter } from '../search/searchTypes';
import type { PrintBlock, PrintDocument } from './printDocument';
import { STATUS_LABELS } from '../protocol/statusLabels';

export interface DecisionRegisterOptions {
  filter: SearchFilter & { query?: string };
  /** yyyy-mm-dd, printed in the header. */
  printedOn: string;
  author?: string;
}

/** What the register was limited to, as one line ("Kommunstyrelsen, 2021, sökord: skola"). */
export function selectionText(filter: DecisionRegisterOptions['filter']): string {
  const parts = [
    filter.body || 'Alla organ',
    filter.year || 'alla år',
    filter.status ? `status: ${STATUS_LABELS[filter.status].toLowerCase()}` : '',
    filter.query?.trim() ? `sökord: ${filter.query.trim()}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * The Beslutsregister as a print model: one section per decision (its § and title, where and
 * when it was decided, the att-satser), printed by the same engine as a protokoll, so it gets
 * the page furniture ("Sida x av y"), the shipped fonts and a tagged PDF.
 */
export function buildDecisionRegister(
  rows: readonly DecisionRow[],
  options: DecisionRegisterOptions,
): PrintDocument {
  const selection = selectionText(options.filter);
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: 'Beslutsregister' },
    {
      kind: 'facts',
      rows: [
        { label: 'Urval', value: selection },
        { label: 'Antal beslut', value: String(rows.length) },
      ],
    },
  ];
  rows.forEach((r, i) => {
    blocks.push({
      kind: 'item',
      id: `beslut-${i + 1}`,
      number: r.label,
      title: r.title || 'Ärende utan rubrik',
      newPage: false,
      blocks: [
        {
          kind: 'paragraph',
          role: 'meta',
          runs: [
            {
              text: [
                r.body,
                r.date,
                r.dnr ? `Dnr ${r.dnr}` : '',
                STATUS_LABELS[r.status].toLowerCase(),
              ]
                .filter(Boolean)
                .join(' · '),
            },
          ],
        },
        {
          kind: 'decision',
          variant: 'decision',
          heading: 'Beslut',
          intro: r.intro,
          attSatser: r.attSatser,
        },
      ],
    });
  });
  return {
    info: {
      title: `Beslutsregister – ${selection}`,
      author: options.author ?? 'Paragraf',
      subject: 'Beslutsregister',
      keywords: ['Beslutsregister', options.filter.body ?? '', options.filter.year ?? ''].filter(
        Boolean,
      ),
      language: 'sv-SE',
    },
    furniture: {
      header: {
        documentKind: 'Beslutsregister',
        organ: options.filter.body || 'Alla organ',
        dateLabel: 'Utskrivet',
        date: options.printedOn,
        pageNumber: [{ text: 'Sida ' }, { field: 'page' }, { text: ' av ' }, { field: 'pages' }],
      },
      footerBoxes: [],
    },
    blocks,
  };
}
