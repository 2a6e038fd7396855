import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { findConfigFile, loadConfigFile } from '../../server/src/engine/config-file';
import { rules } from '../../server/src/rules/registry';
import type { Rule } from '../../server/src/rules/types';

// The registry plus a rule that declares one option of each kind.
const withOptions: Rule[] = [
  ...rules,
  {
    id: 'measured',
    description: 'A rule with options, for these tests.',
    severity: 'warning',
    tags: [],
    fixable: false,
    options: {
      limit: { type: 'number', default: 10, minimum: 0, description: 'A limit.' },
      strict: { type: 'boolean', default: false, description: 'Be strict.' },
      mode: { type: 'string', default: 'fast', enum: ['fast', 'exact'], description: 'How.' },
    },
    check: () => undefined,
  },
];

describe('resolveConfig', () => {
  it('starts from each rule’s default severity', () => {
    const { config, problems } = resolveConfig(rules, []);
    assert.deepEqual(problems, []);
    for (const rule of rules) assert.equal(config.rules.get(rule.id)!.severity, rule.severity);
  });

  it('lets later layers win, and takes objects with a severity and options', () => {
    const { config } = resolveConfig(withOptions, [
      { source: 'rc', settings: { rules: { 'timeline-order': 'error', 'timestamp-malformed': 'off', measured: { limit: 3 } } } },
      { source: 'editor', settings: { rules: { 'timeline-order': { severity: 'info' }, measured: { severity: 'hint', strict: true } } } },
    ]);
    assert.equal(config.rules.get('timeline-order')!.severity, 'info');
    assert.equal(config.rules.get('timestamp-malformed')!.severity, 'off');
    assert.deepEqual(config.rules.get('measured'), { severity: 'hint', options: { limit: 3, strict: true, mode: 'fast' } });
  });

  it('fills every declared option with its default, and names an unknown or bad option', () => {
    assert.deepEqual(resolveConfig(withOptions, []).config.rules.get('measured')!.options, { limit: 10, strict: false, mode: 'fast' });
    const { config, problems } = resolveConfig(withOptions, [
      { source: 'rc', settings: { rules: { measured: { limit: -1, strict: 'yes', mode: 'slow', colour: 'red' }, 'timeline-order': { tolerance: 5 } } } },
    ]);
    assert.deepEqual(config.rules.get('measured')!.options, { limit: 10, strict: false, mode: 'fast' });
    assert.deepEqual(
      problems.map((problem) => [problem.path, problem.message]),
      [
        [['rules', 'measured', 'limit'], 'rule "measured": "limit" must be at least 0, not -1'],
        [['rules', 'measured', 'strict'], 'rule "measured": "strict" must be true or false, not "yes"'],
        [['rules', 'measured', 'mode'], 'rule "measured": "mode" must be one of fast, exact, not "slow"'],
        [['rules', 'measured', 'colour'], 'rule "measured" has no option "colour" (it has "limit", "strict", "mode")'],
        [['rules', 'timeline-order', 'tolerance'], 'rule "timeline-order" has no option "tolerance"'],
      ],
    );
  });

  it('reads the profile, naming a bad one', () => {
    assert.equal(resolveConfig(rules, []).config.settings.profile, 'auto');
    assert.equal(resolveConfig(rules, [{ source: 'rc', settings: { profile: 'google-sre' } }]).config.settings.profile, 'google-sre');
    const bad = resolveConfig(rules, [{ source: 'rc', settings: { profile: 'google' } }]);
    assert.equal(bad.config.settings.profile, 'auto');
    assert.deepEqual(bad.problems, [
      { source: 'rc', path: ['profile'], message: '"profile": "google" is not one of auto, standard, holberton, google-sre, pagerduty, atlassian' },
    ]);
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
        'unknown rule "timeline-ordr" (did you mean "timeline-order"?)',
        'rule "required-sections": expected a severity or an object, not number 3',
      ],
    );
  });

  it('rejects an empty or broken glob in paths, naming it', () => {
    const { config, problems } = resolveConfig(rules, [{ source: 'rc', settings: { paths: ['**/ok/**', ''] } }]);
    assert.deepEqual(problems.map((problem) => problem.message), ['"paths": "" is not a glob pattern']);
    assert.ok(config.paths.length > 0 && !config.paths.includes(''));
  });

  it('reads timezone, timestamps.style, inlayHints.elapsed and import.authors, naming bad values', () => {
    const good = resolveConfig(rules, [{ source: 'rc', settings: { timezone: 'PST', timestamps: { style: '24h' }, inlayHints: { elapsed: false }, import: { authors: 'initials' } } }]);
    assert.deepEqual(good.config.settings, { timezone: 'America/Los_Angeles', profile: 'auto', timestampStyle: '24h', elapsedHints: false, importAuthors: 'initials' });
    const bad = resolveConfig(rules, [{ source: 'rc', settings: { timezone: 'Mars/Olympus', timestamps: { style: 'roman' }, inlayHints: { elapsed: 'yes' }, import: { authors: 'everyone' } } }]);
    assert.deepEqual(bad.config.settings, { timezone: undefined, profile: 'auto', timestampStyle: 'auto', elapsedHints: true, importAuthors: 'keep' });
    assert.equal(bad.problems.length, 4);
    assert.match(bad.problems[3]!.message, /"import.authors": "everyone" is not one of keep, initials, drop/);
    assert.match(bad.problems[0]!.message, /"timezone": "Mars\/Olympus" is not a timezone/);
  });

  it('names an unknown top-level setting, and accepts $schema and the client\'s trace', () => {
    const { problems } = resolveConfig(rules, [{ source: 'rc', settings: { profle: 'holberton', $schema: './schema.json', trace: { server: 'verbose' } } }]);
    assert.deepEqual(problems, [{ source: 'rc', path: ['profle'], message: 'unknown setting "profle" (did you mean "profile"?)' }]);
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
