/**
 * A time written in a record: an epoch (seconds or milliseconds), an ISO date-time with or without
 * an offset, or a date and a clock time as people write them ("2025-06-03 03:38:15",
 * "6/3/2025 3:38 AM"). With an offset it is an instant; without one, a wall-clock time.
 */
import { readDateAt } from '../time/date';
import { localTime } from './chat-text';
import type { EventTime } from './types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?[ ]?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The time a record states, or undefined when the text is not a time. */
export function instantOf(text: string): EventTime | undefined {
  const trimmed = text.trim();
  if (/^\d{9,13}(?:\.\d+)?$/.test(trimmed)) {
    const value = Number(trimmed);
    return { utcMs: Math.round(trimmed.replace(/\..*/, '').length >= 12 ? value : value * 1000) };
  }
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [, year, month, day, hour, minute, second, offset] = iso;
    const fields = [Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0)] as const;
    if (offset === undefined) return { local: { year: fields[0], month: fields[1] + 1, day: fields[2], hour: fields[3], minute: fields[4], second: second === undefined ? undefined : fields[5] } };
    const sign = offset.toUpperCase() === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const digits = offset.replace(/[^\d]/g, '');
    const minutes = sign === 0 ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return { utcMs: Date.UTC(...fields) - minutes * 60_000 };
  }
  // "6/3/2025 3:38 AM", "June 3, 2025 03:38": a date, then a clock time.
  const date = readDateAt(trimmed, 0);
  if (!date) return undefined;
  const rest = trimmed.slice(date.end - date.start).replace(/^[ ,T]+(?:at[ ]+)?/i, '');
  const time = localTime(rest, undefined, date);
  return time ? { local: time } : undefined;
}
