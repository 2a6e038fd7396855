/**
 * A real VS Code for the end-to-end tests: code-server (VS Code's own workbench, served on
 * 127.0.0.1) with our packaged .vsix installed, driven through Chromium with Playwright as a person
 * would drive it: keyboard, clicks, the command palette. Every wait is on something the page shows,
 * with a deadline; nothing sleeps a fixed time.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

/** The project root. */
export const ROOT = resolve(__dirname, '..', '..');
/** The packaged extension the tests install (`npm run package` makes it). */
export const VSIX = join(ROOT, 'postmortem.vsix');
/** Where screenshots go: test artefacts, never committed. */
export const ARTIFACTS = join(ROOT, '.test-artifacts', 'e2e');
const CHROMIUM = process.env.POSTMORTEM_CHROMIUM ?? '/usr/bin/chromium';
const DEADLINE_MS = 30_000;

/** User settings for a quiet, predictable workbench. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  // Markdown wraps by default; tests move by logical lines (End goes to the end of the line).
  '[markdown]': { 'editor.wordWrap': 'off' },
  'workbench.colorTheme': 'Default Dark Modern',
  'chat.commandCenter.enabled': false,
};

/** The path of code-server's entry script, installing code-server first when it is not cached. */
export function codeServerEntry(): string {
  const out = execFileSync('bash', [join(ROOT, 'scripts', 'e2e', 'setup-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const entry = out.trim().split('\n').pop()!;
  if (!existsSync(entry)) throw new Error(`code-server is not at ${entry}`);
  return entry;
}

/** A running code-server with the extension installed, and a browser page on its workbench. */
export class Editor {
  private constructor(
    readonly page: Page,
    readonly workspace: string,
    private readonly browser: Browser,
    private readonly server: ChildProcess,
    private readonly home: string,
  ) {}

  /**
   * Starts code-server on a fresh workspace holding `files` (workspace path → file below the project
   * root), with `settings` added to the user settings.
   */
  static async start(entry: string, files: Record<string, string>, settings: Record<string, unknown> = {}): Promise<Editor> {
    const home = mkdtempSync(join(tmpdir(), 'postmortem-e2e-'));
    const data = join(home, 'data');
    const extensions = join(home, 'extensions');
    const workspace = join(home, 'workspace');
    for (const [name, source] of Object.entries(files)) {
      mkdirSync(join(workspace, name, '..'), { recursive: true });
      cpSync(join(ROOT, source), join(workspace, name));
    }
    mkdirSync(join(data, 'User'), { recursive: true });
    writeFileSync(join(data, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
    const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'share') };
    execFileSync(process.execPath, [entry, '--user-data-dir', data, '--extensions-dir', extensions, '--install-extension', VSIX], { env, stdio: 'ignore' });
    const port = await freePort();
    const server = spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', data, '--extensions-dir', extensions, workspace], { env, stdio: 'ignore' });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] })).newPage();
    const editor = new Editor(page, workspace, browser, server, home);
    await editor.until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok === true, 'code-server to answer');
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: DEADLINE_MS });
    return editor;
  }

  /** Polls `probe` until it is truthy, or throws naming `what` at the deadline. */
  async until<T>(probe: () => Promise<T> | T, what: string, timeoutMs = DEADLINE_MS): Promise<Exclude<T, false | null | undefined | 0 | "">> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value as Exclude<T, false | null | undefined | 0 | "">;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await this.page.waitForTimeout(100); // a poll interval, not a wait for the result
    }
  }

  /** Opens a workspace file through Quick Open, as a person would, and waits for its editor tab. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    // The list shows recent files before it filters: wait for the row of this file to be the first.
    await this.until(async () => (await this.page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label'))?.includes(name), `${name} in Quick Open`);
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  /** Runs a command from the command palette by its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** The frame of the webview whose page has `selector` (webviews nest two iframes deep). */
  async webviewFrame(selector: string): Promise<Frame> {
    return this.until(async () => {
      for (const frame of this.page.frames()) {
        if (await frame.locator(selector).count().catch(() => 0)) return frame;
      }
      return undefined;
    }, `a webview showing ${selector}`);
  }

  /** Saves a screenshot as a test artefact and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Closes the browser, stops code-server and removes its folders. */
  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    this.server.kill();
    rmSync(this.home, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
