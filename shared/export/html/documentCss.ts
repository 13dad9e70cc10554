import { NAME_SHARES } from '../attendanceColumns';
import { cssString } from './escape';

/**
 * Print styles of the protokoll body: Norrbotten-like, plain, with no block split where it fits.
 * The one font family is the shipped one (no system fallback in the stack), and any word longer
 * than its line wraps, so a long link or name never widens the layout and shrinks the pages.
 */
export function documentCss(family: string): string {
  return `
html { font-family: ${cssString(family)}; overflow-wrap: anywhere;
  font-size: 11pt; line-height: 1.3; color: #000; }
body { margin: 0; }
h1, h2 { font-weight: bold; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h1 { font-size: 12pt; margin: 6mm 0 2mm; }
h2 { font-size: 11pt; margin: 4mm 0 1mm; }
p { margin: 0 0 2.5mm; orphans: 2; widows: 2; }
ul, ol { margin: 0 0 2.5mm; padding-left: 7mm; }
li { margin-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; }
th, td { text-align: left; vertical-align: top; padding: 0.3mm 3mm 0.3mm 0; font-weight: normal; }
.section-label { text-transform: uppercase; letter-spacing: 0.03em; font-size: 10pt; }
.title-block { border-bottom: 0.75pt solid #000; padding-bottom: 3mm; margin-bottom: 7mm; }
.title-block h1.document-kind { font-size: 24pt; margin: 0 0 1mm; letter-spacing: 0.01em; }
.title-block .organ { font-size: 14pt; margin: 0 0 4mm; }
.title-block table.facts { margin-bottom: 0; }
.title-block table.facts th { width: 53mm; }
table.facts th { width: 45mm; text-transform: uppercase; font-size: 10pt; font-weight: bold; }
table.body-table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
table.body-table th, table.body-table td { border: 0.5pt solid #000; padding: 0.8mm 1.5mm; }
table.body-table th { font-weight: bold; }
table.body-table tr { break-inside: avoid; }
table.attendance th.subgroup { font-weight: bold; padding-top: 2mm; }
${NAME_SHARES.map((n) => `table.attendance.names-${n} th[scope="row"] { width: ${n}%; }`).join('\n')}
.attendance-group h1 { margin: 4mm 0 1mm; }
section.grid.new-page { break-before: page; }
table.grid { border-collapse: collapse; font-size: 8pt; width: 100%; }
table.grid th, table.grid td { border: 0.5pt solid #000; padding: 0.5mm 1mm; text-align: center; }
table.grid th[scope="row"] { text-align: left; font-weight: normal; }
tr { break-inside: avoid; }
.item { break-before: auto; }
.item.new-page { break-before: page; }
.page-break { break-before: page; height: 0; }
.item-number { display: block; font-size: 12pt; margin-bottom: 1mm; }
.item-number.inline { display: inline; font-size: inherit; }
.item > h1 { margin-top: 0; }
.meta { font-size: 10pt; margin-bottom: 1.5mm; }
.note { font-style: italic; }
.decision { break-inside: avoid; margin: 3mm 0; }
.decision .intro { margin-bottom: 1.5mm; }
ul.att-satser { list-style: none; padding-left: 0; }
ul.att-satser li { padding-left: 6mm; text-indent: -6mm; }
ul.att-satser li::before { content: "–"; display: inline-block; width: 6mm; text-indent: 0; }
.agenda ol { list-style: none; padding-left: 0; }
.agenda li { break-inside: avoid; margin-bottom: 2mm; }
.agenda .num { display: inline-block; min-width: 18mm; font-weight: bold; }
.agenda .title { font-weight: bold; }
.agenda .time { white-space: nowrap; }
.agenda .detail { display: block; margin-left: 18mm; font-size: 10pt; }
.signatures { break-inside: avoid; margin-top: 5mm; }
.signatures h1 { margin-bottom: 0; }
.signer { break-inside: avoid; margin-top: 6mm; width: 110mm; }
.signer .role { margin: 0 0 11mm; }
.signer .line { border-top: 0.75pt solid #000; padding-top: 1mm; }
.notice { break-inside: avoid; border: 0.75pt solid #000; padding: 3mm 4mm; margin-top: 8mm; }
.notice h1 { margin-top: 0; }
table.notice-facts th { width: 70mm; font-weight: bold; }
table.notice-facts td { border-bottom: 0.5pt solid #000; }
`;
}
