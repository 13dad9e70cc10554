import type { Notice } from '../../protocol/signatures';
import type { TemplateLabels } from '../../template/templateSchema';
import { findDate } from './meetingFields';
import { normalise } from './vocabulary';

type NoticeField = 'postedDate' | 'removalDate' | 'storageLocation';

/**
 * The anslagsbevis: its sentence is the template's own words; its dates and storage place are
 * data, read as label then value (lines) or label | value (a table row).
 */
export class NoticeReader {
  private pending?: NoticeField;
  private readonly labels: Record<NoticeField, string>;

  constructor(
    readonly notice: Notice,
    labels: TemplateLabels,
  ) {
    this.labels = {
      postedDate: normalise(labels.noticePosted),
      removalDate: normalise(labels.noticeRemoved),
      storageLocation: normalise(labels.noticeStorage),
    };
  }

  private fieldOf(text: string): NoticeField | undefined {
    const key = normalise(text);
    return (Object.keys(this.labels) as NoticeField[]).find((k) => this.labels[k] === key);
  }

  private set(field: NoticeField, value: string): void {
    if (field === 'storageLocation') this.notice.storageLocation = value.slice(0, 500);
    else this.notice[field] = findDate(value) ?? '';
  }

  line(text: string): void {
    const field = this.fieldOf(text);
    if (field) {
      this.pending = field;
      return;
    }
    if (!this.pending) return;
    this.set(this.pending, text);
    this.pending = undefined;
  }

  row(cells: readonly string[]): void {
    const field = cells[0] === undefined ? undefined : this.fieldOf(cells[0]);
    if (field) this.set(field, cells[1] ?? '');
  }
}
