import type { TemplateLabels } from '../../shared/template/templateSchema';
import { useDraft } from '../core/state/draftStore';
import { ITEM_PARTS, type PartKey } from './itemParts';

/** The words of an item's fields, as the protokoll prints them. */
export interface ItemFieldLabels {
  dnr: string;
  timeSlot: string;
  presenters: string;
  propositionOrder: string;
  /** The choices of a vote and the result line. */
  vote: { ja: string; nej: string; avstar: string; result: string };
  parts: Record<PartKey, string>;
}

type PrintedWords = Pick<
  TemplateLabels,
  | 'dnr'
  | 'timeSlot'
  | 'presenters'
  | 'documents'
  | 'proposal'
  | 'motions'
  | 'propositionOrder'
  | 'vote'
  | 'voteYes'
  | 'voteNo'
  | 'voteAbstain'
  | 'voteResult'
  | 'decision'
  | 'reservation'
  | 'protocolNote'
  | 'jav'
  | 'distribution'
  | 'appendices'
>;

const defaultPart = (key: PartKey) => ITEM_PARTS.find((p) => p.key === key)!.label;

/**
 * The editor names an item's fields with the protokoll's own words (an own template that prints
 * "Föredragande" shows "Föredragande" here too); a word the template left empty falls back to
 * the standard Swedish one. The toggles (omedelbar justering, ej på webben) keep their names:
 * their printed words are whole sentences.
 */
export function itemFieldLabels(words: PrintedWords | undefined): ItemFieldLabels {
  const word = (key: keyof PrintedWords, fallback: string) => words?.[key].trim() || fallback;
  const motions = word('motions', 'Yrkanden');
  const propositionOrder = word('propositionOrder', 'Propositionsordning');
  return {
    dnr: word('dnr', 'Dnr'),
    timeSlot: word('timeSlot', 'Tid'),
    presenters: word('presenters', 'Information lämnas av'),
    propositionOrder,
    vote: {
      ja: word('voteYes', 'Ja'),
      nej: word('voteNo', 'Nej'),
      avstar: word('voteAbstain', 'Avstår'),
      result: word('voteResult', 'Omröstningsresultat'),
    },
    parts: {
      documents: word('documents', defaultPart('documents')),
      proposal: word('proposal', defaultPart('proposal')),
      motions: `${motions} och ${propositionOrder.charAt(0).toLowerCase()}${propositionOrder.slice(1)}`,
      vote: word('vote', defaultPart('vote')),
      decision: word('decision', defaultPart('decision')),
      reservations: word('reservation', defaultPart('reservations')),
      notes: word('protocolNote', defaultPart('notes')),
      jav: word('jav', defaultPart('jav')),
      distribution: word('distribution', defaultPart('distribution')),
      appendices: word('appendices', defaultPart('appendices')),
      immediateAdjustment: defaultPart('immediateAdjustment'),
      notForWeb: defaultPart('notForWeb'),
    },
  };
}

/** The open draft's item field words (the labels object changes only with the template words). */
export function useItemFieldLabels(): ItemFieldLabels {
  return itemFieldLabels(useDraft((d) => d.labels));
}
