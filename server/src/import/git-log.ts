/**
 * `git log` with dates, for deploys and reverts: the default format ("commit …", "Author: …",
 * "Date:   Tue Jun 3 03:38:15 2025 +0200", the indented message) and one-line formats that start
 * with an ISO date ("--date=iso --pretty='%ad %an %s'").
 */
import { monthOfName } from '../time/date';
import { instantOf } from './instant';
import { oneLine, type ImportedEvent, type Skipped } from './types';

// "Tue Jun 3 03:38:15 2025 +0200" (git's default date), or an ISO date ("2025-06-03 03:38:15 +0200").
const DEFAULT_DATE = /^(?:\w{3}\s+)?(\w{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})\s+([+-]\d{4})$/;

/** True when the text starts like `git log` output. */
export function isGitLog(text: string): boolean {
  return /^commit [0-9a-f]{7,40}\b/m.test(text.slice(0, 2000)) && /^Date:\s/m.test(text.slice(0, 4000));
}

/** The commits of `git log` output, oldest first, as events: the first line of each message. */
export function readGitLog(text: string): { events: ImportedEvent[]; skipped: Skipped[] } {
  const events: ImportedEvent[] = [];
  const skipped: Skipped[] = [];
  let current: { line: number; author?: string; date?: string; message: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const time = current.date === undefined ? undefined : gitDate(current.date);
    const subject = oneLine(current.message.find((line) => line.trim() !== '') ?? '');
    if (!time) skipped.push({ line: current.line, reason: 'a commit without a readable date' });
    else if (subject === '') skipped.push({ line: current.line, reason: 'a commit without a message' });
    else events.push({ time, author: current.author, text: subject, line: current.line });
    current = undefined;
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    if (/^commit [0-9a-f]{7,40}\b/.test(raw)) {
      close();
      current = { line: index + 1, message: [] };
    } else if (current && /^Author:\s/.test(raw)) current.author = raw.replace(/^Author:\s+/, '').replace(/\s*<[^>]*>\s*$/, '');
    else if (current && /^(?:Author|Commit)?Date:\s/.test(raw)) current.date ??= raw.replace(/^\w*Date:\s+/, '').trim();
    else if (current && /^ {4}/.test(raw)) current.message.push(raw);
  });
  close();
  // git lists the newest first.
  return { events: events.reverse(), skipped };
}

function gitDate(text: string) {
  const match = DEFAULT_DATE.exec(text);
  if (!match) return instantOf(text.replace(/ ([+-]\d{2})(\d{2})$/, '$1:$2').replace(/ (?=[+-]\d{2}:\d{2}$)/, ''));
  const [, month, day, hour, minute, second, year, offset] = match;
  const minutes = (offset!.startsWith('-') ? -1 : 1) * (Number(offset!.slice(1, 3)) * 60 + Number(offset!.slice(3)));
  return { utcMs: Date.UTC(Number(year), (monthOfName(month!) ?? 1) - 1, Number(day), Number(hour), Number(minute), Number(second)) - minutes * 60_000 };
}
