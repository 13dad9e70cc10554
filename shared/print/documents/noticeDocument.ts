import type { Protocol } from '../../protocol';
import { appealEndDate } from '../../protocol/noticeDates';
import { noticeBlock } from '../frontMatter';
import type { PrintDocument } from '../printDocument';
import { kindFurniture, kindInfo } from './documentFurniture';

/**
 * The anslagsbevis on its own, for the digital anslagstavla: body, meeting date, justering,
 * the anslag's dates, the end of the appeal period, where the protokoll is kept and who certifies.
 */
export function buildNoticeDocument(protocol: Protocol): PrintDocument {
  const { labels, notice, signatures } = protocol;
  const kind = labels.noticeKind;
  const block = noticeBlock(protocol);
  const rows = [...block.rows];
  // After the meeting date: when the protokoll was justerat.
  rows.splice(1, 0, { label: labels.noticeAdjustedDate, value: signatures.adjustmentDate });
  if (notice.postedDate) {
    // Before "Intygas av", which closes the box.
    rows.splice(rows.length - 1, 0, {
      label: labels.noticeAppealEnds,
      value: appealEndDate(notice.postedDate),
    });
  }
  return {
    info: kindInfo(protocol, kind),
    furniture: kindFurniture(protocol, kind),
    blocks: [{ ...block, heading: kind, rows }],
  };
}
