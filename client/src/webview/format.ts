/** How the preview writes durations and clock times. */

/** "45 min", "2 h 10 min", "1 d 3 h"; a negative duration gets a minus sign. */
export function formatDuration(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '';
  const whole = Math.round(Math.abs(minutes));
  const days = Math.floor(whole / 1440);
  const hours = Math.floor((whole % 1440) / 60);
  const rest = whole % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0 || parts.length === 0) parts.push(`${rest} min`);
  return sign + parts.slice(0, 2).join(' ');
}

/** Elapsed time as incident reviews write it: "T+0:27", "T+26:05", "T−0:10". */
export function formatElapsed(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const whole = Math.abs(Math.round(minutes));
  return `T${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A minute of the day on a 24-hour clock: "09:05". */
export function formatClock(minuteOfDay: number): string {
  const minute = ((Math.round(minuteOfDay) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
