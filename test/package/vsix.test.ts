/**
 * What the .vsix ships and whether the marketplaces take it: `vsce ls` lists exactly the files we
 * mean to ship, vsce packages the manifest as it is, and the manifest passes Open VSX's checks.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rules } from '../../server/src/rules/registry';

const ROOT = resolve(__dirname, '..', '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Every file of the .vsix. A file not listed here that `vsce ls` lists fails the test: add it here on purpose, or to .vscodeignore. */
const EXPECTED_VSIX_FILES = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'images/icon.png',
  'dist/client/extension.js',
  'dist/server.js',
  'dist/cli.js',
  'dist/webview/main.js',
  'dist/webview/style.css',
  'dist/webview/trends.js',
  'dist/webview/trends.css',
  'snippets/postmortem.code-snippets',
  'syntaxes/postmortem-timestamps.tmLanguage.json',
  'schemas/postmortemrc.schema.json',
  // Each rule's page (diagnostics link to it), and the settings problems' page.
  ...rules.map((rule) => `docs/rules/${rule.id}.md`),
  'docs/rules/config.md',
];

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  displayName?: string;
  description?: string;
  license?: string;
  homepage?: string;
  repository?: string | { url?: string };
  bugs?: string | { url?: string };
  galleryBanner?: { color?: string; theme?: string };
  categories?: string[];
  keywords?: string[];
  engines: { vscode?: string };
  files?: string[];
  private?: boolean;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

function vsce(args: string[]) {
  return spawnSync(process.execPath, [VSCE, ...args], { cwd: ROOT, encoding: 'utf8' });
}

function urlOf(field: string | { url?: string } | undefined): string | undefined {
  return typeof field === 'string' ? field : field?.url;
}

describe('the .vsix', () => {
  before(() => assert.ok(existsSync(join(ROOT, 'dist', 'client', 'extension.js')), 'dist/ is missing: run npm run build'));

  it('vsce ls lists exactly the files we mean to ship', function () {
    this.timeout(60_000);
    const listed = vsce(['ls', '--no-dependencies']);
    assert.equal(listed.status, 0, listed.stderr);
    const files = listed.stdout.split('\n').map((line) => line.trim()).filter(Boolean);
    assert.deepEqual(
      { unexpected: files.filter((file) => !EXPECTED_VSIX_FILES.includes(file)), missing: EXPECTED_VSIX_FILES.filter((file) => !files.includes(file)) },
      { unexpected: [], missing: [] },
      'what `vsce ls` lists against the expected list in this test',
    );
  });

  it('vsce packages the manifest as it is (run without the production build, which `npm run package` adds)', function () {
    this.timeout(60_000);
    const out = mkdtempSync(join(tmpdir(), 'postmortem-vsix-'));
    try {
      // `vsce package` without its prepublish step: the same validation (manifest, README, repository,
      // a "files" field beside .vscodeignore), without rebuilding dist/ under the other tests' feet.
      const script = `require(${JSON.stringify(join(ROOT, 'node_modules', '@vscode', 'vsce', 'out', 'package.js'))})
        .pack({ cwd: ${JSON.stringify(ROOT)}, packagePath: ${JSON.stringify(join(out, 'postmortem.vsix'))}, dependencies: false, rewriteRelativeLinks: false })
        .catch((error) => { console.error(error.message); process.exit(1); });`;
      const packed = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(packed.status, 0, `${packed.stdout}\n${packed.stderr}`);
      assert.ok(existsSync(join(out, 'postmortem.vsix')));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('has what the Marketplace shows and Open VSX checks on publish', () => {
    // ovsx itself checks publisher, name and version, and a license for open-vsx.org; the registry
    // then checks the rest (eclipse/openvsx, ExtensionValidator.validateMetadata).
    const namePattern = /^[\w\-+$~]+$/;
    assert.match(manifest.name, namePattern);
    assert.match(manifest.publisher, namePattern);
    assert.match(manifest.version, /^\d+\.\d+\.\d+(?:-[\w.-]+)?$/);
    assert.ok(manifest.engines.vscode, 'engines.vscode');
    assert.equal(manifest.license, 'MIT');
    assert.ok(existsSync(join(ROOT, 'LICENSE')));
    for (const [field, value] of [['repository', urlOf(manifest.repository)], ['bugs', urlOf(manifest.bugs)], ['homepage', manifest.homepage]] as const) {
      assert.ok(value, `${field} is set`);
      assert.ok(value.length <= 255, `${field} is at most 255 characters`);
      assert.equal(new URL(value.replace(/^git\+/, '')).protocol, 'https:', `${field} is an https URL`);
    }
    assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner?.theme ?? ''), 'galleryBanner.theme is dark or light');
    assert.ok((manifest.description ?? '').length <= 2048);
    for (const text of [manifest.displayName, manifest.description, ...(manifest.categories ?? []), ...(manifest.keywords ?? [])]) {
      assert.ok(text && !/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u.test(text), `no control or unassigned characters in ${JSON.stringify(text)}`);
    }
    // vsce refuses a "files" field beside .vscodeignore; the npm package keeps its list in .npmignore.
    assert.equal(manifest.files, undefined);
    assert.equal(manifest.private, undefined, 'not private: the npm package is installable');
  });
});
