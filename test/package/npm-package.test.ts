/**
 * The npm package as a team gets it: `npm pack` here, `npm install <tarball>` into an empty folder
 * (nothing but the registry on the network, nothing built on install), then each bin on fixtures.
 * Slow (a build and an install): `npm run test:package`, not part of `npm test`.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { rules } from '../../server/src/rules/registry';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Every file of the tarball. A file not listed here fails the test: add it here on purpose, or leave it out in .npmignore. */
const EXPECTED_PACKAGE_FILES = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/cli.js',
  'dist/timeline.js',
  'dist/report.js',
  'dist/server.js',
  // The markdownlint custom rules, `require('postmortem/markdownlint')` (package.json's exports).
  'dist/markdownlint.js',
  // The language server links each diagnostic to its rule's page beside dist/ (server/src/main.ts).
  ...rules.map((rule) => `docs/rules/${rule.id}.md`),
  'docs/rules/config.md',
].sort();

const BINS = ['postmortem-lint', 'postmortem-timeline', 'postmortem-report', 'postmortem-language-server'];

/** npm as a user runs it: without what `npm run` exports to its scripts (this checkout's prefix, package fields). */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_(package|lifecycle)_|npm_config_(local_|global_)?prefix$|INIT_CWD$|NODE_PATH$)/i.test(name)),
  );
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });
}

/** Every file below `dir`, as slash paths relative to it. */
function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

describe('the npm package', function () {
  this.timeout(60_000);
  let work = '';
  let tarball = '';
  let project = '';

  function bin(name: string, args: string[], cwd = project) {
    const result = spawnSync(join(project, 'node_modules', '.bin', name), args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  before(function () {
    this.timeout(15 * 60_000);
    work = realpathSync(mkdtempSync(join(tmpdir(), 'postmortem-package-')));
    // `npm pack` runs `prepare` (the build) first, as it does for a release.
    const pack = npm(['pack', '--pack-destination', work], ROOT);
    assert.equal(pack.status, 0, `npm pack failed:\n${pack.stderr}`);
    tarball = join(work, `postmortem-${version}.tgz`);
    assert.ok(existsSync(tarball), `${tarball} is missing`);
    project = join(work, 'project');
    mkdirSync(project);
    const install = npm(['install', '--no-audit', '--no-fund', tarball], project);
    assert.equal(install.status, 0, `npm install failed:\n${install.stderr}`);
    mkdirSync(join(project, 'reports'));
    cpSync(join(FIXTURES, 'rules', 'timestamp-malformed', 'twelve-hour.md'), join(project, 'reports', 'bad.md'));
    cpSync(join(FIXTURES, 'good', 'standard-payment-webhooks.md'), join(project, 'reports', 'clean.md'));
    cpSync(join(FIXTURES, 'library'), join(project, 'library'), { recursive: true });
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships exactly the expected files', () => {
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const files = listed.stdout.split('\n').filter(Boolean).map((line) => line.replace(/^package\//, '')).sort();
    assert.deepEqual(
      { unexpected: files.filter((file) => !EXPECTED_PACKAGE_FILES.includes(file)), missing: EXPECTED_PACKAGE_FILES.filter((file) => !files.includes(file)) },
      { unexpected: [], missing: [] },
      'the tarball against the expected list in this test',
    );
  });

  it('installs alone: no dependency, nothing built, every bin linked', () => {
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')), ['postmortem']);
    assert.deepEqual(filesBelow(join(project, 'node_modules', 'postmortem')).sort(), EXPECTED_PACKAGE_FILES);
    for (const name of BINS) assert.ok(existsSync(join(project, 'node_modules', '.bin', name)), `node_modules/.bin/${name}`);
  });

  it('postmortem-lint: exit 1 with the findings on a bad report, 0 and silence on a clean one', () => {
    const bad = bin('postmortem-lint', ['reports/bad.md']);
    assert.equal(bad.code, 1, bad.stderr);
    assert.match(bad.stdout, /^reports\/bad\.md:9:3: warning timestamp-malformed "11:05 A M" is not a well-formed time/m);
    const clean = bin('postmortem-lint', ['reports/clean.md']);
    assert.equal(clean.code, 0, clean.stdout);
    assert.equal(clean.stdout, '');
    assert.match(clean.stderr, /0 problems .* in 1 postmortem/);
  });

  it('postmortem-lint --format sarif names the version and the rule pages', () => {
    const { code, stdout } = bin('postmortem-lint', ['--format', 'sarif', 'reports/bad.md']);
    assert.equal(code, 1);
    const driver = JSON.parse(stdout).runs[0].tool.driver;
    assert.equal(driver.version, version);
    assert.match(driver.rules.find((rule: { id: string }) => rule.id === 'timestamp-malformed').helpUri, /^https:\/\/.*\/docs\/rules\/timestamp-malformed\.md$/);
  });

  it('postmortem-timeline prints the entries of a chat log', () => {
    const { code, stdout, stderr } = bin('postmortem-timeline', [join(FIXTURES, 'import', 'irc.log')]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(stdout.trim().split('\n'), [
      '- 03:38 - amina: Checkout is returning 502s for everyone',
      '- 03:39 - kofi looks at the proxy dashboards',
      '- 03:41 - kofi: The config push lowered the pool size',
      '- 03:53 - amina: Rolled back; error rate back to baseline',
    ]);
  });

  it('postmortem-report prints the library as JSON', () => {
    const { code, stdout, stderr } = bin('postmortem-report', ['--format', 'json', 'library']);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout) as { incidents: Array<{ file: string }>; totals: unknown };
    assert.equal(report.incidents.length, 3);
    assert.ok(report.incidents.every((incident) => incident.file.startsWith('library/incidents/')));
    assert.ok(report.totals);
  });

  it('postmortem/markdownlint loads as markdownlint custom rules', () => {
    const script = "const rules = require('postmortem/markdownlint'); process.stdout.write(JSON.stringify(rules.map((rule) => rule.names)))";
    const loaded = spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' });
    assert.equal(loaded.status, 0, loaded.stderr);
    const names = JSON.parse(loaded.stdout) as string[][];
    assert.ok(names.length > 0 && names.every((name) => Array.isArray(name) && name.length > 0), loaded.stdout);
  });

  it('postmortem-language-server answers LSP over stdio, linking each finding to its page in the package', async () => {
    assert.equal(bin('postmortem-language-server', ['--help']).code, 0);
    const server = spawn(join(project, 'node_modules', '.bin', 'postmortem-language-server'), ['--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'inherit'], shell: process.platform === 'win32' });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    try {
      const uri = pathToFileURL(join(project, 'reports', 'bad.md')).href;
      const published = new Promise<PublishDiagnosticsParams>((resolveDiagnostics) =>
        connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
          if (params.uri === uri) resolveDiagnostics(params);
        }),
      );
      await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification(InitializedNotification.type, {});
      const text = readFileSync(join(project, 'reports', 'bad.md'), 'utf8');
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const { diagnostics } = await published;
      const malformed = diagnostics.find((diagnostic) => diagnostic.code === 'timestamp-malformed');
      assert.ok(malformed?.codeDescription, 'a timestamp-malformed diagnostic with a link');
      const page = fileURLToPath(malformed.codeDescription.href);
      assert.equal(page, join(project, 'node_modules', 'postmortem', 'docs', 'rules', 'timestamp-malformed.md'));
      assert.ok(existsSync(page), `${page} is shipped`);
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
    } finally {
      connection.dispose();
      server.kill();
    }
  });
});
