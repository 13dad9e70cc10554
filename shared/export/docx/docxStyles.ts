import { AlignmentType, LevelFormat, type IStylesOptions, type INumberingOptions } from 'docx';

/** Arial is metric-compatible with the Liberation Sans the PDF embeds: same line breaks. */
export const DOCX_FONT = 'Arial';

/** Half-points. */
const SIZE = { body: 22, small: 20, h1: 24, h2: 22 };

/** Style ids used by the renderer; the names are what a Word user sees and restyles. */
export const STYLE = {
  meta: 'Meta',
  intro: 'Beslutsinledning',
  attSats: 'Att-sats',
  decision: 'Beslut',
  note: 'Anteckning',
  label: 'Faltrubrik',
  signature: 'Underskrift',
  header: 'Sidhuvud',
} as const;

export const NUMBERING = { attSats: 'att-satser', bullet: 'punktlista', ordered: 'numrerad-lista' };

export function docxStyles(): IStylesOptions {
  const font = DOCX_FONT;
  return {
    default: {
      document: { run: { font, size: SIZE.body }, paragraph: { spacing: { after: 120 } } },
      heading1: {
        run: { font, size: SIZE.h1, bold: true, color: '000000' },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
      },
      heading2: {
        run: { font, size: SIZE.h2, bold: true, color: '000000' },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 180, after: 60 } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.meta,
        name: 'Meta',
        basedOn: 'Normal',
        run: { size: SIZE.small },
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: STYLE.intro,
        name: 'Beslutsinledning',
        basedOn: 'Normal',
        paragraph: { keepNext: true, spacing: { after: 60 } },
      },
      {
        id: STYLE.attSats,
        name: 'Att-sats',
        basedOn: 'Normal',
        paragraph: { keepNext: true, keepLines: true, spacing: { after: 60 } },
      },
      {
        id: STYLE.decision,
        name: 'Beslut',
        basedOn: 'Heading2',
        next: STYLE.intro,
        run: { bold: true },
      },
      { id: STYLE.note, name: 'Anteckning', basedOn: 'Normal', run: { italics: true } },
      {
        id: STYLE.label,
        name: 'Fältrubrik',
        basedOn: 'Normal',
        run: { bold: true, size: SIZE.small, allCaps: true },
        paragraph: { keepNext: true, spacing: { before: 240, after: 80 } },
      },
      {
        id: STYLE.signature,
        name: 'Underskrift',
        basedOn: 'Normal',
        paragraph: { keepLines: true, keepNext: true, spacing: { before: 560, after: 40 } },
      },
      {
        id: STYLE.header,
        name: 'Sidhuvud Paragraf',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

/** Att-satser as a real dash list; body lists as bullets or decimals. */
export function docxNumbering(): INumberingOptions {
  const indent = { left: 360, hanging: 360 };
  return {
    config: [
      {
        reference: NUMBERING.attSats,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '–',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
      {
        reference: NUMBERING.bullet,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
      {
        reference: NUMBERING.ordered,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
    ],
  };
}
