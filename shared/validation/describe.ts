import type { Protocol } from '../protocol/protocol';
import { itemNumberMap } from '../protocol/numbering';

/** Short names for messages: "§ 49 Medicinskt förbrukningsmaterial", "Anna Lundberg". */
export interface Describer {
  item(id: string): string;
  person(id: string): string;
}

export function describer(p: Protocol): Describer {
  const numbers = itemNumberMap(p);
  return {
    item(id) {
      const number = numbers.get(id);
      const title = p.items.find((i) => i.id === id)?.title ?? '';
      return number ? `${number.label} ${title}`.trim() : `"${id}"`;
    },
    person(id) {
      return p.attendance.people.find((x) => x.id === id)?.name ?? `"${id}"`;
    },
  };
}
