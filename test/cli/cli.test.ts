/** The built `postmortem-lint` bin, run as a user runs it: formats, exit codes, --fix, folders and globs. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { escapeData, escapeProperty } from '../../server/src/cli/format';
import { rules } from '../../server/src/rules/registry';
import { CORPUS_DIR } from '../corpus';
import { sarifProblems } from './sarif-schema';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder with copies of fixture files (so --fix never touches the originals). */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-cli-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    copyFileSync(join(ROOT, source.startsWith('examples/') ? '' : 'test/fixtures', source), join(dir, name));
  }
  return dir;
}

describe('postmortem-lint', () => {
  before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build`));

  it('prints path:line:col: severity rule message, and exits 1 on warnings', () => {
    const dir = workspace({ 'report.md': 'rules/timestamp-malformed/twelve-hour.md' });
    const { code, stdout } = run(['report.md'], dir);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(
      lines.map((line) => line.split(' ').slice(0, 3).join(' ')),
      [
        'report.md:9:3: warning timestamp-malformed',
        'report.md:12:3: warning timestamp-malformed',
        'report.md:13:3: warning timestamp-malformed',
        'report.md:15:3: warning timeline-order',
        'report.md:15:3: warning timestamp-malformed',
      ],
    );
    assert.equal(lines[0], 'report.md:9:3: warning timestamp-malformed "11:05 A M" is not a well-formed time: there is a space inside "A M": write "AM" or "a.m."; did you mean "11:05 AM"?');
    assert.match(lines[1]!, /^report\.md:12:3: warning timestamp-malformed "1: 55 PM" /);
  });

  it('lists hint-level findings only with --hints, and counts them otherwise', () => {
    const dir = workspace({ 'report.md': 'rules/timestamp-malformed/twelve-hour.md' });
    const quiet = run(['report.md'], dir);
    assert.ok(!quiet.stdout.includes(' hint '));
    assert.match(quiet.stderr, /2 hints not listed \(--hints lists them\)/);
    const loud = run(['--hints', 'report.md'], dir);
    assert.ok(loud.stdout.split('\n').some((line) => line.startsWith('report.md:3:4: hint summary-root-cause')));
    assert.equal(loud.code, quiet.code);
  });

  it('exits 0 with no output on a clean postmortem, and skips Markdown that is not a postmortem', () => {
    const dir = workspace({ 'good.md': 'examples/login-failures.md', 'notes/release-notes.md': 'docs/release-notes.md' });
    const { code, stdout, stderr } = run(['.'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /0 problems .* in 1 postmortem, 1 other Markdown file skipped/);
  });

  it('prints JSON with 1-based positions and the fixable flag', () => {
    const dir = workspace({ 'a.md': 'rules/timestamp-malformed/twenty-four-hour.md' });
    const findings = JSON.parse(run(['--format', 'json', 'a.md'], dir).stdout).filter((finding: { rule: string }) => finding.rule === 'timestamp-malformed');
    assert.deepEqual(findings[0], {
      file: 'a.md',
      line: 10,
      column: 3,
      endLine: 10,
      endColumn: 10,
      severity: 'warning',
      rule: 'timestamp-malformed',
      message: '"09 : 04" is not a well-formed time: there is a space inside the time; did you mean "09:04"?',
      fixable: true,
    });
    assert.equal(findings.find((finding: { message: string }) => finding.message.startsWith('"25:10"')).fixable, false);
  });

  it('--fix rewrites the files and reports only what is left', () => {
    const dir = workspace({ 'x.md': 'rules/timestamp-malformed/twelve-hour.md' });
    const { code, stdout } = run(['--fix', 'x.md'], dir);
    assert.equal(readFileSync(join(dir, 'x.md'), 'utf8'), readFileSync(join(FIXTURES, 'rules/timestamp-malformed/twelve-hour.fixed.md'), 'utf8'));
    // "13:20 PM" became "1:20 PM", which now sits before "2:12 PM": the order problem remains.
    assert.equal(code, 1);
    assert.match(stdout, /^x\.md:15:3: warning timeline-order "1:20 PM" is earlier than "2:12 PM"/m);
    assert.doesNotMatch(stdout, /timestamp-malformed/);
  });

  it('expands folders and globs, and exits 2 when a pattern matches nothing', () => {
    const dir = workspace({ 'a/one.md': 'rules/timeline-order/backwards.md', 'b/two.md': 'rules/timeline-order/midnight-rollover.md' });
    // With the hints: the second report's findings are only hints (content-missing).
    const findings: Array<{ file: string; rule: string }> = JSON.parse(run(['--format', 'json', '--hints', 'a', 'b/*.md'], dir).stdout);
    assert.deepEqual([...new Set(findings.map((finding) => finding.file))], ['a/one.md', 'b/two.md']);
    assert.deepEqual(
      findings.filter((finding) => finding.rule === 'timeline-order').map((finding) => finding.file),
      ['a/one.md', 'a/one.md'],
    );
    const missing = run(['a', 'nothing/*.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no files match "nothing\/\*\.md"/);
  });

  it('lints a file nested 20,000 quotes deep beside an ordinary one, without a stack trace', () => {
    const dir = workspace({ 'postmortem-ok.md': 'rules/timestamp-malformed/twelve-hour.md' });
    writeFileSync(join(dir, 'postmortem-deep.md'), `## Timeline\n\n${'> '.repeat(20_000)}- 1: 55 PM - deep\n`);
    const { code, stdout, stderr } = run(['postmortem-deep.md', 'postmortem-ok.md'], dir);
    assert.match(stdout, /^postmortem-ok\.md:9:3: warning timestamp-malformed /m);
    assert.match(stdout, /^postmortem-deep\.md:3:40003: warning timestamp-malformed "1: 55 PM" /m);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    assert.equal(code, 1);
  });

  it('prints absolute paths for an absolute glob', () => {
    const dir = workspace({ 'a.md': 'rules/timeline-order/backwards.md' });
    assert.match(run([join(dir, '*.md')]).stdout, new RegExp(`^${join(dir, 'a.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm'));
  });

  it('exits 2 with a clear message for usage errors, never a stack trace', () => {
    for (const args of [[], ['--format', 'xml', 'a.md'], ['--frobnicate', 'a.md']]) {
      const { code, stdout, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^postmortem-lint: .+\n\nUsage: postmortem-lint/);
      assert.doesNotMatch(stderr, /\n\s+at /);
    }
  });

  it('uses the nearest .postmortemrc.json, comments and trailing commas allowed', () => {
    const dir = workspace({ 'r.md': 'rules/timestamp-malformed/twelve-hour.md' });
    writeFileSync(join(dir, '.postmortemrc.json'), '{\n  // quieter for drafts\n  "rules": { "timestamp-malformed": "off", "timeline-order": "info", },\n}\n');
    const quiet = run(['r.md'], dir);
    assert.equal(quiet.code, 0, 'only info findings remain');
    assert.equal(quiet.stderr.includes('config'), false);
    assert.match(quiet.stdout, /^r\.md:\d+:\d+: info timeline-order /m);
    assert.doesNotMatch(quiet.stdout, /timestamp-malformed/);
  });

  it('reports a broken .postmortemrc.json once, in the file, and lints with the defaults', () => {
    const dir = workspace({ 'a/one.md': 'rules/timestamp-malformed/twelve-hour.md', 'a/two.md': 'rules/timeline-order/backwards.md' });
    writeFileSync(join(dir, '.postmortemrc.json'), '{\n  "rules": {\n    "timestamp-malformed": "off"\n    "timeline-order": "off"\n  }\n}\n');
    const broken = run(['a'], dir);
    assert.equal(broken.code, 1, 'a finding, not an I/O error');
    const config = broken.stdout.split('\n').filter((line) => line.includes(' config '));
    assert.deepEqual(config, ['.postmortemrc.json:4:5: error config not valid JSON: a comma is expected; the file is ignored until this is fixed']);
    assert.match(broken.stdout, /^a\/one\.md:9:3: warning timestamp-malformed /m, 'the defaults are used');
    assert.match(broken.stdout, /^a\/two\.md:\d+:\d+: warning timeline-order /m, 'the defaults are used');
    assert.match(broken.stderr, /\(1 errors, /);
  });

  it('reports each bad value in .postmortemrc.json at its key, and keeps the rest of the file', () => {
    const dir = workspace({ 'r.md': 'rules/timestamp-malformed/twelve-hour.md' });
    const rc = ['{', '  "rules": {', '    "timestamp-malformed": "loud",', '    "timline-order": "off",', '    "timeline-order": "info"', '  }', '}', ''];
    writeFileSync(join(dir, '.postmortemrc.json'), rc.join('\n'));
    const { code, stdout } = run(['--format', 'json', 'r.md'], dir);
    assert.equal(code, 1);
    const findings: Array<Record<string, unknown>> = JSON.parse(stdout);
    assert.deepEqual(
      findings.filter((finding) => finding.rule === 'config'),
      [
        {
          file: '.postmortemrc.json',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 34,
          severity: 'error',
          rule: 'config',
          message: 'rule "timestamp-malformed": "loud" is not a severity (use off, hint, info, warning or error)',
          fixable: false,
        },
        {
          file: '.postmortemrc.json',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 27,
          severity: 'error',
          rule: 'config',
          message: 'unknown rule "timline-order" (did you mean "timeline-order"?)',
          fixable: false,
        },
      ],
    );
    assert.ok(findings.some((finding) => finding.rule === 'timestamp-malformed' && finding.severity === 'warning'), 'the bad severity is ignored');
    assert.ok(findings.some((finding) => finding.rule === 'timeline-order' && finding.severity === 'info'), 'the good value is kept');
  });

  it('--config FILE replaces the nearest config; a broken one is a finding, a missing one an error', () => {
    const dir = workspace({ 'r.md': 'rules/timestamp-malformed/twelve-hour.md' });
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'timestamp-malformed': 'error' } }));
    assert.match(run(['--config', 'strict.json', 'r.md'], dir).stdout, /: error timestamp-malformed /);
    writeFileSync(join(dir, 'broken.json'), "{ 'rules': {} }");
    const broken = run(['--config', 'broken.json', 'r.md'], dir);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /^broken\.json:1:3: error config not valid JSON: JSON strings take double quotes, not single quotes; /m);
    const missing = run(['--config', 'nope.json', 'r.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read nope\.json: ENOENT/);
    assert.equal(missing.stdout, '');
  });

  it('--profile judges every report by that template, over the settings file; an unknown one is a usage error', () => {
    const dir = workspace({ 'login.md': 'examples/login-failures.md' });
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ profile: 'standard' }));
    assert.equal(run(['login.md'], dir).code, 0);
    const google = run(['--profile', 'google-sre', 'login.md'], dir);
    assert.equal(google.code, 1);
    assert.match(google.stdout, /^login\.md:1:1: warning required-sections Missing section "Impact"/m);
    const unknown = run(['--profile', 'sre', 'login.md'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^postmortem-lint: --profile: "sre" is not one of auto, standard, holberton, google-sre, pagerduty, atlassian$/m);
  });

  it('--format sarif prints a SARIF 2.1.0 log of every rule and finding, paths relative to the checkout', () => {
    const dir = workspace({ 'docs/one.md': 'rules/timestamp-malformed/twelve-hour.md', 'docs/clean.md': 'examples/login-failures.md' });
    writeFileSync(join(dir, 'docs', '.postmortemrc.json'), '{ "rules": { "timeline-order": "info", "timline": "off" } }');
    const { code, stdout, stderr } = run(['--format', 'sarif', 'docs'], dir);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const log = JSON.parse(stdout);
    assert.deepEqual(sarifProblems(log), []);
    const run0 = log.runs[0];
    const driver = run0.tool.driver;
    assert.equal(driver.name, 'postmortem-lint');
    assert.equal(driver.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const ids: string[] = driver.rules.map((rule: { id: string }) => rule.id);
    assert.deepEqual(ids, [...rules.map((rule) => rule.id), 'config'], 'every rule, and the settings problems');
    assert.deepEqual(
      driver.rules.find((rule: { id: string }) => rule.id === 'timeline-order'),
      {
        id: 'timeline-order',
        shortDescription: { text: rules.find((rule) => rule.id === 'timeline-order')!.description },
        // The page on the repository package.json names.
        helpUri: 'https://github.com/postmortem-tools/postmortem/blob/HEAD/docs/rules/timeline-order.md',
        defaultConfiguration: { level: 'warning' },
      },
    );
    for (const rule of driver.rules) assert.match(rule.helpUri, new RegExp(`docs/rules/${rule.id}\\.md$`));
    for (const result of run0.results) assert.equal(ids[result.ruleIndex], result.ruleId);
    const malformed = run0.results.find((result: { ruleId: string }) => result.ruleId === 'timestamp-malformed');
    assert.deepEqual(malformed.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: 'docs/one.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 9, startColumn: 3, endLine: 9, endColumn: 12 },
        },
      },
    ]);
    assert.equal(malformed.level, 'warning');
    assert.equal(run0.results.find((result: { ruleId: string }) => result.ruleId === 'timeline-order').level, 'note', 'info is a note');
    const config = run0.results.find((result: { ruleId: string }) => result.ruleId === 'config');
    assert.equal(config.level, 'error');
    assert.equal(config.locations[0].physicalLocation.artifactLocation.uri, 'docs/.postmortemrc.json');
  });

  it('the SARIF check catches what the schema forbids', () => {
    const broken = { version: '2.1.0', runs: [{ tool: { driver: { rules: [{ id: 'x', helpUri: 3 }] } }, results: [{ level: 'info', message: {}, extra: 1 }] }] };
    assert.deepEqual(sarifProblems(broken), [
      '$.runs[0].tool.driver: toolComponent requires "name"',
      '$.runs[0].tool.driver.rules[0].helpUri: must be a string',
      '$.runs[0].results[0].level: must be one of none, note, warning, error',
      '$.runs[0].results[0].message: message requires "text"',
      '$.runs[0].results[0]: result has no property "extra"',
    ]);
  });

  it('--format github prints one workflow command per finding, escaped', () => {
    const dir = workspace({ 'odd,name:1/r.md': 'rules/timestamp-malformed/twelve-hour.md' });
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'timeline-order': 'info', '50%\nof it': 'off' } }));
    const { code, stdout } = run(['--format', 'github', '.'], dir);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[0], '::error file=.postmortemrc.json,line=1,col=35,endLine=1,endColumn=53,title=postmortem/config::unknown rule "50%25%0Aof it"');
    assert.equal(
      lines.find((line) => line.includes('timestamp-malformed')),
      '::warning file=odd%2Cname%3A1/r.md,line=9,col=3,endLine=9,endColumn=12,title=postmortem/timestamp-malformed::"11:05 A M" is not a well-formed time: there is a space inside "A M": write "AM" or "a.m."; did you mean "11:05 AM"?',
    );
    assert.ok(lines.some((line) => line.startsWith('::notice file=odd%2Cname%3A1/r.md,line=15,') && line.includes('title=postmortem/timeline-order::')), 'info is a notice');
    assert.ok(lines.every((line) => line.startsWith('::')), 'nothing but commands on stdout');
  });

  it('escapes workflow command data and property values as the Actions runner reads them', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext%3A a%2C b');
    assert.equal(escapeProperty('%3A'), '%253A', 'the escape character itself first');
  });

  it('prints exactly the sample output the README shows for examples/checkout-outage.md', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const sample = /`npx postmortem-lint examples\/checkout-outage\.md`:\n\n```text\n([\s\S]*?)```/.exec(readme);
    assert.ok(sample, 'the README has the sample');
    assert.equal(run(['examples/checkout-outage.md']).stdout, sample[1]);
  });

  it('reports the seeds of the shared corpus with their lines', function () {
    if (!CORPUS_DIR) this.skip();
    const { code, stdout } = run([join(CORPUS_DIR!, 'seeds')]);
    assert.equal(code, 1);
    assert.match(stdout, /004-misspelt-config-file\.md:22:3: warning timestamp-malformed "1: 55 PM" /);
  });
});
