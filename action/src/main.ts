/**
 * The GitHub Action (action.yml): runs the bundled postmortem-lint on the `paths` input, prints its
 * annotations (`--format github`) for the pull request, writes SARIF when `sarif` names a file,
 * sets the outputs and the job summary, and fails the step by `fail-level`. Nothing is installed or
 * built on the runner: this script and the CLI are committed bundles in action/dist/.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { annotationsOf, countOf, failingCount, stepSummary } from './annotations';
import { InputError, readInputs } from './inputs';

// The CLI's exit status for usage and I/O errors (no file matched, a file could not be read).
const CLI_ERROR = 2;

function main(): number {
  const inputs = readInputs(process.env);
  // Paths, the settings file and SARIF's %SRCROOT% are the checkout's, as the CLI's are its working directory's.
  if (process.env['GITHUB_WORKSPACE']) process.chdir(process.env['GITHUB_WORKSPACE']);
  const options = [...(inputs.config ? ['--config', inputs.config] : []), ...(inputs.profile ? ['--profile', inputs.profile] : []), '--', ...inputs.paths];

  const github = runCli(['--format', 'github', ...options]);
  process.stdout.write(github.stdout);
  process.stderr.write(github.stderr);
  if (github.status !== 0 && github.status !== 1) return fail(`postmortem-lint could not check the files (exit ${github.status ?? github.signal}); see the log above`);

  if (inputs.sarif) {
    const sarif = runCli(['--format', 'sarif', ...options]);
    if (sarif.status !== 0 && sarif.status !== 1) return fail(`postmortem-lint could not write SARIF (exit ${sarif.status ?? sarif.signal}): ${sarif.stderr.trim()}`);
    const file = resolve(inputs.sarif);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, sarif.stdout);
    process.stdout.write(`postmortem-lint: SARIF written to ${inputs.sarif}\n`);
  }

  const annotations = annotationsOf(github.stdout);
  const counts = countOf(annotations);
  const failing = failingCount(counts, inputs.failLevel);
  setOutputs({ errors: String(counts.errors), warnings: String(counts.warnings), info: String(counts.info), sarif: inputs.sarif ?? '' });
  appendTo('GITHUB_STEP_SUMMARY', stepSummary(annotations, counts, inputs.failLevel, failing));
  process.stdout.write(`postmortem-lint: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.info} info (fail-level ${inputs.failLevel})\n`);
  return failing > 0 ? 1 : 0;
}

// The bundled CLI beside this script, run by the runner's own node.
function runCli(args: string[]) {
  return spawnSync(process.execPath, [join(__dirname, 'cli.js'), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

// `name=value` lines in the file the runner reads the step's outputs from.
function setOutputs(outputs: Record<string, string>): void {
  appendTo('GITHUB_OUTPUT', Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
}

function appendTo(variable: 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY', text: string): void {
  const file = process.env[variable];
  if (file) appendFileSync(file, text);
}

function fail(message: string): number {
  process.stdout.write(`::error title=postmortem-lint::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  return CLI_ERROR;
}

try {
  process.exitCode = main();
} catch (error) {
  process.exitCode = fail(error instanceof InputError ? `the action's input: ${error.message}` : `internal error: ${error instanceof Error ? error.message : String(error)}`);
}
