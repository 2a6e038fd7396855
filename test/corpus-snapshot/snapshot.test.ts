/**
 * The corpus snapshot: the built CLI's findings on every document of ../shared/corpus must equal the
 * reviewed, checked-in test/corpus-snapshot/findings.txt. A difference is either a regression or a
 * deliberate change; for the latter run `npm run corpus-snapshot` and review the diff line by line
 * (test/corpus-snapshot/REVIEW.md).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CORPUS_DIR } from '../corpus';
import { corpusFindings, SNAPSHOT_FILE } from '../../scripts/corpus-snapshot';

describe('the corpus snapshot', function () {
  before(function () {
    if (!CORPUS_DIR) {
      console.warn('    ../shared/corpus is not here: the corpus snapshot cannot be checked in this checkout.');
      this.skip();
    }
  });

  it('the CLI reports exactly the reviewed findings on every corpus document', () => {
    const expected = readFileSync(SNAPSHOT_FILE, 'utf8');
    const actual = corpusFindings(CORPUS_DIR!);
    if (actual === expected) return;
    const want = new Set(expected.split('\n'));
    const got = new Set(actual.split('\n'));
    const added = [...got].filter((line) => !want.has(line));
    const removed = [...want].filter((line) => !got.has(line));
    assert.fail(
      `the findings on the corpus changed (review, then npm run corpus-snapshot):\n${added.map((line) => `+ ${line}`).join('\n')}\n${removed.map((line) => `- ${line}`).join('\n')}`,
    );
  });
});
