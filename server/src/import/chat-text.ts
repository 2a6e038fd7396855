/**
 * Chat transcripts copied as text: Slack's desktop app ("Amina Diallo  10:42 AM" over the message),
 * Microsoft Teams ("[10:42 AM] Amina Diallo"), Discord ("Amina — Today at 10:42 AM") and IRC or
 * Matrix logs ("[2025-06-03 03:38:15] <amina> …"). Joins, leaves, reactions and empty messages are
 * left out.
 */
import { readDateAt } from '../time/date';
import { readTimestampAt, withCertainMeridiem } from '../time/timestamp';
import { oneLine, type ImportedEvent, type LocalTime, type Skipped } from './types';

/** The chat formats read from text. */
export type ChatTextFormat = 'slack-text' | 'teams' | 'discord' | 'irc';

// A time as chats write it: "10:42 AM", "3:38", "03:38:15".
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202F]?[AaPp]\.?[Mm]\.?)?`;
// A date as chats write it: "06/03/2025", "6/3/25", "2025-06-03".
const DATE = String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}`;

/** How each format writes the line that opens a message, with the author, date and time it names. */
const HEADERS: Record<Exclude<ChatTextFormat, 'irc'>, RegExp> = {
  // "Amina Diallo  10:42 AM", "PagerDuty APP  10:42 AM", "Amina Diallo [10:42 AM]"
  'slack-text': new RegExp(String.raw`^(?<author>[^\s\[\]<>:][^\[\]<>\n]{0,60}?)(?:[ \t]+APP)?[ \t]+\[?(?<time>${TIME})\]?[ \t]*$`),
  // "[10:42 AM] Amina Diallo", "[6/3/2025 10:42 AM] Amina Diallo"
  teams: new RegExp(String.raw`^\[(?:(?<date>${DATE})[ ,]+)?(?<time>${TIME})\][ \t]+(?<author>\p{L}[\p{L}\p{N} .'’()-]{0,60}?)[ \t]*$`, 'u'),
  // "Amina — Today at 10:42 AM", "Amina — 06/03/2025 3:38 AM", "Amina — 6/3/25, 3:38 AM"
  discord: new RegExp(String.raw`^(?<author>[^\n—]{1,60}?)[ \t]+[—–-][ \t]+(?:(?:Today|Yesterday)[ \t]+at[ \t]+|(?<date>${DATE}),?[ \t]+(?:at[ \t]+)?)(?<time>${TIME})[ \t]*$`),
};

// "[2025-06-03 03:38:15] <amina> message", "03:38 <amina> message", "[03:38] * amina waves".
const IRC = new RegExp(String.raw`^\[?(?:(?<date>\d{4}-\d{2}-\d{2})[ T])?(?<time>\d{1,2}:\d{2}(?::\d{2})?)\]?[ \t]+(?:<[@+%~&]?(?<author>[^>\s]{1,40})>|\*[ \t]+(?<actor>\S{1,40}))[ \t]*(?<text>.*)$`);
// Lines that are no message: a join, a leave, a topic change, a day divider's rule.
const NOISE = /(?:^|\s)(?:has\s+joined|joined\s+(?:the\s+)?(?:channel|#\S+|the\s+call)|has\s+left|left\s+(?:the\s+)?(?:channel|#\S+)|was\s+added\s+to|added\s+\S+(?:\s+\S+)?\s+to\s+(?:the\s+)?(?:channel|#\S+)|set\s+the\s+channel\s+(?:topic|description)|changed\s+the\s+(?:channel\s+)?(?:topic|name))\b|^[-!*]{2,}\s/i;
// A line of reactions under a message: "👍 3", ":+1: 2  :eyes: 1".
const REACTIONS = /^(?:(?::[\w+-]+:|\p{Extended_Pictographic}\uFE0F?)[ \t]*\d*[ \t]*)+$/u;
// "10:43": Slack's time alone opens another message by the same author.
const TIME_ONLY = new RegExp(String.raw`^\[?(?<time>${TIME})\]?$`);

/** How strongly each text format matches the source: the number of lines that open a message. */
export function chatTextScores(text: string): Record<ChatTextFormat, number> {
  const scores: Record<ChatTextFormat, number> = { 'slack-text': 0, teams: 0, discord: 0, irc: 0 };
  for (const line of text.split(/\r?\n/).slice(0, 400)) {
    if (IRC.test(line)) scores.irc++;
    for (const format of ['teams', 'discord', 'slack-text'] as const) {
      if (HEADERS[format].test(line)) {
        scores[format]++;
        break; // a Teams or Discord header is no Slack one
      }
    }
  }
  return scores;
}

/** The messages of a transcript in `format`, in order. */
export function readChatText(text: string, format: ChatTextFormat): { events: ImportedEvent[]; skipped: Skipped[] } {
  return format === 'irc' ? readIrc(text) : readHeadered(text, format);
}

function readIrc(text: string): { events: ImportedEvent[]; skipped: Skipped[] } {
  const events: ImportedEvent[] = [];
  const skipped: Skipped[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const match = IRC.exec(raw);
    if (!match?.groups) return skipped.push({ line, reason: NOISE.test(raw) ? 'a join, a leave or a channel change' : 'not a message line' });
    const words = oneLine(match.groups['text'] ?? '');
    if (words === '' || NOISE.test(words)) return skipped.push({ line, reason: 'a join, a leave or an empty message' });
    const time = localTime(match.groups['time']!, match.groups['date']);
    if (!time) return skipped.push({ line, reason: `"${match.groups['time']}" is not a time` });
    // "* kofi looks at the dashboards": an action, told with its actor as the subject.
    const actor = match.groups['actor'];
    events.push({ time: { local: time }, author: actor ? undefined : match.groups['author'], text: actor ? `${actor} ${words}` : words, line });
  });
  return { events, skipped };
}

function readHeadered(text: string, format: Exclude<ChatTextFormat, 'irc'>): { events: ImportedEvent[]; skipped: Skipped[] } {
  const events: ImportedEvent[] = [];
  const skipped: Skipped[] = [];
  let open: { author: string; time: LocalTime; line: number; body: string[] } | undefined;
  let day: { year: number | undefined; month: number; day: number } | undefined;
  const close = () => {
    if (!open) return;
    const words = oneLine(open.body.join(' '));
    if (words === '' || NOISE.test(words)) skipped.push({ line: open.line, reason: 'a join, a leave or an empty message' });
    else events.push({ time: { local: open.time }, author: open.author, text: words, line: open.line });
    open = undefined;
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    const header = HEADERS[format].exec(trimmed);
    if (header?.groups && isName(header.groups['author']!)) {
      close();
      const date = header.groups['date'];
      const time = localTime(header.groups['time']!, date, date ? undefined : day);
      if (!time) return skipped.push({ line, reason: `"${header.groups['time']}" is not a time` });
      open = { author: header.groups['author']!.trim(), time, line, body: [] };
      return;
    }
    const again = format === 'slack-text' && open ? TIME_ONLY.exec(trimmed) : null;
    if (again?.groups && open) {
      const { author, time: previous } = open;
      close();
      const time = localTime(again.groups['time']!, undefined, day);
      if (time) open = { author, time: afterPrevious(time, previous, again.groups['time']!), line, body: [] };
      return;
    }
    // A system line of its own ("Lena joined #incident.") between messages is no part of either.
    if (NOISE.test(trimmed) && trimmed.length < 120) {
      skipped.push({ line, reason: 'a join, a leave or a channel change' });
      return;
    }
    // A day divider ("Tuesday, June 3rd", "June 3rd, 2025") between messages dates those below it.
    const divider = dividerDate(trimmed);
    if (divider && (!open || open.body.length > 0)) {
      close();
      day = divider;
      return;
    }
    if (trimmed === '' || REACTIONS.test(trimmed) || /^\(edited\)$/i.test(trimmed)) return;
    if (open) open.body.push(trimmed);
    else skipped.push({ line, reason: 'text before the first message' });
  });
  close();
  return { events, skipped };
}

