import type { ValidationWarning } from '../../../shared/validation/warning';

type Listener = () => void;

/** What a field holds that could not go into the draft (an impossible date), for Att kontrollera. */
export interface FieldProblem {
  draftId: string;
  /** The text as typed, so the field shows it again when it is shown again. */
  text: string;
  warning: ValidationWarning;
}

const keyOf = (draftId: string, w: ValidationWarning) =>
  `${draftId}|${w.location.kind}|${w.location.id ?? ''}|${w.location.field ?? ''}`;

/**
 * Typed values the draft does not take: the field keeps them and says why, and they are listed
 * with the draft's warnings until they are corrected, so nothing typed is silently replaced.
 */
export function createFieldProblems() {
  const problems = new Map<string, FieldProblem>();
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());
  return {
    set(problem: FieldProblem) {
      problems.set(keyOf(problem.draftId, problem.warning), problem);
      emit();
    },
    clear(draftId: string, location: ValidationWarning['location']) {
      const key = keyOf(draftId, { code: '', location, sv: '', en: '' });
      if (problems.delete(key)) emit();
    },
    find(draftId: string, location: ValidationWarning['location']): FieldProblem | undefined {
      return problems.get(keyOf(draftId, { code: '', location, sv: '', en: '' }));
    },
    of(draftId: string): ValidationWarning[] {
      return [...problems.values()].filter((p) => p.draftId === draftId).map((p) => p.warning);
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type FieldProblems = ReturnType<typeof createFieldProblems>;

/** The app's one list. */
export const fieldProblems = createFieldProblems();
