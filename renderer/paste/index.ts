export {
  htmlToRichText,
  htmlToRichTextWithReport,
  type HtmlPasteOptions,
  type PasteReport,
} from './htmlToRichText';
export { lostOnPaste } from './lostOnPaste';
export { plainTextToAttSatser, plainTextToRichText } from './plainTextToRichText';
export { insertRichText, richTextFromDataTransfer, withPaste } from './withPaste';
