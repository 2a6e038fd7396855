/**
 * The markdownlint custom rules (`postmortem/markdownlint`, dist/markdownlint.js) run by
 * markdownlint-cli2 itself, as a team runs it: findings, markdownlint's config and inline comments,
 * `.postmortemrc.json`, and `--fix` applying our fixes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const CLI2 = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const TWELVE_HOUR = join(FIXTURES, 'timestamp-malformed', 'twelve-hour.md');

interface Violation {
  file: string;
  line: number;
  column: number | undefined;
  severity: string;
  rule: string;
  detail: string;
}

/**
 * A folder where `postmortem` is installed (node_modules/postmortem is this checkout) and
 * .markdownlint-cli2.jsonc lists our rules alone (markdownlint's own are off, to keep the output ours).
 */
function workspace(config: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-markdownlint-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'postmortem'), 'dir');
  const options = { config: { default: false, postmortem: true, ...config }, customRules: ['postmortem/markdownlint'] };
  writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), `// as a team writes it\n${JSON.stringify(options, null, 2)}\n`);
  return dir;
}

function markdownlintCli2(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI2, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, violations: violations(result.stderr), stderr: result.stderr };
}

// markdownlint-cli2's default output: `file:line[:column] severity name[/alias] description [detail] [Context: "…"]`.
function violations(output: string): Violation[] {
  return output
    .split('\n')
    .map((line) => /^(.+?):(\d+)(?::(\d+))? (error|warning) ([\w-]+)(?:\/[\w-]+)? .*?(?:\[(.*?)\])?(?: \[Context: .*\])?$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ file: match[1]!, line: Number(match[2]), column: match[3] === undefined ? undefined : Number(match[3]), severity: match[4]!, rule: match[5]!, detail: match[6] ?? '' }));
}

const brief = (found: readonly Violation[]) => found.map((violation) => `${violation.line}:${violation.column ?? ''} ${violation.rule}`);

