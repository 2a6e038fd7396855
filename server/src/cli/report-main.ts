/**
 * `postmortem-report [--format md|json|csv] [--write FILE | --check FILE] PATH...`
 * Reads every postmortem under the paths into the team's incident library: per incident its date,
 * start and end, duration, time to detect, mitigate and resolve, severity, status, action items
 * and warnings; and the totals. `--write` keeps an index table in FILE between markers; `--check`
 * exits 1 when that index is stale. Exit 2 for usage and I/O errors.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { indexTable, libraryCsv, libraryJson, libraryMarkdown, newestFirst, type Library } from '../library/formats';
import { indexIsCurrent, IndexMarkersError, withIndex } from '../library/index-block';
import { configsByFolder, readLibrary } from '../library/read';
import { libraryTotals } from '../library/totals';
import { expandPaths } from './files';
import { writeFileAtomically } from './write';

const FORMATS = ['md', 'json', 'csv'];

const USAGE = `Usage: postmortem-report [--format md|json|csv] [--write FILE | --check FILE] PATH...

Reads every postmortem under the paths (files, folders or globs; other Markdown is skipped) and
reports the incidents: date, start and end, duration, time to detect, mitigate and resolve,
severity, status, action items (total, open, with an owner) and warnings; with totals (median and
90th percentile), by month or quarter when the incidents span more than one.

  --format FORMAT  md (default): the index table and the totals
                   json: {incidents: [...], totals: {...}}
                   csv: one row per incident
  --write FILE     put the index table (newest first, each title a link) in FILE between
                   <!-- postmortem-report:start --> and <!-- postmortem-report:end -->, adding
                   them at the end when absent; the rest of FILE is left as it is
  --check FILE     exit 1 when FILE's index is not what --write would write (for CI)
  -h, --help       show this help

Exit status: 0 done (or the index is current), 1 the index is stale, 2 usage or I/O error.`;

class UsageError extends Error {}
class IoError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, write: { type: 'string' }, check: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'md';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  if (values.write !== undefined && values.check !== undefined) throw new UsageError('give --write or --check, not both');
  if (positionals.length === 0) throw new UsageError('no paths given');

  const { files, unmatched } = await expandPaths(positionals);
  if (unmatched.length > 0) throw new IoError(unmatched.map((pattern) => `no files match "${pattern}"`).join('; '));
  const indexFile = values.write ?? values.check;
  // The index itself is no incident, wherever it lies.
  const read = readLibrary(
    files.filter((file) => indexFile === undefined || relative(indexFile, file) !== ''),
    configsByFolder(),
    undefined,
    process.cwd(), // paths mark postmortems below the working directory, as for postmortem-lint
  );
  for (const failure of read.failed) process.stderr.write(`postmortem-report: ${failure.file}: ${failure.message}\n`);
  const library: Library = { incidents: newestFirst(read.incidents), totals: libraryTotals(read.incidents) };

  if (indexFile !== undefined) {
    const current = readIfThere(indexFile);
    const table = indexTable(library.incidents, (file) => relative(dirname(indexFile), file));
    let next: string;
    try {
      next = withIndex(current, table);
    } catch (error) {
      if (error instanceof IndexMarkersError) throw new IoError(`${indexFile}: ${error.message}`);
      throw error;
    }
    if (values.check !== undefined) {
      if (indexIsCurrent(current, table)) return read.failed.length > 0 ? 2 : 0;
      process.stderr.write(`postmortem-report: ${indexFile}: the incident index is out of date; run postmortem-report --write ${indexFile} ${positionals.join(' ')}\n`);
      return 1;
    }
    if (next !== current) {
      try {
        writeFileAtomically(indexFile, next);
      } catch (error) {
        throw new IoError(`cannot write ${indexFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
    process.stderr.write(`postmortem-report: ${indexFile}: ${next === current ? 'the index is current' : `wrote the index of ${library.incidents.length} incidents`}\n`);
    return read.failed.length > 0 ? 2 : 0;
  }
  process.stdout.write(format === 'json' ? libraryJson(library) : format === 'csv' ? libraryCsv(library) : libraryMarkdown(library));
  process.stderr.write(`postmortem-report: ${library.incidents.length} incidents, ${read.skipped} other Markdown files skipped\n`);
  return read.failed.length > 0 ? 2 : 0;
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new IoError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof IoError || (error instanceof TypeError && 'code' in error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`postmortem-report: ${known ? message : `unexpected error: ${message}`}${error instanceof UsageError || error instanceof TypeError ? '\nRun postmortem-report --help for usage.' : ''}\n`);
    process.exitCode = 2;
  },
);
