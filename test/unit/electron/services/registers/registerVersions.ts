import { emptyRegister, type Register } from '../../../../../shared/register/registerSchema';

/** Version n of the crash test's register: n in the first name, 300 people so a write takes time. */
export function registerVersion(n: number): Register {
  return {
    ...emptyRegister('Kraschnämnden', new Date(0)),
    people: Array.from({ length: 300 }, (_, i) => ({
      id: `m${i}`,
      name: i === 0 ? `Version ${n}` : `Ledamot ${i} Öhman`,
      kind: i < 150 ? ('ledamot' as const) : ('ersattare' as const),
      party: ['S', 'M', 'C'][i % 3]!,
      ...(i >= 150 ? { order: 1 + Math.floor((i - 150) / 3) } : {}),
    })),
  };
}

/** The n of a register written by the test, or -1 when it is none of its versions. */
export function versionOf(register: Register): number {
  const m = /^Version (\d+)$/.exec(register.people[0]?.name ?? '');
  if (!m) return -1;
  const n = Number(m[1]);
  const expected = registerVersion(n);
  return JSON.stringify(register.people) === JSON.stringify(expected.people) ? n : -1;
}
