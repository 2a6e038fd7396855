/** The built `postmortem-lint` bin, run as a user runs it: formats, exit codes, --fix, folders and globs. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS_DIR } from '../corpus';

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
    assert.equal(lines[0], 'report.md:9:3: warning timestamp-malformed "11:05 Am" is not a well-formed time: write "AM" or "am", not "Am"; did you mean "11:05 AM"?');
    assert.match(lines[1]!, /^report\.md:12:3: warning timestamp-malformed "1: 55 PM" /);
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
    assert.match(stdout, /^x\.md:15:3: warning timeline-order "1:20 PM" is earlier than "2:12 PM"/);
  });

  it('expands folders and globs, and exits 2 when a pattern matches nothing', () => {
    const dir = workspace({ 'a/one.md': 'rules/timeline-order/backwards.md', 'b/two.md': 'rules/timeline-order/midnight-rollover.md' });
    const findings: Array<{ file: string; rule: string }> = JSON.parse(run(['--format', 'json', 'a', 'b/*.md'], dir).stdout);
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
      const { code, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^postmortem-lint: .+\n\nUsage: postmortem-lint/);
      assert.doesNotMatch(stderr, /\n\s+at /);
    }
  });

  it('uses the nearest .postmortemrc.json, and reports a broken one without crashing', () => {
    const dir = workspace({ 'r.md': 'rules/timestamp-malformed/twelve-hour.md' });
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: { 'timestamp-malformed': 'off', 'timeline-order': 'info' } }));
    const quiet = run(['r.md'], dir);
    assert.equal(quiet.code, 0, 'only info findings remain');
    assert.match(quiet.stdout, /^r\.md:\d+:\d+: info timeline-order /);
    writeFileSync(join(dir, '.postmortemrc.json'), '{ "rules": ');
    const broken = run(['r.md'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /\.postmortemrc\.json is not valid JSON/);
    assert.match(broken.stdout, /timestamp-malformed/, 'defaults are used for the files');
  });

  it('--config FILE replaces the nearest config, and a missing one is an error', () => {
    const dir = workspace({ 'r.md': 'rules/timestamp-malformed/twelve-hour.md' });
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'timestamp-malformed': 'error' } }));
    assert.match(run(['--config', 'strict.json', 'r.md'], dir).stdout, /: error timestamp-malformed /);
    const missing = run(['--config', 'nope.json', 'r.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read nope\.json: ENOENT/);
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
