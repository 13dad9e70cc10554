import type { Person } from '../../protocol/attendance';
import type { ImportReport } from '../importReport';
import type { AttendanceBook } from './attendanceBook';
import { itemNumberOf } from './itemHeading';
import { signerRoleOf, type SignerRole } from './vocabulary';

export interface Signer {
  role: SignerRole;
  personId: string;
  /** Printed item numbers of an adjuster's range ("§ 46 - § 55"). */
  from?: number;
  to?: number;
}

const ROLE_SV: Record<SignerRole, string> = {
  secretary: 'sekreterare',
  chair: 'ordförande',
  adjuster: 'justerare',
};

function range(text: string): { from?: number; to?: number } {
  const numbers = [...text.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
  if (numbers.length === 0) return {};
  return { from: numbers[0]!, to: numbers.at(-1)! };
}

/**
 * The Underskrifter block: role and name in either order ("Sekreterare" above or below the
 * line, "Ulrika Larsson | Sekreterare" in a table, "Justerare: Anna Berg" inline).
 */
export class SignatureReader {
  readonly signers: Signer[] = [];
  private pendingRole?: { role: SignerRole; text: string };
  private pendingName?: string;

  constructor(
    private readonly book: AttendanceBook,
    private readonly report: ImportReport,
    private readonly keepAsText: (text: string) => void,
  ) {}

  private assign(role: SignerRole, roleText: string, name: string): void {
    const clean = name.replace(/\s+/g, ' ').trim();
    let person: Person | undefined = this.book.find(clean);
    if (!person) {
      const kind = role === 'chair' ? 'beslutande' : 'ovriga';
      const group = this.book.group(kind, kind);
      person = this.book.add(
        {
          name: clean
            .replace(/\s*\(.*$/, '')
            .split(',')[0]!
            .trim(),
          role: role === 'secretary' ? 'sekreterare' : role === 'chair' ? 'ordforande' : 'ledamot',
          rest: '',
        },
        group,
      );
      this.report.recognised.push({
        sv: `${person.name} (${ROLE_SV[role]}) fanns inte i närvaron och lades till.`,
        en: `${person.name} (${role}) was not in the attendance and was added.`,
      });
    }
    if (role === 'secretary' && (person.role === 'tjansteperson' || person.role === 'ovrig')) {
      person.role = 'sekreterare';
    }
    const signer: Signer = { role, personId: person.id };
    if (role === 'adjuster') Object.assign(signer, range(roleText));
    this.signers.push(signer);
  }

  /** One line of the block; false when it is neither a role nor a name (the block has ended). */
  line(text: string): boolean {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return true;
    if (itemNumberOf(t) !== undefined) return false;
    const inline = /^([^:]{1,60}):\s*(.+)$/.exec(t);
    const inlineRole = inline ? signerRoleOf(inline[1]!) : undefined;
    if (inline && inlineRole) {
      this.assign(inlineRole, inline[1]!, inline[2]!);
      return true;
    }
    const role = signerRoleOf(t);
    if (role) {
      if (this.pendingName !== undefined) {
        this.assign(role, t, this.pendingName);
        this.pendingName = undefined;
      } else {
        if (this.pendingRole) this.keepAsText(this.pendingRole.text);
        this.pendingRole = { role, text: t };
      }
      return true;
    }
    if (t.length > 120 || /[.!?]$/.test(t) || /\d{4}-\d{2}-\d{2}/.test(t)) {
      this.flush();
      this.keepAsText(t);
      return true;
    }
    if (this.pendingRole) {
      this.assign(this.pendingRole.role, this.pendingRole.text, t);
      this.pendingRole = undefined;
    } else {
      if (this.pendingName !== undefined) this.keepAsText(this.pendingName);
      this.pendingName = t;
    }
    return true;
  }

  /** A table row: one cell a role, the other the name. */
  row(cells: readonly string[]): boolean {
    const filled = cells.map((c) => c.trim()).filter(Boolean);
    const roleAt = filled.findIndex((c) => signerRoleOf(c) !== undefined);
    if (roleAt < 0 || filled.length !== 2) return false;
    const name = filled[1 - roleAt]!;
    this.assign(signerRoleOf(filled[roleAt]!)!, filled[roleAt]!, name);
    return true;
  }

  /** Whatever is still waiting for its other half is kept as text. */
  flush(): void {
    if (this.pendingName !== undefined) this.keepAsText(this.pendingName);
    if (this.pendingRole) this.keepAsText(this.pendingRole.text);
    this.pendingName = undefined;
    this.pendingRole = undefined;
  }
}
