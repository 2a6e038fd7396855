import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { findConfigFile, loadConfigFile } from '../../server/src/engine/config-file';
import { rules } from '../../server/src/rules/registry';

describe('resolveConfig', () => {
  it('starts from each rule’s default severity', () => {
    const { config, problems } = resolveConfig(rules, []);
    assert.deepEqual(problems, []);
    for (const rule of rules) assert.equal(config.rules.get(rule.id)!.severity, rule.severity);
  });

  it('lets later layers win, and takes objects with a severity and options', () => {
    const { config } = resolveConfig(rules, [
      { source: 'rc', settings: { rules: { 'timeline-order': 'error', 'timestamp-malformed': 'off' } } },
      { source: 'editor', settings: { rules: { 'timeline-order': { severity: 'info', tolerance: 5 } } } },
    ]);
    assert.equal(config.rules.get('timeline-order')!.severity, 'info');
    assert.deepEqual(config.rules.get('timeline-order')!.options, { tolerance: 5 });
    assert.equal(config.rules.get('timestamp-malformed')!.severity, 'off');
  });

  it('reports bad values in words and keeps the defaults', () => {
    const { config, problems } = resolveConfig(rules, [
      { source: 'rc', settings: { rules: { 'timeline-order': 'loud', 'timeline-ordr': 'error', 'required-sections': 3 }, paths: 'x' } },
    ]);
    assert.equal(config.rules.get('timeline-order')!.severity, 'warning');
    assert.deepEqual(
      problems.map((problem) => problem.message),
      [
        '"paths" must be a list of glob strings, not "x"',
        'rule "timeline-order": "loud" is not a severity (use off, hint, info, warning or error)',
        'unknown rule "timeline-ordr"',
        'rule "required-sections": expected a severity or an object, not number 3',
      ],
    );
  });

  it('rejects an empty or broken glob in paths, naming it', () => {
    const { config, problems } = resolveConfig(rules, [{ source: 'rc', settings: { paths: ['**/ok/**', ''] } }]);
    assert.deepEqual(problems.map((problem) => problem.message), ['"paths": "" is not a glob pattern']);
    assert.ok(config.paths.length > 0 && !config.paths.includes(''));
  });

  it('reads timezone, timestamps.style and inlayHints.elapsed, naming bad values', () => {
    const good = resolveConfig(rules, [{ source: 'rc', settings: { timezone: 'PST', timestamps: { style: '24h' }, inlayHints: { elapsed: false } } }]);
    assert.deepEqual(good.config.settings, { timezone: 'America/Los_Angeles', timestampStyle: '24h', elapsedHints: false });
    const bad = resolveConfig(rules, [{ source: 'rc', settings: { timezone: 'Mars/Olympus', timestamps: { style: 'roman' }, inlayHints: { elapsed: 'yes' } } }]);
    assert.deepEqual(bad.config.settings, { timezone: undefined, timestampStyle: 'auto', elapsedHints: true });
    assert.equal(bad.problems.length, 3);
    assert.match(bad.problems[0]!.message, /"timezone": "Mars\/Olympus" is not a timezone/);
  });

  it('suggests the rule a near-miss id meant', () => {
    const { problems } = resolveConfig(rules, [{ source: 'rc', settings: { rules: { 'required-section': 'off' } } }]);
    assert.equal(problems[0]!.message, 'unknown rule "required-section" (did you mean "required-sections"?)');
  });
});

describe('.postmortemrc.json', () => {
  it('is found upward from a file’s folder, and a broken one says why', () => {
    const root = mkdtempSync(join(tmpdir(), 'postmortem-rc-'));
    const nested = join(root, 'a', 'b');
    mkdirSync(nested, { recursive: true });
    assert.equal(findConfigFile(nested, root), undefined);
    writeFileSync(join(root, 'a', '.postmortemrc.json'), '{ "rules": { "timeline-order": "off" } }');
    const found = findConfigFile(nested, root)!;
    assert.equal(found, join(root, 'a', '.postmortemrc.json'));
    assert.deepEqual(loadConfigFile(found).settings, { rules: { 'timeline-order': 'off' } });
    writeFileSync(found, '{ "rules": ');
    assert.match(loadConfigFile(found).error!, /is not valid JSON/);
    assert.match(loadConfigFile(join(root, 'missing.json')).error!, /cannot read .*ENOENT/);
  });
});
