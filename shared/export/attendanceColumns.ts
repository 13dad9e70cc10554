import type { AttendanceBlock } from '../print/printDocument';

/** Roughly how wide a character of the body font is, in mm (Liberation Sans 11 pt, mixed text). */
const MM_PER_CHARACTER = 2.1;
/** The text column of an A4 page with the document's margins, in mm. */
const CONTENT_MM = 160;

/**
 * The share of the attendance table given to the name column, the same in the PDF and the Word
 * file so both break lines alike: three quarters when nobody's presence was partial (the
 * detail column is empty), less when a detail such as "deltog till och med § 10" needs room to
 * stay on one line, never less than half.
 */
export function attendanceNameShare(block: AttendanceBlock): number {
  const longest = Math.max(0, ...block.sections.flatMap((s) => s.rows.map((r) => r.detail.length)));
  if (longest === 0) return 0.75;
  const detailShare = (longest * MM_PER_CHARACTER + 4) / CONTENT_MM;
  // Whole twentieths, so the style sheet has one rule per step (NAME_SHARES).
  return Math.min(0.75, Math.max(0.5, Math.floor((1 - detailShare) * 20) / 20));
}

/** Every share attendanceNameShare returns, in percent. */
export const NAME_SHARES = [50, 55, 60, 65, 70, 75] as const;
