/**
 * `postmortem-timeline [--from FORMAT] [--zone ZONE] [--style 12h|24h|iso] [--authors keep|initials|drop] [--into FILE] [INPUT|-]`
 * Prints an incident's records (a chat transcript or export, a pager log, a CSV, git log) as
 * timeline entries, or merges them into FILE's timeline in that file's zone and style.
 * Exit 0, or 2 with a message (no stack trace) for input it cannot read; FILE is left as it was then.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { applyFixes } from '../engine/fixes';
import { AUTHOR_STYLES, IMPORT_FORMATS, ImportError, importedMarkdown, importInto, TIME_STYLES, type AuthorStyle, type ImportFormat, type ImportOptions } from '../import/index';
import { parsePostmortem } from '../parse/parse';
import { writeFileAtomically } from './write';

const USAGE = `Usage: postmortem-timeline [--from FORMAT] [--zone ZONE] [--style 12h|24h|iso] [--authors keep|initials|drop] [--into FILE] [INPUT|-]

Turns an incident's own records into timeline entries: one per message or log line that says
something, in order, on one clock. INPUT is a file, or "-" (or nothing) for standard input.

  --from FORMAT     ${IMPORT_FORMATS.join(', ')} (default auto: recognised from the input)
  --zone ZONE       the zone of times the input states without one (UTC, PST, Europe/Paris); also
                    the entries' zone when FILE's timeline states none
  --style STYLE     12h, 24h or iso; by default FILE's timeline style, else 24h
  --authors MODE    keep (default), initials, or drop the names (blameless reports)
  --into FILE       merge the entries into FILE's timeline (in order, without repeating an entry
                    already there) instead of printing them
  -h, --help        show this help

Exit status: 0 done, 2 usage error or input that cannot be read (FILE is then left unchanged).`;

class UsageError extends Error {}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      zone: { type: 'string' },
      style: { type: 'string' },
      authors: { type: 'string' },
      into: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('give one input (a file, or "-" for standard input)');
  const options: ImportOptions = {
    from: oneOf('--from', values.from ?? 'auto', IMPORT_FORMATS) as ImportFormat,
    zone: values.zone,
    style: values.style === undefined ? undefined : (oneOf('--style', values.style, TIME_STYLES) as ImportOptions['style']),
    authors: oneOf('--authors', values.authors ?? 'keep', AUTHOR_STYLES) as AuthorStyle,
  };
  const input = positionals[0] ?? '-';
  const source = readInput(input);
  if (values.into === undefined) {
    const { markdown, read } = importedMarkdown(source, options);
    process.stdout.write(markdown);
    report(`${read.events.length} entries from ${read.format}${leftOut(read.skipped.length)}`);
    return 0;
  }
  const file = values.into;
  const text = readFile(file);
  const doc = parsePostmortem(text, 'path');
  const merged = importInto(doc, source, options);
  if (merged.edits.length > 0) writeAtomically(file, applyFixes(text, [{ title: 'import', edits: merged.edits }]).text);
  const already = merged.skipped.filter((skip) => skip.reason === 'already in the timeline').length;
  report(`added ${merged.added} entries to ${file}${already > 0 ? ` (${already} already there)` : ''}${leftOut(merged.skipped.length - already)}`);
  return 0;
}

function oneOf(flag: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new UsageError(`${flag} "${value}" is not one of ${allowed.join(', ')}`);
  return value;
}

function readInput(input: string): string {
  if (input !== '-') return readFile(input);
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    throw new ImportError(`cannot read standard input: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function writeAtomically(file: string, text: string): void {
  try {
    writeFileAtomically(file, text);
  } catch (error) {
    throw new ImportError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function leftOut(count: number): string {
  return count > 0 ? `; ${count} lines left out (joins, leaves, reactions, lines without a time)` : '';
}

function report(message: string): void {
  process.stderr.write(`postmortem-timeline: ${message}\n`);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof ImportError || (error instanceof TypeError && 'code' in error)) {
    process.stderr.write(`postmortem-timeline: ${error.message}${error instanceof UsageError ? '\nRun postmortem-timeline --help for usage.' : ''}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`postmortem-timeline: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
