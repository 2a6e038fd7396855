/**
 * `npm start`: the product in a real editor, for people without VS Code. Packages the extension,
 * prepares VS Code in the browser (code-server, cached after the first run), installs the .vsix and
 * opens examples/ (a flawed and a clean postmortem). Prints the address; Ctrl+C stops it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const PORT = Number(process.env.PORT ?? 8080);
const HOME = join(process.env.POSTMORTEM_E2E_CACHE ?? join(homedir(), '.cache', 'postmortem-e2e'), 'start');
const VSIX = join(ROOT, 'postmortem.vsix');

if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package (npm start does)`);
console.log('Preparing VS Code for the browser (code-server); the first time takes about two minutes…');
const entry = execFileSync('bash', [join(ROOT, 'scripts', 'e2e', 'setup-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;

const data = join(HOME, 'data');
const extensions = join(HOME, 'extensions');
mkdirSync(join(data, 'User'), { recursive: true });
const settings = join(data, 'User', 'settings.json');
if (!existsSync(settings)) writeFileSync(settings, JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off' }, null, 2));
// code-server would otherwise write a config with a password under ~/.config.
const env = { ...process.env, XDG_CONFIG_HOME: join(HOME, 'config'), XDG_DATA_HOME: join(HOME, 'share') };
execFileSync(process.execPath, [entry, '--user-data-dir', data, '--extensions-dir', extensions, '--install-extension', VSIX, '--force'], { env, stdio: 'inherit' });

const folder = join(ROOT, 'examples');
const server = spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${PORT}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', data, '--extensions-dir', extensions, folder], { env, stdio: ['ignore', 'ignore', 'inherit'] });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));

void waitUntilUp().then(() => {
  console.log(`\nThe extension is running in VS Code at:\n\n  http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(folder)}\n`);
  console.log('Open checkout-outage.md for the findings and their quick fixes, then run "Postmortem: Open Timeline Preview to the Side". Ctrl+C stops it.');
});

async function waitUntilUp(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const answer = await fetch(`http://127.0.0.1:${PORT}/healthz`).catch(() => undefined);
    if (answer?.ok) return;
    await new Promise((done) => setTimeout(done, 250)); // polling for the server to listen
  }
  throw new Error(`code-server did not answer on port ${PORT} within a minute`);
}
