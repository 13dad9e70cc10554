import { resolveItemRange } from '../protocol/participation';
import type { Protocol } from '../protocol/protocol';
import { warning, type ValidationWarning, type WarningLocation } from './warning';

export interface RangeContext {
  /** Code prefix: "participation" or "adjuster-range". */
  code: string;
  location: WarningLocation;
  /** What the range belongs to, e.g. "Närvaron för Anna Lundberg". */
  sv: string;
  en: string;
}

/** A range of items must name items that exist, first before last. */
export function rangeRules(
  p: Protocol,
  fromItemId: string | undefined,
  toItemId: string | undefined,
  ctx: RangeContext,
): ValidationWarning[] {
  for (const [id, end] of [
    [fromItemId, 'fromItemId'],
    [toItemId, 'toItemId'],
  ] as const) {
    if (id !== undefined && !p.items.some((i) => i.id === id)) {
      return [
        warning(
          `${ctx.code}-unknown-item`,
          { ...ctx.location, field: `${ctx.location.field ?? ''}.${end}`.replace(/^\./, '') },
          `${ctx.sv} hänvisar till en paragraf som inte finns.`,
          `${ctx.en} refers to item "${id}", which does not exist`,
        ),
      ];
    }
  }
  const range = resolveItemRange(p, fromItemId, toItemId);
  if (range && range.from > range.to) {
    return [
      warning(
        `${ctx.code}-reversed`,
        ctx.location,
        `${ctx.sv} slutar före den börjar.`,
        `${ctx.en} ends before it starts`,
      ),
    ];
  }
  return [];
}
