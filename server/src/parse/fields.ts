/**
 * Fields a report states about itself: in its front matter ("status: resolved") or on a labelled
 * line near its top ("**Severity:** SEV-2", "| Status | Monitoring |"). The incident library reads
 * them for its columns, and rules read the status.
 */
import type { PostmortemDoc } from './types';

/** The value of a front matter field by any of its names (lower case), without quotes or emphasis. */
export function frontMatterField(doc: PostmortemDoc, names: readonly string[]): string | undefined {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(doc.text);
  if (!front) return undefined;
  for (const line of front[1]!.split(/\r?\n/)) {
    const match = /^([\w -]+?)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (match && names.includes(match[1]!.toLowerCase())) return cleanValue(match[2]!);
  }
  return undefined;
}

/** The value of a labelled line near the top ("Status: Resolved", "**Severity:** High", a table row). */
export function labelledField(doc: PostmortemDoc, names: readonly string[]): string | undefined {
  const head = doc.text.slice(0, 6000);
  const labels = names.map((name) => name.replace(/ /g, '[ \\t]+')).join('|');
  // "Severity: SEV-2", "**Severity:** High", "- Status: Resolved", "| Severity | SEV-1 |"
  const pattern = new RegExp(`^[ \\t>]*(?:[-*+][ \\t]+)?(?:\\|[ \\t]*)?[*_]*(?:${labels})[*_]*[ \\t]*(?::[*_]*|[*_]*\\|)[ \\t]*([^\\n|]{1,60})`, 'im');
  const match = pattern.exec(head);
  return match ? cleanValue(match[1]!) : undefined;
}

function cleanValue(raw: string): string | undefined {
  const value = raw.replace(/[*_`]/g, '').replace(/^["']|["']$/g, '').trim();
  return value === '' ? undefined : value;
}

const STATUS_NAMES = ['status', 'state', 'incident status', 'postmortem status', 'report status'];
// A status that says the incident is not over: what is not known yet is written "TBD" honestly.
const STILL_OPEN = /^(?:monitoring|investigating|identified|ongoing|open|active|mitigated|unresolved|pending|in[ -]progress|under[ -]investigation|awaiting\b.*|pending\b.*)\b/i;

/** The status the report states for itself (front matter or a labelled line), if any. */
export function statedStatus(doc: PostmortemDoc): string | undefined {
  return frontMatterField(doc, STATUS_NAMES) ?? labelledField(doc, STATUS_NAMES);
}

/** True when the report says its incident is not over yet ("Status: Monitoring", "status: investigating"). */
export function statedStillOpen(doc: PostmortemDoc): boolean {
  const status = statedStatus(doc);
  return status !== undefined && STILL_OPEN.test(status.replace(/^[^\p{L}]+/u, ''));
}
