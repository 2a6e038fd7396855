import assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/engine/fixes';
import type { Fix } from '../../server/src/rules/types';

const replace = (start: number, end: number, newText: string, title = `${start}-${end}`): Fix => ({ title, edits: [{ span: { start, end }, newText }] });

describe('applyFixes', () => {
  it('applies non-overlapping edits given in any order, changing only their spans', () => {
    const result = applyFixes('aaa bbb ccc', [replace(8, 11, 'CCC'), replace(0, 3, 'AAA')]);
    assert.equal(result.text, 'AAA bbb CCC');
    assert.equal(result.applied.length, 2);
  });

  it('skips a fix that overlaps one already accepted, whole', () => {
    const second: Fix = { title: 'two edits', edits: [{ span: { start: 2, end: 5 }, newText: 'X' }, { span: { start: 8, end: 9 }, newText: 'Y' }] };
    const result = applyFixes('0123456789', [replace(0, 3, 'A'), second]);
    assert.equal(result.text, 'A3456789');
    assert.deepEqual(result.skipped, [second]);
  });

  it('keeps insertions at one point in the order given', () => {
    assert.equal(applyFixes('ab', [replace(1, 1, '1'), replace(1, 1, '2'), replace(1, 1, '3')]).text, 'a123b');
  });

  it('allows an insertion at the edge of a replacement but not inside it', () => {
    assert.equal(applyFixes('abcdef', [replace(2, 4, 'XY'), replace(2, 2, '<'), replace(4, 4, '>')]).text, 'ab<XY>ef');
    assert.equal(applyFixes('abcdef', [replace(2, 4, 'XY'), replace(3, 3, '!')]).skipped.length, 1);
  });

  it('skips edits outside the text or backwards', () => {
    const result = applyFixes('abc', [replace(2, 9, 'x'), replace(2, 1, 'y')]);
    assert.equal(result.text, 'abc');
    assert.equal(result.skipped.length, 2);
  });

  it('handles thousands of fixes without quadratic work', () => {
    const text = 'x '.repeat(50_000);
    const fixes = Array.from({ length: 50_000 }, (_, index) => replace(index * 2, index * 2 + 1, 'y'));
    assert.equal(applyFixes(text, fixes.reverse()).text, 'y '.repeat(50_000));
  });
});
