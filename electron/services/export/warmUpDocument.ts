import type { PrintDocument } from '../../../shared/print';

/**
 * Printed once when the app starts: a page with the page furniture and text in all four faces,
 * so the browser, the print page and the fonts are ready before the first real export.
 */
export const WARM_UP_DOCUMENT: PrintDocument = {
  info: { title: 'Paragraf', author: '', subject: '', keywords: [], language: 'sv-SE' },
  furniture: {
    header: {
      documentKind: 'Protokoll',
      organ: 'Paragraf',
      dateLabel: 'Sammanträdesdatum',
      date: '',
      pageNumber: [{ text: 'Sida ' }, { field: 'page' }, { text: ' av ' }, { field: 'pages' }],
    },
    footerBoxes: [],
  },
  blocks: [
    { kind: 'heading', level: 1, text: '§ 1 Paragraf' },
    {
      kind: 'paragraph',
      role: 'body',
      runs: [
        { text: 'Åäö ' },
        { text: 'Åäö ', bold: true },
        { text: 'Åäö ', italic: true },
        { text: 'Åäö', bold: true, italic: true },
      ],
    },
  ],
};
