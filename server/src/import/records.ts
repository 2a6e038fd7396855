/**
 * Logs kept as records: a PagerDuty-style incident log (CSV or JSON: `created_at`, a summary, an
 * agent) and any CSV with a time column, the columns chosen by their headers. CSV is read with
 * d3-dsv (quoted fields, commas and line breaks inside quotes).
 */
import { csvParse, type DSVRowArray } from 'd3-dsv';
import { instantOf } from './instant';
import { ImportError, oneLine, type ImportedEvent, type Skipped } from './types';

// Headers, by what the column holds; the first header that matches wins.
const TIME_HEADERS = [/^(?:created[ _]?at|timestamp|time(?:stamp)?[ _]?utc|date[ _]?time|datetime|time|date|when|at|occurred[ _]?at|started[ _]?at)$/i, /time|date|created|at$/i];
const TEXT_HEADERS = [/^(?:summary|description|message|text|event|details?|title|log|note|what)$/i, /summary|description|message|text|event|title/i];
const AUTHOR_HEADERS = [/^(?:agent|user|author|who|by|actor|name|responder|assignee|person|from)$/i, /agent|user|author|actor|responder/i];

/** True when the CSV's header names a time column and a text column. */
export function isTimedCsv(text: string): boolean {
  const end = text.indexOf('\n');
  const header = (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, '').split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  return header.length >= 2 && column(header, TIME_HEADERS) !== undefined && column(header, TEXT_HEADERS) !== undefined;
}

/** The rows of a CSV log as events, the time, text and author columns chosen by their headers. */
export function readCsv(text: string): { events: ImportedEvent[]; skipped: Skipped[] } {
  let rows: DSVRowArray;
  try {
    rows = csvParse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`the CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const time = column(rows.columns, TIME_HEADERS);
  const words = column(rows.columns, TEXT_HEADERS);
  if (time === undefined || words === undefined) {
    throw new ImportError(`a CSV log needs a time column and a text column; its header names ${rows.columns.map((name) => `"${name}"`).join(', ')}`);
  }
  const author = column(rows.columns, AUTHOR_HEADERS, [time, words]);
  return toEvents(rows.map((row, index) => ({ line: index + 2, time: row[time], text: row[words], author: author === undefined ? undefined : row[author] })));
}

/** A PagerDuty-style log as JSON: an array of entries, or `{log_entries: […]}` / `{incidents: […]}`. */
export function isPagerDutyJson(json: unknown): boolean {
  const entries = entriesOf(json);
  return entries !== undefined && entries.length > 0 && entries.slice(0, 20).every((entry) => typeof entry === 'object' && entry !== null && ('created_at' in entry || 'timestamp' in entry));
}

/** The entries of a PagerDuty-style JSON log as events. */
export function readPagerDutyJson(json: unknown): { events: ImportedEvent[]; skipped: Skipped[] } {
  const entries = entriesOf(json);
  if (!entries) throw new ImportError('a PagerDuty log is an array of entries or {"log_entries": […]}, each with "created_at"');
  return toEvents(
    entries.map((raw, index) => {
      const entry = raw as Record<string, unknown>;
      const nested = (key: string) => (entry[key] && typeof entry[key] === 'object' ? (entry[key] as Record<string, unknown>)['summary'] : undefined);
      const text = [entry['summary'], nested('channel'), entry['description'], entry['message'], entry['title']].find((value) => typeof value === 'string' && value.trim() !== '');
      const author = [nested('agent'), entry['agent'], entry['user'], entry['author']].find((value) => typeof value === 'string' && value.trim() !== '');
      return { line: index + 1, time: entry['created_at'] ?? entry['timestamp'], text, author };
    }),
  );
}

function entriesOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== 'object') return undefined;
  const record = json as Record<string, unknown>;
  for (const key of ['log_entries', 'incidents', 'entries', 'alerts']) if (Array.isArray(record[key])) return record[key] as unknown[];
  return undefined;
}

function toEvents(rows: ReadonlyArray<{ line: number; time: unknown; text: unknown; author: unknown }>): { events: ImportedEvent[]; skipped: Skipped[] } {
  const events: ImportedEvent[] = [];
  const skipped: Skipped[] = [];
  for (const row of rows) {
    const text = typeof row.text === 'string' ? oneLine(row.text) : '';
    if (text === '') {
      skipped.push({ line: row.line, reason: 'no text' });
      continue;
    }
    const time = typeof row.time === 'string' || typeof row.time === 'number' ? instantOf(String(row.time)) : undefined;
    if (!time) {
      skipped.push({ line: row.line, reason: `${JSON.stringify(row.time ?? '')} is not a time` });
      continue;
    }
    const author = typeof row.author === 'string' && row.author.trim() !== '' ? row.author.trim() : undefined;
    events.push({ time, author, text, line: row.line });
  }
  return { events, skipped };
}

function column(headers: readonly string[], patterns: readonly RegExp[], taken: readonly string[] = []): string | undefined {
  for (const pattern of patterns) {
    const found = headers.find((header) => pattern.test(header.trim()) && !taken.includes(header));
    if (found !== undefined) return found;
  }
  return undefined;
}
