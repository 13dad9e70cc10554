import type { Protocol } from '../protocol/protocol';
import { itemBlock } from '../print/itemBlocks';
import { containsPersonalIdentityNumber } from '../print/personalIdentityNumbers';
import { itemNumberMap } from '../protocol/numbering';
import { servingByItem } from '../protocol/participation';
import { warning, type ValidationWarning } from './warning';

/** The name of the item part the secretary adds in the editor (Lägg till ›). */
const NOT_FOR_WEB_PART = 'Ej för publicering på webben';

/**
 * Personnummer are never published: an item printed on the web (not marked "not for web") must
 * not contain one. The item is checked as it prints, so every field the PDF shows is covered.
 */
export function personalDataRules(p: Protocol): ValidationWarning[] {
  const numbers = itemNumberMap(p);
  // Derived once: each item's block prints who was jävig or stepped in.
  const rows = servingByItem(p);
  return p.items
    .filter((item) => !item.notForWeb)
    .filter((item) =>
      containsPersonalIdentityNumber(
        JSON.stringify([item.title, itemBlock(p, item, '', rows).blocks]),
      ),
    )
    .map((item) => {
      // The panel already names the item with its title; the number is enough in the message.
      const label = numbers.get(item.id)?.label ?? item.title;
      return warning(
        'personal-identity-number',
        { kind: 'item', id: item.id },
        `Paragraf ${label} innehåller ett personnummer – markera den som '${NOT_FOR_WEB_PART}' eller ta bort numret.`,
        `${label} contains a personal identity number; mark it not for web or remove the number`,
      );
    });
}
