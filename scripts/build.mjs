// Bundles the client, the language server and the CLI with esbuild. remark is ESM-only; bundling to
// CommonJS makes that a non-issue for VS Code (which loads extensions as CommonJS) and for `node`.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir } from 'node:fs/promises';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ESM dependencies (fdir) call createRequire(import.meta.url); in a CommonJS bundle that is this file.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow: bundle its ESM build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

const shebang = { js: `#!/usr/bin/env node\n${common.banner.js}` };

const targets = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/timeline-main.ts'], outfile: 'dist/timeline.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/report-main.ts'], outfile: 'dist/report.js', banner: shebang },
  // The markdownlint custom rules (`customRules: ["postmortem/markdownlint"]`), a CommonJS module whose export is the rule list.
  { ...common, entryPoints: ['server/src/markdownlint/index.ts'], outfile: 'dist/markdownlint.js' },
  // The timeline preview's page script runs in the webview, a browser: no Node, no banner.
  { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: !production, minify: production, logLevel: 'warning', entryPoints: ['client/src/webview/main.ts'], outfile: 'dist/webview/main.js' },
  // The incident trends page's script, a browser bundle too.
  { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: !production, minify: production, logLevel: 'warning', entryPoints: ['client/src/trends/main.ts'], outfile: 'dist/webview/trends.js' },
];

// The webview's stylesheet is copied as it is, next to its script: the only folder the webview may load from.
async function copyStyles() {
  await mkdir('dist/webview', { recursive: true });
  await copyFile('client/src/webview/style.css', 'dist/webview/style.css');
  await copyFile('client/src/trends/style.css', 'dist/webview/trends.css');
}

if (watch) {
  const { context } = await import('esbuild');
  for (const options of targets) await (await context(options)).watch();
  await copyStyles();
  console.log('esbuild: watching client, server and CLI');
} else {
  await Promise.all([...targets.map((options) => build(options)), copyStyles()]);
  await Promise.all(['dist/server.js', 'dist/cli.js', 'dist/timeline.js', 'dist/report.js'].map((file) => chmod(file, 0o755)));
}
