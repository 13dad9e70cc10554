export { htmlToRichText, type HtmlPasteOptions } from './htmlToRichText';
export { plainTextToAttSatser, plainTextToRichText } from './plainTextToRichText';
export { insertRichText, richTextFromDataTransfer, withPaste } from './withPaste';
