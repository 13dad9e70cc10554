import { useEffect, useId, useRef, useState } from 'react';
import { newId } from '../../shared/protocol/ids';
import {
  emptyRegister,
  registerSchema,
  type Register,
  type RegisterPerson,
} from '../../shared/register/registerSchema';
import { errorText } from '../core/ipc/paragraf';
import { trapTab } from '../core/widgets/focusTrap';
import { UnsavedChangesConfirm } from '../core/widgets/UnsavedChangesConfirm';
import { registerClient } from './registerClient';
import { RegisterPeopleTable } from './RegisterPeopleTable';
import { RegisterVersions } from './RegisterVersions';
import './register.css';

interface Props {
  initialBody: string;
  onClose(): void;
}

const FIELD_NAMES: Record<string, string> = {
  name: 'namnet',
  party: 'partiet',
  organisation: 'kommunen eller organisationen',
  group: 'gruppen',
  order: 'ordningen',
  termStart: 'mandatperiodens början',
  termEnd: 'mandatperiodens slut',
};

/** The first problem of a register that cannot be saved, in Swedish. */
function saveProblem(register: Register): string {
  const r = registerSchema.safeParse(register);
  if (r.success) return '';
  const issue = r.error.issues[0]!;
  const [where, index] = issue.path;
  if (where === 'people' && typeof index === 'number') {
    const who = register.people[index]?.name.trim() || `rad ${index + 1}`;
    const field = FIELD_NAMES[String(issue.path[2] ?? '')] ?? 'en uppgift';
    return `Registret sparades inte: ${field} för ${who} saknas eller är ogiltig.`;
  }
  if (where === 'body') return 'Registret sparades inte: skriv organets namn.';
  return 'Registret sparades inte: det innehåller ogiltiga uppgifter.';
}

const counts = (people: RegisterPerson[]) =>
  `${people.filter((p) => p.kind === 'ledamot').length} ledamöter och ${people.filter((p) => p.kind === 'ersattare').length} ersättare`;

