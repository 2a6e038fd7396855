/**
 * The generated index inside a team's own Markdown file: between `<!-- postmortem-report:start -->`
 * and `<!-- postmortem-report:end -->`, the rest of the file left as it is.
 */
export const INDEX_START = '<!-- postmortem-report:start -->';
export const INDEX_END = '<!-- postmortem-report:end -->';

/** The file's markers are broken: one without the other. */
export class IndexMarkersError extends Error {}

/** `file` (its text, or undefined when it does not exist yet) with `table` between the markers; they are added at its end when absent. */
export function withIndex(file: string | undefined, table: string): string {
  const eol = file?.includes('\r\n') ? '\r\n' : '\n';
  const block = [INDEX_START, '', ...table.split('\n'), '', INDEX_END].join(eol);
  if (file === undefined || file.trim() === '') return `${block}${eol}`;
  const start = file.indexOf(INDEX_START);
  const end = start < 0 ? -1 : file.indexOf(INDEX_END, start);
  if (start >= 0 && end >= 0) return file.slice(0, start) + block + file.slice(end + INDEX_END.length);
  if (start >= 0 || file.includes(INDEX_END)) throw new IndexMarkersError(`it has ${start >= 0 ? INDEX_START : INDEX_END} without ${start >= 0 ? INDEX_END : INDEX_START} after it; put both back, or neither`);
  const trimmed = file.replace(/\s*$/, '');
  return `${trimmed}${eol}${eol}${block}${eol}`;
}

/** True when `file` already holds exactly this index. */
export function indexIsCurrent(file: string | undefined, table: string): boolean {
  return file !== undefined && withIndex(file, table) === file;
}
