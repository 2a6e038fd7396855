/**
 * The pre-commit hook (.pre-commit-hooks.yaml) as declared, and its entry run with the arguments
 * pre-commit passes: the staged Markdown files after the hook's `args`. pre-commit itself installing
 * and running the hook is test/pre-commit (`npm run test:pre-commit`, slower: it installs the package).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

// The one hook's `key: value` lines (the file is ours and flat: no YAML library needed to read it).
function hook(): Record<string, string> {
  const text = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  const lines = text.split('\n').filter((line) => /^(?:- | {2})\w+:/.test(line));
  return Object.fromEntries(lines.map((line) => [line.slice(2, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

/** Runs the hook's entry as pre-commit does: `entry args... files...`, the entry being the package's bin. */
function runEntry(args: string[], files: string[], cwd: string) {
  const bins = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
  const bin = bins[hook()['entry']!];
  assert.ok(bin, `the entry "${hook()['entry']}" is not a bin of the package`);
  return spawnSync(process.execPath, [join(ROOT, bin), ...args, ...files], { cwd, encoding: 'utf8' });
}

describe('the pre-commit hook', () => {
  it('declares postmortem-lint as a node hook on Markdown files', () => {
    const declared = hook();
    assert.equal(declared['id'], 'postmortem-lint');
    assert.equal(declared['entry'], 'postmortem-lint');
    assert.equal(declared['language'], 'node');
    assert.equal(declared['types'], '[markdown]');
    assert.equal(declared['pass_filenames'] ?? 'true', 'true');
  });

  it('is a manifest pre-commit accepts (where pre-commit is installed, as .ci/run installs it)', function () {
    const validate = spawnSync('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], { cwd: ROOT, encoding: 'utf8' });
    if (validate.error) {
      console.warn('    pre-commit is not installed here: its manifest check cannot run (.ci/run installs it).');
      this.skip();
    }
    assert.equal(validate.status, 0, `${validate.stdout}${validate.stderr}`);
  });

  it('stops the commit on a postmortem with warnings, and passes clean postmortems and other Markdown', () => {
    const repo = mkdtempSync(join(tmpdir(), 'postmortem-hook-'));
    mkdirSync(join(repo, 'postmortems'));
    copyFileSync(join(ROOT, 'test/fixtures/rules/timestamp-malformed/twelve-hour.md'), join(repo, 'postmortems', 'checkout.md'));
    copyFileSync(join(ROOT, 'examples/login-failures.md'), join(repo, 'postmortems', 'login.md'));
    copyFileSync(join(ROOT, 'test/fixtures/docs/release-notes.md'), join(repo, 'CHANGES.md'));

    const failing = runEntry([], ['postmortems/checkout.md', 'postmortems/login.md', 'CHANGES.md'], repo);
    assert.equal(failing.status, 1);
    assert.match(failing.stdout, /^postmortems\/checkout\.md:9:3: warning timestamp-malformed /m);
    assert.match(failing.stderr, /in 2 postmortems, 1 other Markdown file skipped/);

    assert.equal(runEntry([], ['postmortems/login.md', 'CHANGES.md'], repo).status, 0);

    // A team's `args: [--fix]`: the file is rewritten (pre-commit then fails the commit on the change), what is left reported.
    const fixed = runEntry(['--fix'], ['postmortems/checkout.md'], repo);
    assert.equal(fixed.status, 1);
    assert.equal(readFileSync(join(repo, 'postmortems', 'checkout.md'), 'utf8'), readFileSync(join(ROOT, 'test/fixtures/rules/timestamp-malformed/twelve-hour.fixed.md'), 'utf8'));
  });
});
