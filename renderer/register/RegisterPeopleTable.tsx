import type {
  RegisterKind,
  RegisterPerson,
  RegisterRole,
} from '../../shared/register/registerSchema';
import { TermDateInput } from './TermDateInput';

interface Props {
  people: RegisterPerson[];
  onChange(people: RegisterPerson[]): void;
}

/** Optional text: empty means not set, so the saved register stays minimal. */
function withText<K extends 'party' | 'organisation' | 'group'>(
  p: RegisterPerson,
  key: K,
  value: string,
): RegisterPerson {
  const next = { ...p };
  if (value.trim()) next[key] = value;
  else delete next[key];
  return next;
}

function withOptional<K extends 'role' | 'termStart' | 'termEnd' | 'order'>(
  p: RegisterPerson,
  key: K,
  value: RegisterPerson[K] | undefined,
): RegisterPerson {
  const next = { ...p };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** The register's people, every field editable in place. */
export function RegisterPeopleTable({ people, onChange }: Props) {
  const set = (id: string, patch: (p: RegisterPerson) => RegisterPerson) =>
    onChange(people.map((p) => (p.id === id ? patch(p) : p)));
  if (people.length === 0) return <p className="hint">Registret är tomt.</p>;
  return (
    <table className="register-table">
      <thead>
        <tr>
          <th scope="col">Namn</th>
          <th scope="col">Ledamot/ersättare</th>
          <th scope="col">Parti</th>
          <th scope="col">Kommun/organisation</th>
          <th scope="col">Roll</th>
          <th scope="col">Grupp</th>
          <th scope="col">Ordning</th>
          <th scope="col">Mandatperiod från</th>
          <th scope="col">till</th>
          <th scope="col">
            <span className="visually-hidden">Åtgärder</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((p, index) => {
          const who = p.name || `rad ${index + 1}`;
          return (
            <tr key={p.id}>
              <td>
                <input
                  aria-label={`Namn, ${who}`}
                  value={p.name}
                  onChange={(e) => set(p.id, (x) => ({ ...x, name: e.target.value }))}
                />
              </td>
              <td>
                <select
                  aria-label={`Ledamot eller ersättare, ${who}`}
                  value={p.kind}
                  onChange={(e) =>
                    set(p.id, (x) => ({ ...x, kind: e.target.value as RegisterKind }))
                  }
                >
                  <option value="ledamot">Ledamot</option>
                  <option value="ersattare">Ersättare</option>
                </select>
              </td>
              <td className="narrow">
                <input
                  aria-label={`Parti, ${who}`}
                  value={p.party ?? ''}
                  onChange={(e) => set(p.id, (x) => withText(x, 'party', e.target.value))}
                />
              </td>
              <td>
                <input
                  aria-label={`Kommun eller organisation, ${who}`}
                  value={p.organisation ?? ''}
                  onChange={(e) => set(p.id, (x) => withText(x, 'organisation', e.target.value))}
                />
              </td>
              <td>
                <select
                  aria-label={`Roll, ${who}`}
                  value={p.role ?? ''}
                  onChange={(e) =>
                    set(p.id, (x) =>
                      withOptional(x, 'role', (e.target.value || undefined) as RegisterRole),
                    )
                  }
                >
                  <option value="">–</option>
                  <option value="ordforande">Ordförande</option>
                  <option value="vice-ordforande">Vice ordförande</option>
                </select>
              </td>
              <td>
                <input
                  aria-label={`Grupp för inkallelse, ${who}`}
                  placeholder={p.party ?? ''}
                  value={p.group ?? ''}
                  onChange={(e) => set(p.id, (x) => withText(x, 'group', e.target.value))}
                />
              </td>
              <td className="narrow">
                <input
                  aria-label={`Ordning, ${who}`}
                  inputMode="numeric"
                  value={p.order ?? ''}
                  onChange={(e) => {
                    const n = Number(e.target.value);
                    set(p.id, (x) =>
                      withOptional(x, 'order', Number.isInteger(n) && n >= 1 ? n : undefined),
                    );
                  }}
                />
              </td>
              <td>
                <TermDateInput
                  label={`Mandatperiod från, ${who}`}
                  value={p.termStart}
                  onValue={(v) => set(p.id, (x) => withOptional(x, 'termStart', v))}
                />
              </td>
              <td>
                <TermDateInput
                  label={`Mandatperiod till, ${who}`}
                  value={p.termEnd}
                  onValue={(v) => set(p.id, (x) => withOptional(x, 'termEnd', v))}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Ta bort ${who} ur registret`}
                  onClick={() => onChange(people.filter((x) => x.id !== p.id))}
                >
                  ✕
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
