// Builds the GitHub Action's committed bundles (action.yml runs action/dist/index.js): the action's
// script and the postmortem-lint CLI it runs, minified and without source maps, so a runner needs
// no install and no build. `npm run build:action` writes them to action/dist/ (commit the result);
// `--outdir DIR` writes them elsewhere, which the staleness test in test/cli/action.test.ts does.
import { build } from 'esbuild';

const at = process.argv.indexOf('--outdir');
const outdir = at === -1 ? 'action/dist' : process.argv[at + 1];

// As in build.mjs: a CommonJS bundle for node, jsonc-parser's ESM build, import.meta.url for ESM dependencies.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  logLevel: 'warning',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

await Promise.all([
  build({ ...common, entryPoints: ['action/src/main.ts'], outfile: `${outdir}/index.js` }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: `${outdir}/cli.js` }),
]);