/** Arkiv › Ledamotsregister…: a body's ledamöter and ersättare, their terms and call-in order. */
export function RegisterDialog({ initialBody, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const bodyField = useRef<HTMLInputElement>(null);
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [shownBody, setShownBody] = useState(initialBody.trim());
  const [register, setRegister] = useState<Register | null>(null);
  const [dirty, setDirty] = useState(false);
  /** Whether the organ's register is stored in the library (an import then keeps a version). */
  const [stored, setStored] = useState(false);
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState('');
  /** What was asked for while the register had unsaved edits. */
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  /** Unsaved edits are never dropped silently: leaving them asks first. */
  const guard = (action: () => void) => (dirty ? setLeaving(() => action) : action());
  /** The field last typed in, where the keyboard goes back to when editing goes on. */
  const lastField = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    bodyField.current?.focus();
  }, []);

  /** The organs that have a register, offered while the Organ field is typed in. */
  const [bodies, setBodies] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    registerClient.list().then(
      (list) => live && setBodies(list.filter((r) => !r.damaged).map((r) => r.body)),
      () => undefined, // Only a convenience: without it the field is typed in full.
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!shownBody) return;
    let live = true;
    registerClient.load(shownBody).then(
      (r) => {
        if (!live) return;
        setRegister(r ?? emptyRegister(shownBody, new Date()));
        setStored(r !== null);
        setDirty(false);
      },
      (e: unknown) => live && (setRegister(null), setError(errorText(e))),
    );
    return () => {
      live = false;
    };
  }, [shownBody]);

  const run = async (task: () => Promise<void>) => {
    setError('');
    try {
      await task();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const edit = (people: RegisterPerson[]) => {
    if (!register) return;
    setRegister({ ...register, people });
    setDirty(true);
  };
  const finish = () => {
    dialog.current?.close();
    onClose();
  };

  const importFile = () =>
    run(async () => {
      const receipt = await registerClient.importFile(shownBody);
      if (!receipt) return;
      setRegister(receipt.register);
      setDirty(false);
      setStored(true);
      setProblems(receipt.problems.map((p) => p.sv));
      const imported = `${receipt.register.people.length} personer importerades: ${counts(receipt.register.people)}.`;
      setMessage(
        stored
          ? `${imported} Den tidigare versionen av registret finns kvar under Tidigare versioner.`
          : imported,
      );
    });
  const save = () =>
    run(async () => {
      if (!register) return;
      const problem = saveProblem(register);
      if (problem) {
        setError(problem);
        return;
      }
      const receipt = await registerClient.save(register);
      setDirty(false);
      setStored(true);
      setMessage(
        receipt.replacedDamaged
          ? 'Registret är sparat. Den skadade filen som fanns finns kvar som en tidigare version.'
          : `Registret är sparat: ${counts(register.people)}.`,
      );
    });
  const fromHistory = () =>
    run(async () => {
      const proposal = await registerClient.fromHistory(shownBody);
      setRegister(proposal);
      setDirty(true);
      setProblems([]);
      setMessage(
        proposal.people.length === 0
          ? `Det finns inga tidigare protokoll för ${shownBody} med ledamöter att utgå från.`
          : `Förslag från tidigare protokoll: ${counts(proposal.people)}. Granska roller, ordning och mandatperioder och spara sedan.`,
      );
    });
  const exportFile = () =>
    run(async () => {
      if (dirty) {
        setError('Spara registret innan du exporterar det.');
        return;
      }
      const receipt = await registerClient.exportFile(shownBody);
      if (receipt) setMessage(`Exporterat till ${receipt.path}`);
    });

  return (
    <dialog
      ref={dialog}
      className="register-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault();
        guard(finish);
      }}
      onKeyDown={(e) => trapTab(e, dialog.current)}
      onFocus={(e) => {
        if (e.target.matches('input, select, textarea')) lastField.current = e.target;
      }}
    >
      <h2 id={`${id}-heading`}>Ledamotsregister</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          guard(() => {
            setMessage('');
            setProblems([]);
            setError('');
            setShownBody(body.trim());
          });
        }}
      >
        <label htmlFor={`${id}-body`}>Organ</label>
        <input
          id={`${id}-body`}
          value={body}
          ref={bodyField}
          onChange={(e) => setBody(e.target.value)}
          placeholder="t.ex. Socialnämnden"
          list={`${id}-bodies`}
        />
        <datalist id={`${id}-bodies`}>
          {bodies.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <button type="submit" disabled={!body.trim() || body.trim() === shownBody}>
          Visa register
        </button>
      </form>
      {leaving && (
        <UnsavedChangesConfirm
          message="Registret har ändringar som inte är sparade."
          actionsClassName="register-actions"
          onKeepEditing={() => {
            setLeaving(null);
            lastField.current?.focus();
          }}
          onDiscard={() => {
            const action = leaving;
            setLeaving(null);
            setDirty(false);
            action();
          }}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="register-message">
        {message}
      </p>
      {problems.length > 0 && (
        <ul className="register-problems" aria-label="Rader som lästes med ändring">
          {problems.slice(0, 50).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {register && (
        <>
          <div className="register-actions">
            <button type="button" onClick={() => void importFile()}>
              Importera från Excel eller CSV…
            </button>
            <button type="button" onClick={() => void fromHistory()}>
              Skapa register från tidigare protokoll
            </button>
            <button type="button" onClick={() => void exportFile()}>
              Exportera register…
            </button>
          </div>
          <p className="hint">
            {register.body}: {counts(register.people)}. Ersättare kallas in i ordning inom sin grupp
            (partiet om ingen grupp anges).
          </p>
          <div className="register-table-wrap">
            <RegisterPeopleTable people={register.people} onChange={edit} />
          </div>
          <button
            type="button"
            onClick={() =>
              edit([...register.people, { id: newId('member'), name: '', kind: 'ledamot' }])
            }
          >
            Lägg till person
          </button>
          <RegisterVersions
            key={`${register.body}-${register.updatedAt}`}
            body={register.body}
            onError={setError}
            guard={guard}
            onRestored={(restored) => {
              setRegister(restored);
              setDirty(false);
              setProblems([]);
              setMessage(
                'Den tidigare versionen är återställd; den som ersattes finns kvar bland versionerna.',
              );
            }}
          />
        </>
      )}
      <div className="dialog-buttons">
        {register && (
          <button type="button" className="primary" disabled={!dirty} onClick={() => void save()}>
            Spara register
          </button>
        )}
        <button type="button" onClick={finish}>
          {dirty ? 'Stäng utan att spara' : 'Stäng'}
        </button>
      </div>
    </dialog>
  );
}
