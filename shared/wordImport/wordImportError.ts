import { ParagrafError } from '../errors/paragrafError';

/** Why a Word file cannot be imported; the code names the case for tests and logs. */
export type WordImportProblem =
  | 'not-a-zip'
  | 'word-97'
  | 'too-large'
  | 'zip-bomb'
  | 'damaged'
  | 'unsafe-name'
  | 'no-document'
  | 'dtd'
  | 'bad-xml'
  | 'too-much';

const MESSAGES: Record<WordImportProblem, { en: string; sv: string }> = {
  'not-a-zip': {
    en: 'the file is not a Word document (.docx)',
    sv: 'Filen är inte ett Word-dokument (.docx).',
  },
  'word-97': {
    en: 'the file is an old Word document (.doc); save it as .docx in Word or LibreOffice first',
    sv: 'Filen är ett äldre Word-dokument (.doc). Spara den som .docx i Word eller LibreOffice och importera igen.',
  },
  'too-large': {
    en: 'the Word document is too large to import',
    sv: 'Word-dokumentet är för stort för att importeras.',
  },
  'zip-bomb': {
    en: 'the Word document unpacks to far more data than a protokoll holds; refused',
    sv: 'Word-dokumentet packas upp till orimligt mycket data och importeras inte.',
  },
  damaged: {
    en: 'the Word document is damaged and cannot be read',
    sv: 'Word-dokumentet är skadat och kan inte läsas.',
  },
  'unsafe-name': {
    en: 'the Word document contains a part with an unsafe name; refused',
    sv: 'Word-dokumentet innehåller en del med ett otillåtet namn och importeras inte.',
  },
  'no-document': {
    en: 'the file has no Word document text (word/document.xml is missing)',
    sv: 'Filen saknar dokumenttext och är inget Word-dokument.',
  },
  dtd: {
    en: 'the Word document declares a DTD or entities, which Word never writes; refused',
    sv: 'Word-dokumentet innehåller otillåtna XML-deklarationer och importeras inte.',
  },
  'too-much': {
    en: 'the Word document holds more than a protokoll can (e.g. over 2000 items)',
    sv: 'Word-dokumentet innehåller mer än ett protokoll kan rymma (till exempel fler än 2000 paragrafer).',
  },
  'bad-xml': {
    en: 'the Word document text is not well-formed XML',
    sv: 'Word-dokumentets text är skadad och kan inte läsas.',
  },
};

/** The one error a refused Word import throws: English for the CLI and logs, Swedish for the UI. */
export function wordImportError(problem: WordImportProblem, detail?: string): ParagrafError {
  const m = MESSAGES[problem];
  return new ParagrafError(
    `word-import-${problem}`,
    m.en,
    m.sv,
    detail === undefined ? {} : { detail },
  );
}
