/** A rule that throws is skipped and named in the log; every other rule still reports. */
import assert from 'node:assert/strict';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';
import type { Rule } from '../../server/src/rules/types';

const broken: Rule = {
  id: 'broken-rule',
  description: 'Throws on every document.',
  severity: 'warning',
  tags: [],
  fixable: false,
  check() {
    throw new Error('index out of range');
  },
};

describe('a rule that throws', () => {
  it('is skipped and logged, and the other rules still report', () => {
    const { config } = resolveConfig(rules, []);
    const logs: string[] = [];
    const text = '# Outage\n\n## Timeline (UTC)\n\n- 1: 55 PM - x\n\n## Root Cause\n\ny\n';
    const { findings } = lint({ text, path: 'postmortem.md', config, rules: [broken, ...rules], log: (message) => logs.push(message) });
    assert.deepEqual(logs, ['rule broken-rule failed and was skipped: index out of range']);
    assert.ok(findings.some((finding) => finding.rule === 'timestamp-malformed'));
    assert.ok(!findings.some((finding) => finding.rule === 'broken-rule'));
  });
});
