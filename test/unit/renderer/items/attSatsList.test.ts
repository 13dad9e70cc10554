import { describe, expect, it } from 'vitest';
import {
  pasteAttSatser,
  removeAttSats,
  setAttSats,
  splitAttSats,
} from '../../../../renderer/items/attSatsList';

describe('att-sats list editing', () => {
  it('Enter at the end adds an empty att-sats below and moves there', () => {
    const edit = splitAttSats(['att godkänna dagordningen'], 0, 25);
    expect(edit.list).toEqual(['att godkänna dagordningen', '']);
    expect(edit.focus).toEqual({ index: 1, offset: 0 });
  });

  it('Enter in the middle moves the rest of the text to the next att-sats', () => {
    const edit = splitAttSats(['att anta planen att lägga rapporten till handlingarna'], 0, 16);
    expect(edit.list).toEqual(['att anta planen', 'att lägga rapporten till handlingarna']);
  });

  it('Backspace in an empty att-sats removes it and returns to the end of the previous', () => {
    const edit = removeAttSats(['att a', '', 'att c'], 1);
    expect(edit?.list).toEqual(['att a', 'att c']);
    expect(edit?.focus).toEqual({ index: 0, offset: 5 });
  });

  it('Backspace at the start of a written att-sats joins it onto the previous', () => {
    const edit = removeAttSats(['att a', 'och b'], 1);
    expect(edit?.list).toEqual(['att a och b']);
    expect(edit?.focus).toEqual({ index: 0, offset: 6 });
  });

  it('the first att-sats is never removed', () => {
    expect(removeAttSats([''], 0)).toBeNull();
  });

  it('setting unchanged text keeps the list', () => {
    const list = ['att a'];
    expect(setAttSats(list, 0, 'att a')).toBe(list);
    expect(setAttSats(list, 0, 'att b')).toEqual(['att b']);
  });
});

describe('pasting lines into an att-sats', () => {
  it('splits the pasted lines into att-satser around the selection', () => {
    const edit = pasteAttSatser(['att först', 'att X sist'], 1, 4, 5, ['A', 'att B', 'att C']);
    expect(edit.list).toEqual(['att först', 'att A', 'att B', 'att C sist']);
    expect(edit.focus).toEqual({ index: 3, offset: 'att C'.length });
  });

  it('keeps the list when nothing is pasted', () => {
    const edit = pasteAttSatser(['att a'], 0, 2, 2, []);
    expect(edit.list).toEqual(['att a']);
    expect(edit.focus).toEqual({ index: 0, offset: 2 });
  });
});
