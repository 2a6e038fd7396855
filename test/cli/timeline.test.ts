/** The built `postmortem-timeline` bin, run as a user runs it: printing, merging into a file, reading stdin, and its errors. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'timeline.js');
const IRC = join(ROOT, 'test', 'fixtures', 'import', 'irc.log');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('postmortem-timeline', () => {
  before(() => assert.ok(existsSync(BIN), `${BIN} is missing: run npm run build`));

  it('prints the entries of a log in the zone and style asked for, and says what it left out', () => {
    const { code, stdout, stderr } = run(['--zone', 'UTC', '--style', '12h', IRC]);
    assert.equal(code, 0);
    assert.deepEqual(stdout.trim().split('\n'), [
      'All times UTC.',
      '',
      '- 3:38 AM - amina: Checkout is returning 502s for everyone',
      '- 3:39 AM - kofi looks at the proxy dashboards',
      '- 3:41 AM - kofi: The config push lowered the pool size',
      '- 3:53 AM - amina: Rolled back; error rate back to baseline',
    ]);
    assert.equal(stderr, 'postmortem-timeline: 4 entries from irc; 1 lines left out (joins, leaves, reactions, lines without a time)\n');
  });

  it('reads standard input, and drops names when asked', () => {
    const { code, stdout } = run(['--authors', 'drop', '--style', 'iso', '-'], readFileSync(join(ROOT, 'test', 'fixtures', 'import', 'pagerduty.json'), 'utf8'));
    assert.equal(code, 0);
    assert.match(stdout, /^- 2025-06-03 03:38 - Triggered: checkout-5xx-rate above 5%$/m);
  });

  it('merges into a file in order, in its style, and adds nothing the second time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postmortem-timeline-'));
    const file = join(dir, 'postmortem.md');
    writeFileSync(file, '# Checkout outage\n\n## Timeline (all times UTC)\n\n- 3:30 AM - Config push lowers the pool size.\n- 4:10 AM - Incident closed.\n');
    assert.equal(run(['--into', file, IRC]).code, 0);
    const merged = readFileSync(file, 'utf8');
    assert.deepEqual(merged.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2, 9)), ['3:30 AM', '3:38 AM', '3:39 AM', '3:41 AM', '3:53 AM', '4:10 AM']);
    const again = run(['--into', file, IRC]);
    assert.equal(again.stderr, `postmortem-timeline: added 0 entries to ${file} (4 already there); 1 lines left out (joins, leaves, reactions, lines without a time)\n`);
    assert.equal(readFileSync(file, 'utf8'), merged);
    assert.deepEqual(readdirSync(dir), ['postmortem.md']); // no temporary file left behind
  });

  it('exits 2 with a clear message, and leaves the file as it was, for input it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postmortem-timeline-'));
    const file = join(dir, 'postmortem.md');
    writeFileSync(file, '# Outage\n\n## Timeline\n\n- 10:00 - x\n');
    const unreadable = run(['--into', file, '-'], 'just a sentence\nand another one\n');
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.stderr, /^postmortem-timeline: it is not a format the importer knows/);
    assert.doesNotMatch(unreadable.stderr, /\n\s+at /); // no stack trace
    assert.equal(readFileSync(file, 'utf8'), '# Outage\n\n## Timeline\n\n- 10:00 - x\n');
    assert.match(run(['--from', 'fax', IRC]).stderr, /--from "fax" is not one of auto, slack-json/);
    assert.match(run(['--zone', 'Mars/Olympus', IRC]).stderr, /"Mars\/Olympus" is not a timezone/);
    assert.match(run([join(dir, 'missing.log')]).stderr, /cannot read .*missing\.log: ENOENT/);
  });
});
