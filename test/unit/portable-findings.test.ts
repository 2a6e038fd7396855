/** Findings made on another thread: as plain data they survive structured cloning, and their fixes come back. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { fixesOf, lint, portableFindings, withFixes } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';

const { config } = resolveConfig(rules, []);

describe('findings across threads', () => {
  it('a cloned model and plain findings give back the same fixes', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'rules', 'timestamp-malformed', 'twelve-hour.md'), 'utf8');
    const here = lint({ text, config });
    const portable = structuredClone({ doc: here.doc, findings: portableFindings(here.findings) });
    assert.ok(portable.findings.some((finding) => finding.fixable));
    const back = withFixes(portable.doc!, portable.findings, config);
    assert.deepEqual(
      back.map(({ fix, ...finding }) => ({ ...finding, fixable: fix !== undefined })),
      here.findings.map(({ fix, ...finding }) => ({ ...finding, fixable: fix !== undefined })),
    );
    assert.deepEqual(fixesOf(back), fixesOf(here.findings));
  });
});
