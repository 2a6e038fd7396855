/**
 * `postmortem-lint [--format text|json|sarif|github] [--fix] [--config FILE] [--profile NAME] [--hints] PATH...`
 * Exit 0: nothing at warning or error level; 1: something is; 2: usage or I/O errors.
 * A settings file with problems is reported as findings in that file (exit 1), not as an I/O error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig, type ResolvedConfig } from '../engine/config';
import { configFileProblems, configLayers, findConfigFile, loadConfigFile } from '../engine/config-file';
import { fixAll, lint } from '../engine/lint';
import { CONFIG_RULE } from '../engine/suppressions';
import { rules } from '../rules/registry';
import { expandPaths } from './files';
import { formatGithub, formatJson, formatSarif, formatText, locate, type LocatedFinding } from './format';

const FORMATS = ['text', 'json', 'sarif', 'github'];

const USAGE = `Usage: postmortem-lint [--format text|json|sarif|github] [--fix] [--config FILE] [--profile NAME] [--hints] PATH...

Checks incident postmortems (Markdown). PATH may be a file, a folder (its .md files) or a glob.
Markdown files that are not postmortems are skipped.

  --format FORMAT  text (default): "path:line:col: severity rule message"
                   json: an array of {file, line, column, endLine, endColumn, severity, rule, message, fixable}
                   sarif: SARIF 2.1.0, for GitHub code scanning (upload-sarif)
                   github: GitHub Actions annotations (::warning file=...::message)
  --fix            apply every available fix to the files, then report what is left
  --config FILE    use this settings file instead of the nearest .postmortemrc.json
  --profile NAME   the template every report is judged by, over the settings file's "profile":
                   auto, standard, holberton, google-sre, pagerduty or atlassian
  --hints          also list hint-level findings (suggestions; by default, as in VS Code's
                   Problems view, they are only counted)
  -h, --help       show this help

A problem in a settings file is reported in that file as an error with rule "config"; its files are
then checked with the defaults (broken JSON) or without the bad value.

Exit status: 0 nothing at warning or error level, 1 something is, 2 usage or I/O error.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  if (positionals.length === 0) throw new UsageError('no files given');

  let ioError = false;
  const fail = (message: string) => {
    process.stderr.write(`postmortem-lint: ${message}\n`);
    ioError = true;
  };
  const located: LocatedFinding[] = [];
  const root = process.cwd(); // path globs match below the working directory
  const profile = profileLayer(values.profile);
  const configs = configLoader(values.config, profile, fail, (findings) => located.push(...findings));
  if (values.config !== undefined && ioError) return 2;

  const { files, unmatched } = await expandPaths(positionals);
  for (const pattern of unmatched) fail(`no files match "${pattern}"`);

  let skipped = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      continue;
    }
    const config = configs(file);
    const log = (message: string) => process.stderr.write(`postmortem-lint: ${file}: ${message}\n`);
    // One file that breaks the engine must not cost the others their results.
    try {
      if (values.fix) text = writeFixes(file, text, fixAll({ text, path: file, root, config, log }).text, fail);
      const { doc, findings } = lint({ text, path: file, root, config, log });
      if (!doc) skipped++;
      located.push(...locate(file, text, findings));
    } catch (error) {
      fail(`cannot lint ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // Hints are quiet suggestions: VS Code shows them in the editor but not in the Problems view, and
  // a CI log lists them only when asked.
  const shown = values.hints ? located : located.filter((finding) => finding.severity !== 'hint');
  process.stdout.write(output(format, shown, root));
  if (format === 'text') summarise(shown, files.length, skipped, located.length - shown.length);
  if (ioError) return 2;
  return located.some((finding) => finding.severity === 'error' || finding.severity === 'warning') ? 1 : 0;
}

function output(format: string, located: readonly LocatedFinding[], cwd: string): string {
  switch (format) {
    case 'json':
      return formatJson(located);
    case 'sarif':
      return formatSarif(located, rules, cwd);
    case 'github':
      return formatGithub(located, cwd);
    default:
      return formatText(located);
  }
}

// Writes the fixed text; returns what is now on disk.
function writeFixes(file: string, original: string, fixed: string, fail: (message: string) => void): string {
  if (fixed === original) return original;
  try {
    writeFileSync(file, fixed);
    return fixed;
  } catch (error) {
    fail(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return original;
  }
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        profile: { type: 'string' },
        hints: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Settings for each file: --config if given, else the nearest .postmortemrc.json (read once per
 * folder), with `extra` layers (--profile) over it. A settings file's problems become error findings located in it, reported once; a file
 * that cannot be read at all is an I/O error.
 */
function configLoader(
  explicit: string | undefined,
  extra: ReadonlyArray<{ source: string; settings: unknown }>,
  fail: (message: string) => void,
  report: (findings: LocatedFinding[]) => void,
): (file: string) => ResolvedConfig {
  const byFile = new Map<string, ResolvedConfig>();
  const load = (rcPath: string | undefined): ResolvedConfig => {
    const cached = byFile.get(rcPath ?? '');
    if (cached) return cached;
    const file = rcPath === undefined ? undefined : loadConfigFile(rcPath);
    if (file?.text === undefined && file?.error) fail(file.error);
    const { config, problems } = resolveConfig(rules, [...(file ? configLayers(file) : []), ...extra]);
    if (file?.text !== undefined) {
      const findings = configFileProblems(file, problems).map(({ span, message }) => ({ rule: CONFIG_RULE, severity: 'error' as const, span, message }));
      report(locate(displayPath(file.path), file.text, findings));
    }
    byFile.set(rcPath ?? '', config);
    return config;
  };
  if (explicit !== undefined) {
    const config = load(explicit);
    return () => config;
  }
  const byDirectory = new Map<string, string | undefined>();
  return (file) => {
    const directory = dirname(file);
    if (!byDirectory.has(directory)) byDirectory.set(directory, findConfigFile(directory));
    return load(byDirectory.get(directory));
  };
}

// --profile as a settings layer over the file's; a profile that does not exist is a usage error.
function profileLayer(profile: string | undefined): Array<{ source: string; settings: unknown }> {
  if (profile === undefined) return [];
  const layer = { source: '--profile', settings: { profile } };
  const [problem] = resolveConfig(rules, [layer]).problems;
  if (problem) throw new UsageError(`--profile: ${problem.message.replace(/^"profile": /, '')}`);
  return [layer];
}

// A settings file found upward is named relative to the working directory when it is below it.
function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const below = relative(process.cwd(), path);
  return below.startsWith('..') || isAbsolute(below) ? path : below;
}

function summarise(findings: readonly LocatedFinding[], files: number, skipped: number, hidden: number): void {
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  const checked = files - skipped;
  const parts = [`${findings.length} problem${findings.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings)`];
  parts.push(`in ${checked} postmortem${checked === 1 ? '' : 's'}`);
  if (skipped > 0) parts.push(`${skipped} other Markdown file${skipped === 1 ? '' : 's'} skipped`);
  if (hidden > 0) parts.push(`${hidden} hint${hidden === 1 ? '' : 's'} not listed (--hints lists them)`);
  process.stderr.write(`${parts.join(', ')}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`postmortem-lint: ${error.message}\n\n${USAGE}\n`);
    else process.stderr.write(`postmortem-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
