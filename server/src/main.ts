/** `postmortem-language-server`: picks the transport from the arguments and starts the server. */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { isLintWorker, serveLintJobs } from './features/lint-worker';
import { isLibraryWorker, serveLibraryJobs } from './library/worker';
import { startServer } from './server';
import { ResilientStreamReader } from './stdio-reader';

const USAGE = `Usage: postmortem-language-server --stdio | --node-ipc | --socket=PORT

The postmortem language server (LSP 3.17). Editors start it; it reads postmortems and reports
missing sections, malformed times and out-of-order timelines, with quick fixes.`;

const args = process.argv.slice(2);
if (isLibraryWorker()) {
  serveLibraryJobs(); // this bundle, started again by the server to index the workspace's postmortems
} else if (isLintWorker()) {
  serveLintJobs(); // this bundle, started again by the server to lint a large document
} else if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
} else if (!args.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket=') || arg.startsWith('--pipe='))) {
  console.error(`postmortem-language-server: no transport given\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  const connection = args.includes('--stdio')
    ? createConnection(ProposedFeatures.all, new ResilientStreamReader(process.stdin), new StreamMessageWriter(process.stdout))
    : createConnection(ProposedFeatures.all);
  // With --stdio, stdout is the protocol: route stray console output to the client's log instead.
  console.log = (...parts: unknown[]) => connection.console.log(parts.map(String).join(' '));
  console.error = (...parts: unknown[]) => connection.console.error(parts.map(String).join(' '));
  process.on('uncaughtException', (error) => connection.console.error(`postmortem: unexpected error: ${error.stack ?? error.message}`));
  // The bundle sits in dist/; the rule pages in docs/rules beside it.
  startServer(connection, { docsBase: pathToFileURL(resolve(__dirname, '..', 'docs', 'rules')).href, workerScript: __filename });
}
