/**
 * `npm run test:vscode`: the API-level scenarios inside VS Code desktop, with @vscode/test-electron
 * and mocha, the standard runner for machines that can download VS Code. (Where they cannot, as on
 * this project's own machines, `npm run test:e2e` drives VS Code in the browser instead.)
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'postmortem-vscode-'));
  cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
  cpSync(join(ROOT, 'test', 'fixtures', 'e2e', 'notes.md'), join(workspace, 'notes.md'));
  try {
    await runTests({
      version: '1.100.0', // the oldest VS Code engines.vscode allows
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out', 'vscode-suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
