/**
 * pre-commit itself (`npm run test:pre-commit`; Debian's `pre-commit` package) installs this
 * repository's hook as a team's .pre-commit-config.yaml names it, and runs it in a temporary git
 * repository: the commit of a postmortem with warnings is stopped, a clean one goes through. Slow:
 * pre-commit installs the package the way it installs any node hook repository (`npm install` in
 * its clone, whose `prepare` builds the bins; `npm pack`; `npm install -g` of the tarball).
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return { code: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const git = (cwd: string, ...args: string[]) => {
  const result = run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd });
  assert.equal(result.code, 0, `git ${args.join(' ')}: ${result.output}`);
  return result.output.trim();
};

/**
 * The hook repository as a team would clone it: this working tree's files (tracked and new, not
 * ignored, as they would be committed) in a fresh git repository of their own, committed.
 */
function hookRepository(): { path: string; rev: string } {
  const path = mkdtempSync(join(tmpdir(), 'postmortem-hook-repo-'));
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT }).output.split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(path, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(path, file));
  }
  git(path, 'init', '-q');
  git(path, 'add', '-A');
  git(path, 'commit', '-q', '-m', 'postmortem');
  return { path, rev: git(path, 'rev-parse', 'HEAD') };
}

describe('pre-commit with the postmortem-lint hook', function () {
  this.timeout(900000);
  let project: string;
  let env: NodeJS.ProcessEnv;

  before(function () {
    if (run('pre-commit', ['--version']).code !== 0) {
      if (process.env['CI']) assert.fail('pre-commit is not installed (.ci/run installs Debian\'s pre-commit package)');
      this.skip();
    }
    const hooks = hookRepository();
    project = mkdtempSync(join(tmpdir(), 'postmortem-pre-commit-'));
    git(project, 'init', '-q');
    // What the README tells a team to write.
    writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks.path}\n    rev: ${hooks.rev}\n    hooks:\n      - id: postmortem-lint\n`);
    // pre-commit's own cache in the test's folder; npm takes what it can from its cache.
    env = { ...process.env, PRE_COMMIT_HOME: join(project, '.cache-pre-commit'), npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
    writeFileSync(join(project, '.gitignore'), '.cache-pre-commit/\n');
    const install = run('pre-commit', ['install'], { cwd: project, env });
    assert.equal(install.code, 0, install.output);
    const hook = run('pre-commit', ['install-hooks'], { cwd: project, env });
    assert.equal(hook.code, 0, `pre-commit could not install the hook:\n${hook.output}`);
  });

  it('stops a commit whose postmortem has warnings, naming each finding', () => {
    mkdirSync(join(project, 'postmortems'));
    copyFileSync(join(ROOT, 'test/fixtures/rules/timestamp-malformed/twelve-hour.md'), join(project, 'postmortems', 'checkout.md'));
    copyFileSync(join(ROOT, 'test/fixtures/docs/release-notes.md'), join(project, 'CHANGES.md'));
    git(project, 'add', '-A');
    const commit = run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', 'checkout outage'], { cwd: project, env });
    assert.notEqual(commit.code, 0, commit.output);
    assert.match(commit.output, /postmortem-lint\.+Failed/);
    assert.match(commit.output, /- exit code: 1/);
    assert.match(commit.output, /postmortems\/checkout\.md:9:3: warning timestamp-malformed "11:05 A M" is not a well-formed time/);
  });

  it('lets a clean postmortem and other Markdown through', () => {
    copyFileSync(join(ROOT, 'examples/login-failures.md'), join(project, 'postmortems', 'checkout.md'));
    git(project, 'add', '-A');
    const commit = run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-m', 'login failures'], { cwd: project, env });
    assert.equal(commit.code, 0, commit.output);
    assert.match(commit.output, /postmortem-lint\.+Passed/);
  });
});
