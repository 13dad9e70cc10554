import type {
  AgendaBlock,
  AttendanceBlock,
  DecisionBlock,
  FactsBlock,
  GridBlock,
  ItemBlock,
  ItemContentBlock,
  NoticeBlock,
  PrintBlock,
  SignatureBlock,
  TextRun,
  TitleBlock,
} from '../../print/printDocument';
import { attendanceNameShare } from '../attendanceColumns';
import { escapeHtml as esc } from './escape';
import { tableHtml } from './tableHtml';

/**
 * A paragraph's formatted runs. Bold and italic are the secretary's formatting, printed as
 * <b> and <i>: Chromium tags <strong> and <em> as Strong and Em, structure types PDF 1.7 does
 * not define (only PDF 2.0 does), which accessibility checkers for tagged PDF refuse.
 */
function runsHtml(runs: readonly TextRun[]): string {
  return runs
    .map((r) => {
      let html = esc(r.text);
      if (r.underline) html = `<u>${html}</u>`;
      if (r.italic) html = `<i>${html}</i>`;
      if (r.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

function decisionHtml(b: DecisionBlock): string {
  const list = b.attSatser.length
    ? `<ul class="att-satser">${b.attSatser.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`
    : '';
  const intro = b.intro ? `<p class="intro">${esc(b.intro)}</p>` : '';
  return `<section class="decision ${b.variant}"><h2>${esc(b.heading)}</h2>${intro}${list}</section>`;
}

function contentHtml(b: ItemContentBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p class="${b.role}">${runsHtml(b.runs)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${runsHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return tableHtml(b, runsHtml);
    case 'decision':
      return decisionHtml(b);
  }
}

function factsHtml(b: Pick<FactsBlock, 'rows'>): string {
  const rows = b.rows
    .map((r) => `<tr><th scope="row">${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`)
    .join('');
  return `<table class="facts"><tbody>${rows}</tbody></table>`;
}

function titleHtml(b: TitleBlock): string {
  const organ = b.organ ? `<p class="organ">${esc(b.organ)}</p>` : '';
  return `<header class="title-block"><h1 class="document-kind">${esc(b.documentKind)}</h1>${organ}${factsHtml(b)}</header>`;
}

function attendanceHtml(b: AttendanceBlock): string {
  const bodies = b.sections
    .map((s) => {
      const sub = s.subheading
        ? `<tr><th class="subgroup" colspan="2" scope="colgroup">${esc(s.subheading)}</th></tr>`
        : '';
      const rows = s.rows
        .map((r) => `<tr><th scope="row">${esc(r.name)}</th><td>${esc(r.detail)}</td></tr>`)
        .join('');
      return `<tbody>${sub}${rows}</tbody>`;
    })
    .join('');
  const names = `names-${Math.round(attendanceNameShare(b) * 100)}`;
  return `<section class="attendance-group"><h1 class="section-label">${esc(b.heading)}</h1><table class="attendance ${names}">${bodies}</table></section>`;
}

function agendaHtml(b: AgendaBlock): string {
  const entries = b.entries
    .map((e) => {
      const details = e.details.map((d) => `<span class="detail">${esc(d)}</span>`).join('');
      const time = e.time ? `<span class="time">${esc(e.time)}</span> ` : '';
      return `<li><span class="num">${esc(e.number)}</span>${time}<span class="title">${esc(e.title)}</span>${details}</li>`;
    })
    .join('');
  return `<section class="agenda"><h1>${esc(b.heading)}</h1><ol>${entries}</ol></section>`;
}

function signaturesHtml(b: SignatureBlock): string {
  const signers = b.signers
    .map((s) => {
      const role = [s.role, s.range].filter(Boolean).join(' ');
      // As a protokoll prints it: the role, the space to sign, the line, the name under it.
      return `<div class="signer"><p class="role">${esc(role)}</p><p class="line">${esc(s.name)}</p></div>`;
    })
    .join('');
  const range = b.range ? ` ${esc(b.range)}` : '';
  return `<section class="signatures"><h1 class="section-label">${esc(b.heading)}${range}</h1>${signers}</section>`;
}

function noticeHtml(b: NoticeBlock): string {
  const rows = b.rows
    .map((r) => `<tr><th scope="row">${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`)
    .join('');
  return `<section class="notice"><h1>${esc(b.heading)}</h1><p>${esc(b.body)}</p><table class="notice-facts"><tbody>${rows}</tbody></table></section>`;
}

function itemHtml(b: ItemBlock): string {
  const cls = b.newPage ? 'item new-page' : 'item';
  const num = b.numberInline
    ? `<span class="item-number inline">${esc(b.number)}</span> `
    : `<span class="item-number">${esc(b.number)}</span>`;
  return `<section class="${cls}" id="item-${esc(b.id)}"><h1>${num}${esc(b.title)}</h1>${b.blocks.map(contentHtml).join('')}</section>`;
}

function gridHtml(b: GridBlock): string {
  const cls = b.newPage ? 'grid new-page' : 'grid';
  const heading = b.heading ? `<h1>${esc(b.heading)}</h1>` : '';
  const legend = b.legend ? `<p class="note">${esc(b.legend)}</p>` : '';
  const head = `<tr><td></td>${b.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`;
  const rows = b.rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.name)}</th>${r.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<section class="${cls}">${heading}${legend}<table class="grid"><thead>${head}</thead><tbody>${rows}</tbody></table></section>`;
}

/** One print block as semantic HTML (sections, h1/h2, lists, tables with th). */
export function blockHtml(b: PrintBlock): string {
  switch (b.kind) {
    case 'facts':
      return factsHtml(b);
    case 'title':
      return titleHtml(b);
    case 'attendance':
      return attendanceHtml(b);
    case 'agenda':
      return agendaHtml(b);
    case 'signatures':
      return signaturesHtml(b);
    case 'notice':
      return noticeHtml(b);
    case 'item':
      return itemHtml(b);
    case 'grid':
      return gridHtml(b);
    case 'pageBreak':
      return '<div class="page-break" aria-hidden="true"></div>';
    default:
      return contentHtml(b);
  }
}