describe('markdownlint-cli2 with postmortem/markdownlint', function () {
  this.timeout(60000);
  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist', 'markdownlint.js')), 'dist/markdownlint.js is missing: run npm run build');
    assert.ok(existsSync(CLI2), 'markdownlint-cli2 is missing: run npm ci');
  });

  it('reports what postmortem-lint lists, at the same lines and columns, on every rule fixture', () => {
    const dir = workspace();
    cpSync(FIXTURES, join(dir, 'rules'), { recursive: true });
    const expected = JSON.parse(spawnSync(process.execPath, [CLI, '--format', 'json', 'rules'], { cwd: dir, encoding: 'utf8' }).stdout) as Array<{ file: string; line: number; column: number; rule: string; severity: string }>;
    const { code, violations: found } = markdownlintCli2(['rules/**/*.md'], dir);
    assert.equal(code, 1);
    const key = (file: string, line: number, column: number | undefined, rule: string) => `${file}:${line}:${column} ${rule}`;
    assert.deepEqual(
      found.map((violation) => key(violation.file, violation.line, violation.column, violation.rule)).sort(),
      expected.filter((finding) => finding.severity !== 'hint').map((finding) => key(finding.file, finding.line, finding.column, `postmortem-${finding.rule}`)).sort(),
    );
    assert.ok(found.length > 200, `only ${found.length} findings`);
    // Front matter is outside markdownlint's lines; the numbers still point at the file's own lines.
    assert.ok(found.some((violation) => violation.file === 'rules/timestamp-style/mixed-12-hour.md'));
  });

  it('names the rule as markdownlint names its own, with our id as the alias, our message as the detail', () => {
    const dir = workspace();
    cpSync(TWELVE_HOUR, join(dir, 'report.md'));
    const { code, stderr, violations: found } = markdownlintCli2(['report.md'], dir);
    assert.equal(code, 1);
    assert.deepEqual(brief(found), ['9:3 postmortem-timestamp-malformed', '12:3 postmortem-timestamp-malformed', '13:3 postmortem-timestamp-malformed', '15:3 postmortem-timeline-order', '15:3 postmortem-timestamp-malformed']);
    assert.ok(stderr.includes('report.md:9:3 error postmortem-timestamp-malformed/timestamp-malformed '), stderr);
    assert.ok(stderr.includes('["11:05 A M" is not a well-formed time: there is a space inside "A M": write "AM" or "a.m."; did you mean "11:05 AM"?] [Context: "11:05 A M"]'), stderr);
  });

  it('honours markdownlint-disable comments, by name or alias, and our own postmortem-disable comments', () => {
    const dir = workspace();
    const text = readFileSync(TWELVE_HOUR, 'utf8');
    const lines = text.split('\n');
    const before = (line: number, comment: string) => [...lines.slice(0, line - 1), comment, ...lines.slice(line - 1)].join('\n');
    writeFileSync(join(dir, 'all-off.md'), `<!-- markdownlint-disable -->\n${text}`);
    writeFileSync(join(dir, 'alias-off.md'), `<!-- markdownlint-disable timestamp-malformed -->\n${text}`);
    writeFileSync(join(dir, 'next-line.md'), before(9, '<!-- markdownlint-disable-next-line postmortem-timestamp-malformed -->'));
    writeFileSync(join(dir, 'ours.md'), before(9, '<!-- postmortem-disable-next-line timestamp-malformed -->'));
    const { violations: found } = markdownlintCli2(['*.md'], dir);
    const of = (file: string) => brief(found.filter((violation) => violation.file === file));
    assert.deepEqual(of('all-off.md'), []);
    assert.deepEqual(of('alias-off.md'), ['16:3 postmortem-timeline-order']);
    const lineNineGone = ['13:3 postmortem-timestamp-malformed', '14:3 postmortem-timestamp-malformed', '16:3 postmortem-timeline-order', '16:3 postmortem-timestamp-malformed'];
    assert.deepEqual(of('next-line.md'), lineNineGone);
    assert.deepEqual(of('ours.md'), lineNineGone);

    const quiet = markdownlintCli2(['all-off.md'], dir);
    assert.equal(quiet.code, 0);
  });

  it('follows markdownlint config: a rule off, warnings that do not fail, options for a rule', () => {
    const dir = workspace({ 'postmortem-timeline-order': false, 'postmortem-timestamp-malformed': 'warning' });
    cpSync(TWELVE_HOUR, join(dir, 'report.md'));
    const { code, violations: found } = markdownlintCli2(['report.md'], dir);
    assert.equal(code, 0, 'warnings alone do not fail markdownlint-cli2');
    assert.deepEqual([...new Set(found.map((violation) => `${violation.severity} ${violation.rule}`))], ['warning postmortem-timestamp-malformed']);

    const tolerance = join(FIXTURES, 'summary-timeline', 'tolerance.md'); // 20 minutes off: reported unless toleranceMinutes >= 20
    const strict = workspace();
    cpSync(tolerance, join(strict, 'report.md'));
    assert.ok(markdownlintCli2(['report.md'], strict).violations.some((violation) => violation.rule === 'postmortem-summary-timeline'));
    const lenient = workspace({ 'postmortem-summary-timeline': { toleranceMinutes: 30 } });
    cpSync(tolerance, join(lenient, 'report.md'));
    assert.ok(!markdownlintCli2(['report.md'], lenient).violations.some((violation) => violation.rule === 'postmortem-summary-timeline'));
    const wrong = workspace({ 'postmortem-summary-timeline': { toleranceMinutes: 'half an hour' } });
    cpSync(tolerance, join(wrong, 'report.md'));
    const complaint = markdownlintCli2(['report.md'], wrong).violations.find((violation) => violation.rule === 'postmortem-summary-timeline' && violation.line === 1);
    assert.match(complaint?.detail ?? '', /^markdownlint config for postmortem-summary-timeline: rule "summary-timeline": "toleranceMinutes" must be a number/);
  });

  it('reads the nearest .postmortemrc.json, and reports a broken one under postmortem-config', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'postmortems'));
    cpSync(TWELVE_HOUR, join(dir, 'postmortems', 'report.md'));
    writeFileSync(join(dir, 'postmortems', '.postmortemrc.json'), '{ "rules": { "timestamp-malformed": "off" } }\n');
    assert.deepEqual(brief(markdownlintCli2(['postmortems/report.md'], dir).violations), ['15:3 postmortem-timeline-order']);

    writeFileSync(join(dir, 'postmortems', '.postmortemrc.json'), '{ "rules": { "timline-order": "off" } }\n');
    const config = markdownlintCli2(['postmortems/report.md'], dir).violations.filter((violation) => violation.rule === 'postmortem-config');
    assert.deepEqual(
      config.map((violation) => `${violation.line} ${violation.detail}`),
      ['1 postmortems/.postmortemrc.json:1:14: unknown rule "timline-order" (did you mean "timeline-order"?)'],
    );
  });

  it('--fix applies our fixes as markdownlint fixInfo, then reports what is left', () => {
    const dir = workspace();
    cpSync(TWELVE_HOUR, join(dir, 'report.md'));
    const { code, violations: found } = markdownlintCli2(['--fix', 'report.md'], dir);
    assert.equal(readFileSync(join(dir, 'report.md'), 'utf8'), readFileSync(TWELVE_HOUR.replace(/\.md$/, '.fixed.md'), 'utf8'));
    assert.equal(code, 1);
    assert.deepEqual(brief(found), ['15:3 postmortem-timeline-order']); // only the author knows which time is wrong
  });

  it('--fix gives what postmortem-lint --fix gives: a line broken in two, a zone added, below front matter', () => {
    const dir = workspace();
    const fixtures = ['timeline-glued-entries/glued', 'timezone-missing/heading-parenthesis', 'summary-window/no-zone', 'timestamp-style/mixed-12-hour', 'timestamp-malformed/semicolon-for-colon'];
    for (const fixture of fixtures) cpSync(join(FIXTURES, `${fixture}.md`), join(dir, `${fixture.replace('/', '--')}.md`));
    markdownlintCli2(['--fix', '*.md'], dir);
    for (const fixture of fixtures) {
      assert.equal(readFileSync(join(dir, `${fixture.replace('/', '--')}.md`), 'utf8'), readFileSync(join(FIXTURES, `${fixture}.fixed.md`), 'utf8'), fixture);
    }
  });
});
