/**
 * The rule harness: every Markdown file under test/fixtures/rules/<rule-id>/ marks its expected
 * findings on the offending line with `<!-- expect: rule-id [rule-id…] -->`. The harness checks the
 * rule reports exactly those lines, then applies every fix, checks the result (against
 * `<name>.fixed.md` when present), re-lints, and proves fixing is idempotent. A fixture lints with
 * the defaults, or with the settings in `<name>.config.json` beside it (`{"profile": "google-sre"}`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from '../../server/src/engine/config';
import { fixAll, lint } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/parse/lines';
import { rules } from '../../server/src/rules/registry';
import { fixtureConfig } from './fixture-config';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rules');

/** Line number (1-based) → rule ids expected there, from the `expect` comments. */
function expectedFindings(text: string, ruleId: string): Map<number, string[]> {
  const expected = new Map<number, string[]>();
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    for (const match of line.matchAll(/<!--\s*expect:([^>]*?)-->/g)) {
      const ids = match[1]!.trim().split(/\s+/).filter((id) => id === ruleId);
      if (ids.length > 0) expected.set(index + 1, [...(expected.get(index + 1) ?? []), ...ids]);
    }
  });
  return expected;
}

function actualFindings(text: string, ruleId: string, config: ResolvedConfig): Map<number, string[]> {
  const index = new LineIndex(text);
  const actual = new Map<number, string[]>();
  for (const finding of lint({ text, config }).findings) {
    if (finding.rule !== ruleId) continue;
    const line = index.position(finding.span.start).line + 1;
    actual.set(line, [...(actual.get(line) ?? []), finding.rule]);
  }
  return actual;
}

describe('rules on their fixtures', () => {
  it('every rule has a fixture folder and every folder names a rule', () => {
    const folders = readdirSync(FIXTURES).sort();
    assert.deepEqual(folders, rules.map((rule) => rule.id).sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const files = readdirSync(join(FIXTURES, rule.id)).filter((file) => file.endsWith('.md') && !file.endsWith('.fixed.md'));

      if (rule.severity === 'off') {
        it('is off by default: its fixtures get nothing from it unasked', () => {
          for (const file of files) assert.deepEqual(actualFindings(readFileSync(join(FIXTURES, rule.id, file), 'utf8'), rule.id, fixtureConfig(join(FIXTURES, rule.id, file))), new Map(), file);
        });
      }

      it('has at least one fixture with a finding and one without', () => {
        const withFindings = files.filter((file) => expectedFindings(readFileSync(join(FIXTURES, rule.id, file), 'utf8'), rule.id).size > 0);
        assert.ok(withFindings.length > 0, 'no fixture expects a finding');
        assert.ok(withFindings.length < files.length, 'no fixture expects silence');
      });

      for (const file of files) {
        const path = join(FIXTURES, rule.id, file);
        const text = readFileSync(path, 'utf8');
        // A rule that is off by default is tested as a team that turns it on would run it.
        const config = withRuleOn(fixtureConfig(path), rule.id);

        it(`${file}: reports exactly the marked lines`, () => {
          assert.deepEqual(sortedEntries(actualFindings(text, rule.id, config)), sortedEntries(expectedFindings(text, rule.id)));
        });

        it(`${file}: fixes remove the fixable findings, and fixing twice changes nothing`, () => {
          const once = fixAll({ text, config }).text;
          const fixedPath = path.replace(/\.md$/, '.fixed.md');
          if (files.includes(file) && readdirSync(join(FIXTURES, rule.id)).includes(file.replace(/\.md$/, '.fixed.md'))) {
            assert.equal(once, readFileSync(fixedPath, 'utf8'));
          }
          const remaining = lint({ text: once, config }).findings.filter((finding) => finding.rule === rule.id);
          assert.deepEqual(
            remaining.filter((finding) => finding.fix?.() !== undefined && !finding.fix()!.suggestion).map((finding) => finding.message),
            [],
            'a fixable finding survived its fix',
          );
          assert.equal(fixAll({ text: once, config }).text, once);
        });
      }
    });
  }
});

function withRuleOn(config: ResolvedConfig, id: string): ResolvedConfig {
  const setting = config.rules.get(id)!;
  if (setting.severity !== 'off') return config;
  return { ...config, rules: new Map([...config.rules, [id, { ...setting, severity: 'info' }]]) };
}

function sortedEntries(map: Map<number, string[]>): Array<[number, string[]]> {
  return [...map.entries()].map(([line, ids]) => [line, [...ids].sort()] as [number, string[]]).sort((a, b) => a[0] - b[0]);
}
