/** Reading the CLI's `--format github` output back: counts by severity, and the step summary. */
import type { FailLevel } from './inputs';

/** One workflow command the CLI printed (`::warning file=…,line=…,title=postmortem/<rule>::message`). */
export interface Annotation {
  command: 'error' | 'warning' | 'notice';
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** The annotations in the CLI's output; other lines are ignored. */
export function annotationsOf(output: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of output.split('\n')) {
    const match = /^::(error|warning|notice) (.*?)::(.*)$/.exec(line);
    if (!match) continue;
    const properties = new Map(match[2]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]));
    annotations.push({
      command: match[1] as Annotation['command'],
      file: properties.get('file') ?? '',
      line: Number(properties.get('line') ?? 0),
      column: Number(properties.get('col') ?? 0),
      rule: (properties.get('title') ?? '').replace(/^postmortem\//, ''),
      message: unescape(match[3]!),
    });
  }
  return annotations;
}

/** Findings by severity: the CLI prints info as a notice (hints are not listed). */
export interface Counts {
  errors: number;
  warnings: number;
  info: number;
}

/** How many annotations there are of each kind. */
export function countOf(annotations: readonly Annotation[]): Counts {
  const count = (command: Annotation['command']) => annotations.filter((annotation) => annotation.command === command).length;
  return { errors: count('error'), warnings: count('warning'), info: count('notice') };
}

/** How many findings are at or above `level` (none for never). */
export function failingCount(counts: Counts, level: FailLevel): number {
  switch (level) {
    case 'error':
      return counts.errors;
    case 'warning':
      return counts.errors + counts.warnings;
    case 'info':
      return counts.errors + counts.warnings + counts.info;
    case 'never':
      return 0;
  }
}

const SUMMARY_ROWS = 100;
const SEVERITY: Record<Annotation['command'], string> = { error: 'error', warning: 'warning', notice: 'info' };

/** The job summary: the counts, the verdict, and a table of the findings (the first hundred). */
export function stepSummary(annotations: readonly Annotation[], counts: Counts, level: FailLevel, failing: number): string {
  const verdict = level === 'never' ? 'fail-level never: the step does not fail on findings' : failing > 0 ? `${failing} at or above fail-level ${level}: the step fails` : `nothing at or above fail-level ${level}`;
  const lines = ['### postmortem-lint', '', `${counts.errors} errors, ${counts.warnings} warnings, ${counts.info} info; ${verdict}.`, ''];
  if (annotations.length > 0) {
    lines.push('| Where | Severity | Rule | Message |', '| --- | --- | --- | --- |');
    for (const annotation of annotations.slice(0, SUMMARY_ROWS)) {
      lines.push(`| \`${cell(`${annotation.file}:${annotation.line}:${annotation.column}`)}\` | ${SEVERITY[annotation.command]} | ${cell(annotation.rule)} | ${cell(annotation.message)} |`);
    }
    if (annotations.length > SUMMARY_ROWS) lines.push('', `…and ${annotations.length - SUMMARY_ROWS} more (see the annotations).`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

// A workflow command's escapes undone (%25 last, so "%250A" stays "%0A").
function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

// Text safe in a Markdown table cell.
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
