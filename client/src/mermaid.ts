/**
 * The timeline as a Mermaid `gantt` chart, which GitHub renders in a ```mermaid block: each entry a
 * milestone at its time, and the outage a bar from its start to its resolution when the timeline
 * says both. Times are on the first entry's clock (its zone); a timeline without dates is drawn on
 * 2000-01-01, with the axis showing only clock times.
 */
import type { TimelineModel } from '../../server/src/protocol';

const PLACEHOLDER_DAY = '2000-01-01';

/** The Mermaid source (without the ``` fence) for the model's placed entries; undefined when none is placed. */
export function mermaidGantt(model: TimelineModel): string | undefined {
  const first = model.entries[0];
  if (!first) return undefined;
  const base = first.day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(first.day) ? first.day : PLACEHOLDER_DAY;
  const at = (minutes: number) => dateTime(base, first.minuteOfDay + minutes - first.minutes);
  const multiDay = model.entries.some((entry) => Math.floor((first.minuteOfDay + entry.minutes - first.minutes) / 1440) !== 0);
  const lines = [
    'gantt',
    `    title ${label(model.title ? `${model.title} timeline` : 'Incident timeline')}${model.zone ? ` (${label(model.zone.name)})` : ''}`,
    '    dateFormat YYYY-MM-DD HH:mm',
    `    axisFormat ${multiDay ? '%b %d %H:%M' : '%H:%M'}`,
  ];
  const { start, resolved } = model.metrics;
  if (start && resolved && resolved.minutes > start.minutes) lines.push('    section Outage', `    Outage :crit, outage, ${at(start.minutes)}, ${at(resolved.minutes)}`);
  let day: string | undefined | null = null;
  model.entries.forEach((entry, index) => {
    if (entry.day !== day || index === 0) {
      day = entry.day;
      lines.push(`    section ${label(entry.day ?? 'Timeline')}`);
    }
    lines.push(`    ${label(`${entry.time} ${entry.description}`)} :milestone, e${index + 1}, ${at(entry.minutes)}, 0m`);
  });
  return `${lines.join('\n')}\n`;
}

/** The chart in a fenced ```mermaid block, ready to paste into Markdown. */
export function mermaidBlock(model: TimelineModel): string | undefined {
  const chart = mermaidGantt(model);
  return chart === undefined ? undefined : `\`\`\`mermaid\n${chart}\`\`\`\n`;
}

// "YYYY-MM-DD HH:mm" for a local clock minute counted from the base day's midnight.
function dateTime(base: string, clockMinutes: number): string {
  const [year, month, day] = base.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day) + Math.round(clockMinutes) * 60_000);
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

// Text Mermaid reads as a task or section name: a colon starts the task's data, so "1:55 PM" is
// written with a ratio sign (∶) that looks the same; no "#" or ";" (entities and separators in its
// grammar), no line breaks or Markdown emphasis; at most 80 characters.
function label(text: string): string {
  const clean = text
    .replace(/:/g, '\u2236')
    .replace(/;/g, ',')
    .replace(/#/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return (clean.length > 80 ? `${clean.slice(0, 79)}…` : clean) || 'entry';
}