// A name, not a sentence that ends in a time ("Rolled back at 3:52 AM"): four words at most, the
// last no word that leads into a time.
function isName(author: string): boolean {
  const words = author.trim().split(/\s+/);
  return words.length <= 4 && !/^(?:at|by|to|until|till|from|around|about|since|on|in|before|after|approx\.?|approximately)$/i.test(words[words.length - 1]!);
}

// Slack writes a follow-up's time without am/pm ("3:42" under "Kofi  3:41 PM"): on the 12-hour
// clock of the message above it, the reading that comes soonest after it.
function afterPrevious(time: LocalTime, previous: LocalTime, written: string): LocalTime {
  if (/[AaPp]\.?[Mm]/.test(written) || time.hour >= 13 || time.hour === 0) return time;
  const before = previous.hour * 60 + previous.minute;
  const readings = [time.hour % 12, (time.hour % 12) + 12].map((hour) => ({ hour, after: (hour * 60 + time.minute - before + 1440) % 1440 }));
  const best = readings.sort((a, b) => a.after - b.after)[0]!;
  return { ...time, hour: best.hour };
}

// "Tuesday, June 3rd", "June 3rd, 2025", "Today": the day of the messages below, when it names one.
function dividerDate(line: string): { year: number | undefined; month: number; day: number } | undefined {
  const plain = line.replace(/^[-—─\s]+|[-—─\s]+$/g, '');
  if (plain.length > 40) return undefined;
  const date = readDateAt(plain, 0);
  return date && date.end === plain.length ? { year: date.year, month: date.month, day: date.day } : undefined;
}

/** A chat's time (and date, "06/03/2025" read month first) as a wall-clock time; undefined when it is not one. */
export function localTime(timeText: string, dateText: string | undefined, day?: { year: number | undefined; month: number; day: number }): LocalTime | undefined {
  const timestamp = readTimestampAt(timeText.replace(/\u202F/g, ' '), 0);
  const certain = timestamp && (withCertainMeridiem(timestamp, timestamp.meridiem === undefined) ?? timestamp);
  if (!certain || certain.minutesOfDay === undefined) return undefined;
  const date = dateText ? readDateAt(dateText, 0) : undefined;
  const year = date?.year ?? day?.year;
  return {
    year: year !== undefined && year < 100 ? 2000 + year : year,
    month: date?.month ?? day?.month,
    day: date?.day ?? day?.day,
    hour: Math.floor(certain.minutesOfDay / 60),
    minute: certain.minutesOfDay % 60,
    second: certain.second,
  };
}
