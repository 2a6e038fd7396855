/**
 * The GitHub Action (action.yml → action/dist/index.js) run as the runner runs it: GitHub's
 * environment variables, the workspace as a temporary checkout, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY as temporary files. Also: the committed bundles are what the sources build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sarifProblems } from './sarif-schema';

const ROOT = resolve(__dirname, '..', '..');
const ACTION = join(ROOT, 'action', 'dist', 'index.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');

/** A checkout with postmortems at the given paths (copies of fixtures). */
function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'postmortem-action-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    copyFileSync(join(source.startsWith('examples/') ? ROOT : FIXTURES, source), join(dir, name));
  }
  return dir;
}

/** Runs the action's script in `workspace` with these inputs, as the runner would (from another directory). */
function runAction(workspace: string, inputs: Record<string, string>) {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'postmortem-runner-'));
  const output = join(runnerTemp, 'output');
  const summary = join(runnerTemp, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && !name.startsWith('GITHUB_')));
  // The runner sets every input, with action.yml's defaults for those the workflow leaves out.
  const defaults = { paths: '.', config: '', profile: '', 'fail-level': 'warning', sarif: '' };
  for (const [name, value] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
  const result = spawnSync(process.execPath, [ACTION], { cwd: runnerTemp, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(summary, 'utf8') };
}

const commands = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::'));

describe('the GitHub Action', () => {
  before(() => assert.ok(existsSync(ACTION), `${ACTION} is missing: run npm run build:action`));

  it('is a node action whose committed bundles are what the sources build (else: npm run build:action)', () => {
    const manifest = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    assert.match(manifest, /^runs:\n(?: +#.*\n)? +using: node\d+\n +main: action\/dist\/index\.js$/m);
    for (const input of ['paths', 'config', 'profile', 'fail-level', 'sarif']) assert.match(manifest, new RegExp(`^  ${input}:$`, 'm'), `input ${input}`);
    const fresh = mkdtempSync(join(tmpdir(), 'postmortem-action-build-'));
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-action.mjs'), '--outdir', fresh], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    for (const file of ['index.js', 'cli.js']) {
      const committed = readFileSync(join(ROOT, 'action', 'dist', file), 'utf8');
      assert.ok(committed === readFileSync(join(fresh, file), 'utf8'), `action/dist/${file} is stale: run npm run build:action and commit action/dist/`);
    }
  });

  it('prints annotations for the pull request, writes SARIF, sets outputs and the summary, and fails on warnings', () => {
    const workspace = checkout({ 'postmortems/2024-03-09-checkout.md': 'rules/timestamp-malformed/twelve-hour.md', 'postmortems/login.md': 'examples/login-failures.md', 'docs/notes.md': 'docs/release-notes.md' });
    const { code, stdout, outputs, summary } = runAction(workspace, { paths: 'postmortems', sarif: 'results/postmortem-lint.sarif' });
    assert.equal(code, 1);
    const annotations = commands(stdout);
    assert.deepEqual(
      annotations.map((line) => line.slice(0, line.indexOf('::', 2))),
      [
        '::warning file=postmortems/2024-03-09-checkout.md,line=9,col=3,endLine=9,endColumn=12,title=postmortem/timestamp-malformed',
        '::warning file=postmortems/2024-03-09-checkout.md,line=12,col=3,endLine=12,endColumn=11,title=postmortem/timestamp-malformed',
        '::warning file=postmortems/2024-03-09-checkout.md,line=13,col=3,endLine=13,endColumn=13,title=postmortem/timestamp-malformed',
        '::warning file=postmortems/2024-03-09-checkout.md,line=15,col=3,endLine=15,endColumn=11,title=postmortem/timeline-order',
        '::warning file=postmortems/2024-03-09-checkout.md,line=15,col=3,endLine=15,endColumn=11,title=postmortem/timestamp-malformed',
      ],
    );
    assert.equal(annotations[0]!.slice(annotations[0]!.indexOf('::', 2) + 2), '"11:05 A M" is not a well-formed time: there is a space inside "A M": write "AM" or "a.m."; did you mean "11:05 AM"?');
    assert.deepEqual(outputs, { errors: '0', warnings: '5', info: '0', sarif: 'results/postmortem-lint.sarif' });
    assert.match(summary, /^### postmortem-lint\n\n0 errors, 5 warnings, 0 info; 5 at or above fail-level warning: the step fails\./);
    assert.ok(summary.includes('| `postmortems/2024-03-09-checkout.md:9:3` | warning | timestamp-malformed | "11:05 A M" is not a well-formed time'), summary);

    const sarif = JSON.parse(readFileSync(join(workspace, 'results', 'postmortem-lint.sarif'), 'utf8'));
    assert.deepEqual(sarifProblems(sarif), []);
    const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }> }>;
    assert.equal(results.length, 5);
    assert.deepEqual(results[0]!.locations[0]!.physicalLocation.artifactLocation, { uri: 'postmortems/2024-03-09-checkout.md', uriBaseId: '%SRCROOT%' });
    assert.equal(results[0]!.ruleId, 'timestamp-malformed');
  });

  it('sets the exit status by fail-level: error, warning, info or never', () => {
    const warnings = checkout({ 'report.md': 'rules/timestamp-malformed/twelve-hour.md' });
    assert.equal(runAction(warnings, { 'fail-level': 'error' }).code, 0);
    assert.equal(runAction(warnings, { 'fail-level': 'warning' }).code, 1);
    const never = runAction(warnings, { 'fail-level': 'never' });
    assert.equal(never.code, 0);
    assert.equal(commands(never.stdout).length, 5, 'annotations are printed whatever the fail level');

    const info = checkout({ 'report.md': 'rules/timeline-untimed/checklist-labels.md' });
    const quiet = runAction(info, { 'fail-level': 'warning' });
    assert.equal(quiet.code, 0);
    assert.ok(commands(quiet.stdout).every((line) => line.startsWith('::notice ')) && commands(quiet.stdout).length > 0);
    assert.equal(runAction(info, { 'fail-level': 'info' }).code, 1);

    const broken = checkout({ 'report.md': 'rules/timestamp-malformed/twelve-hour.md' });
    writeFileSync(join(broken, '.postmortemrc.json'), '{ "rules": { "timline-order": "off" } }\n');
    const config = runAction(broken, { 'fail-level': 'error' });
    assert.equal(config.code, 1, 'a mistake in .postmortemrc.json is an error');
    assert.ok(commands(config.stdout).some((line) => line.startsWith('::error file=.postmortemrc.json,line=1,col=14,')));
  });

  it('passes config and profile to the CLI, and takes paths one per line', () => {
    const workspace = checkout({ 'a b/report.md': 'rules/timestamp-malformed/twelve-hour.md', 'login.md': 'examples/login-failures.md' });
    writeFileSync(join(workspace, 'ci.json'), '{ "rules": { "timestamp-malformed": "off" } }\n');
    const configured = runAction(workspace, { paths: 'a b/report.md\nlogin.md\n', config: 'ci.json' });
    assert.deepEqual(configured.outputs, { errors: '0', warnings: '1', info: '0', sarif: '' });
    assert.ok(commands(configured.stdout)[0]!.includes('title=postmortem/timeline-order'));

    const clean = runAction(workspace, { paths: 'login.md' });
    assert.equal(clean.code, 0);
    const google = runAction(workspace, { paths: 'login.md', profile: 'google-sre' });
    assert.equal(google.code, 1);
    assert.ok(commands(google.stdout).some((line) => line.includes('title=postmortem/required-sections::Missing section "Impact"')));
  });

  it('fails with a clear error for a wrong input or paths that match nothing, whatever the fail level', () => {
    const workspace = checkout({ 'report.md': 'rules/timestamp-malformed/twelve-hour.md' });
    const level = runAction(workspace, { 'fail-level': 'sometimes' });
    assert.equal(level.code, 2);
    assert.deepEqual(commands(level.stdout), ['::error title=postmortem-lint::the action\'s input: fail-level "sometimes" is not one of error, warning, info, never']);
    const missing = runAction(workspace, { paths: 'postmortems/', 'fail-level': 'never' });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no files match "postmortems\/"/);
    const profile = runAction(workspace, { profile: 'sre' });
    assert.equal(profile.code, 2);
    assert.match(profile.stderr, /--profile: "sre" is not one of auto, standard/);
  });
});
