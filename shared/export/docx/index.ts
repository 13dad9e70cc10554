export { renderDocx } from './renderDocx';
export { DOCX_FONT } from './docxStyles';
