/**
 * The precision guard: reports a senior incident reviewer would accept, one per profile, must lint
 * with nothing above info. A warning or an error here is noise on a good report, which costs users'
 * trust more than a missed flaw. Each fixture lints with `<name>.config.json` beside it, if any.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/parse/lines';
import { fixtureConfig } from './fixture-config';
import type { Finding } from '../../server/src/rules/types';

const GOOD = join(__dirname, '..', 'fixtures', 'good');
const MIN_ENTRIES = 8;

/** One finding per line, as the CLI prints it, so a failure says what to look at. */
function describeFindings(text: string, findings: readonly Finding[]): string {
  const index = new LineIndex(text);
  return findings
    .map((finding) => {
      const { line, character } = index.position(finding.span.start);
      return `  ${line + 1}:${character + 1} ${finding.severity} ${finding.rule} ${finding.message}`;
    })
    .join('\n');
}

describe('good reports lint clean', () => {
  const files = readdirSync(GOOD).filter((file) => file.endsWith('.md'));

  it('has a good report for each of several profiles', () => {
    assert.ok(files.length >= 3, `expected at least 3 good reports in ${GOOD}`);
  });

  for (const file of files) {
    describe(file, () => {
      const path = join(GOOD, file);
      const text = readFileSync(path, 'utf8');
      const config = fixtureConfig(path);
      // No path: the report must be recognised by its content alone.
      const result = lint({ text, config });

      it('is detected as a postmortem', () => {
        assert.ok(result.doc, 'not detected as a postmortem');
      });

      it(`has at least ${MIN_ENTRIES} timeline entries, every one readable`, () => {
        const entries = result.doc?.timeline.entries ?? [];
        assert.ok(entries.length >= MIN_ENTRIES, `only ${entries.length} timeline entries`);
        const unreadable = entries.filter((entry) => entry.at === undefined).map((entry) => text.slice(entry.line.start, entry.line.end));
        assert.deepEqual(unreadable, [], 'timeline entries whose time could not be read');
      });

      it('has no finding at warning or error', () => {
        const loud = result.findings.filter((finding) => finding.severity === 'warning' || finding.severity === 'error');
        assert.ok(loud.length === 0, `${loud.length} finding(s) above info on a good report:\n${describeFindings(text, loud)}`);
      });
    });
  }
});
