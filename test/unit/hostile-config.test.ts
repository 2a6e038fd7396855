/**
 * A hostile `.postmortemrc.json` is data and nothing more: whatever it says, the linter reads no file
 * but it and the document, writes nothing, and takes no path from it; keys that would pollute an
 * object's prototype are named as unknown and change nothing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { configLayers, findConfigFile, loadConfigFile } from '../../server/src/engine/config-file';
import { lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';

const HOSTILE = JSON.stringify({
  $schema: 'file:///etc/passwd',
  extends: '/etc/passwd',
  include: ['../../../../**'],
  paths: ['../../../../../**/*', '/etc/**'],
  timezone: '../../etc/localtime',
  rules: { 'timeline-order': { severity: 'error', path: '/etc/shadow' }, __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
  __proto__: { polluted: true },
});

describe('a hostile .postmortemrc.json', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'postmortem-hostile-'));
    writeFileSync(join(dir, '.postmortemrc.json'), HOSTILE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads only itself and writes nothing, and its bad values are named', () => {
    const touched: string[] = [];
    const originals = { readFileSync: fs.readFileSync, writeFileSync: fs.writeFileSync, openSync: fs.openSync, statSync: fs.statSync };
    const spy = (name: keyof typeof originals) =>
      ((...args: unknown[]) => {
        touched.push(`${name} ${String(args[0])}`);
        return (originals[name] as (...a: unknown[]) => unknown)(...args);
      }) as never;
    Object.assign(fs, { readFileSync: spy('readFileSync'), writeFileSync: spy('writeFileSync'), openSync: spy('openSync'), statSync: spy('statSync') });
    let problems: string[];
    try {
      const rcPath = findConfigFile(dir)!;
      const file = loadConfigFile(rcPath);
      const resolved = resolveConfig(rules, configLayers(file));
      problems = resolved.problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`);
      lint({ text: '# Postmortem\n\n## Timeline (UTC)\n\n- 10:00 - a\n- 09:00 - b\n\n## Root Cause\n\nx\n', path: join(dir, 'postmortem.md'), root: dir, config: resolved.config });
    } finally {
      Object.assign(fs, originals);
    }
    assert.ok(touched.some((entry) => entry.startsWith('readFileSync') && entry.endsWith('.postmortemrc.json')), `the spy sees file reads: ${touched.join(', ')}`);
    const outside = touched.filter((entry) => !entry.endsWith(join(dir, '.postmortemrc.json')));
    assert.deepEqual(outside, [], `touched: ${touched.join(', ')}`);
    assert.ok(!touched.some((entry) => entry.startsWith('writeFileSync')));
    assert.ok(problems.some((problem) => /extends/.test(problem)), problems.join('\n'));
    assert.ok(problems.some((problem) => /timezone/.test(problem)), problems.join('\n'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was polluted');
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });
});
