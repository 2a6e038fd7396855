/**
 * What the Postmortems view says about each incident: its label, the one-line description (date,
 * duration, time to resolve, open actions), the tooltip with every metric, and the icon. Pure (no
 * `vscode`), so the tests read exactly what a person reads.
 */
import type { LibraryResult } from '../../../server/src/protocol';
import { formatDuration } from '../webview/format';

/** One incident as the server answers it. */
export type LibraryIncident = LibraryResult['incidents'][number];

/** A codicon id and, when the icon is tinted, the theme colour id. */
export interface IncidentIcon {
  id: string;
  color?: string;
}

/** The incident's title, else its file name. */
export function incidentLabel(incident: Pick<LibraryIncident, 'title' | 'file'>): string {
  return incident.title?.trim() || fileName(incident.file);
}

/** "2025-02-03 · 1 h 35 min · resolved in 1 h 20 min · 1 open action": only what the report says. */
export function incidentDescription(incident: LibraryIncident): string {
  const parts = [incident.date ?? 'undated'];
  if (incident.durationMinutes !== null) parts.push(formatDuration(incident.durationMinutes));
  if (incident.timeToResolveMinutes !== null) parts.push(`resolved in ${formatDuration(incident.timeToResolveMinutes)}`);
  const open = openActionsText(incident.actionItems.open);
  if (open) parts.push(open);
  return parts.join(' · ');
}

/** "2 open actions", "1 open action"; empty when none is open. */
export function openActionsText(open: number): string {
  if (open <= 0) return '';
  return `${open} open action${open === 1 ? '' : 's'}`;
}

/** "1 warning", "3 warnings", "no warnings". */
export function warningsText(warnings: number): string {
  if (warnings <= 0) return 'no warnings';
  return `${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** A warning sign when the linter finds something at warning level, else a report. */
export function incidentIcon(incident: Pick<LibraryIncident, 'warnings'>): IncidentIcon {
  return incident.warnings > 0 ? { id: 'warning', color: 'list.warningForeground' } : { id: 'notebook' };
}

/**
 * The tooltip as Markdown: the title, severity and status, then every metric ("unknown" where the
 * report does not say), the action items and the warnings. Document text is escaped, never markup.
 */
export function incidentTooltip(incident: LibraryIncident): string {
  const metric = (value: number | null) => (value === null ? '*unknown*' : formatDuration(value));
  const items = incident.actionItems;
  const lines = [`**${escapeMarkdown(incidentLabel(incident))}**`, ''];
  const facts = [incident.date ?? 'undated', incident.severity, incident.status].filter((fact): fact is string => Boolean(fact));
  lines.push(facts.map(escapeMarkdown).join(' · '), '');
  if (incident.start) lines.push(`- Start: ${escapeMarkdown(readableInstant(incident.start, incident.zone))}`);
  if (incident.end) lines.push(`- End: ${escapeMarkdown(readableInstant(incident.end, incident.zone))}`);
  lines.push(
    `- Duration: ${metric(incident.durationMinutes)}`,
    `- Time to detect: ${metric(incident.timeToDetectMinutes)}`,
    `- Time to mitigate: ${metric(incident.timeToMitigateMinutes)}`,
    `- Time to resolve: ${metric(incident.timeToResolveMinutes)}`,
    items.total === 0 ? '- Action items: none listed' : `- Action items: ${items.open} open of ${items.total}, ${items.withOwner} with an owner`,
    `- Warnings: ${incident.warnings > 0 ? `$(warning) ${warningsText(incident.warnings)}` : 'none'}`,
    '',
    `*${escapeMarkdown(incident.file)}*`,
  );
  return lines.join('\n');
}

/** "2025-02-03 14:00 PST" from "2025-02-03T14:00:00-08:00" and the report's zone. */
export function readableInstant(instant: string, zone: string | null): string {
  const local = `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;
  return zone ? `${local} ${zone}` : `${local} (UTC${instant.slice(19) || ''})`;
}

/** Escapes every character Markdown could read as markup, and `$(` theme icons. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~$&]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function fileName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}
