/**
 * Inline configuration comments, as markdownlint and ESLint have them:
 *
 *     <!-- postmortem-disable [rule-id…] -->            off from here (every rule when none is named)
 *     <!-- postmortem-enable [rule-id…] -->             on again from here
 *     <!-- postmortem-disable-next-line [rule-id…] -->  off for the next line only
 *
 * A finding is dropped when the line its span starts on is disabled for its rule. Only real HTML
 * comments count: the same text in a code fence or in inline code is an example, not a directive.
 * An unknown rule id in a comment is reported (rule `config`), never ignored in silence.
 */
import { LineIndex } from '../parse/lines';
import { editDistance } from '../parse/sections';
import type { PostmortemDoc, Span } from '../parse/types';
import type { Finding } from '../rules/types';

const DIRECTIVE = /<!--[ \t]*postmortem-(disable-next-line|disable|enable)(?![\w-])([^]*?)-->/g;

/** The rule id that inline-comment and configuration problems are reported under. */
export const CONFIG_RULE = 'config';

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** The rule ids named; empty means every rule. */
  ids: string[];
  line: number;
}

/**
 * The findings that are not disabled by an inline comment, plus a finding for each unknown rule id
 * named in one. Cheap when the document has no directive (one substring search).
 */
export function applyInlineComments(doc: PostmortemDoc, findings: Finding[], knownIds: ReadonlySet<string>): Finding[] {
  if (!doc.text.includes('postmortem-')) return findings;
  const index = new LineIndex(doc.text);
  const directives: Directive[] = [];
  const problems: Finding[] = [];
  for (const match of doc.text.matchAll(DIRECTIVE)) {
    if (!isHtmlComment(doc, match.index)) continue;
    const ids: string[] = [];
    let offset = match.index + match[0].length - 3 - match[2]!.length;
    for (const id of match[2]!.split(/([\s,]+)/)) {
      if (id !== '' && !/^[\s,]+$/.test(id)) {
        if (knownIds.has(id)) ids.push(id);
        else problems.push(unknownId(id, { start: offset, end: offset + id.length }, knownIds));
      }
      offset += id.length;
    }
    // A comment that names only unknown ids must not turn into "disable everything".
    if (ids.length === 0 && match[2]!.trim() !== '') continue;
    directives.push({ kind: match[1] as Directive['kind'], ids, line: index.position(match.index).line });
  }
  if (directives.length === 0) return [...findings, ...problems];
  const kept = findings.filter((finding) => !disabled(directives, finding.rule, index.position(finding.span.start).line));
  return [...kept, ...problems].sort((a, b) => a.span.start - b.span.start);
}

// True when the rule is off on the line: the last disable/enable before it decides, and a
// disable-next-line on the line before it turns the rule off for that line alone.
function disabled(directives: readonly Directive[], rule: string, line: number): boolean {
  let off = false;
  for (const directive of directives) {
    if (directive.line > line) break;
    const names = directive.ids.length === 0 || directive.ids.includes(rule);
    if (!names) continue;
    if (directive.kind === 'disable') off = true;
    else if (directive.kind === 'enable') off = false;
    else if (directive.line === line - 1) return true;
  }
  return off;
}

// Inside an HTML node (a comment or an HTML block), not a code fence or inline code.
function isHtmlComment(doc: PostmortemDoc, offset: number): boolean {
  return doc.opaque.some((span) => span.start <= offset && offset < span.end && doc.text[span.start] === '<');
}

function unknownId(id: string, span: Span, knownIds: ReadonlySet<string>): Finding {
  const close = [...knownIds].find((known) => known.includes(id) || id.includes(known) || sameWithTypo(known, id));
  return {
    rule: CONFIG_RULE,
    severity: 'warning',
    message: `Unknown rule "${id}" in a postmortem comment${close ? ` (did you mean "${close}"?)` : ''}; the comment has no effect for it.`,
    span,
  };
}

function sameWithTypo(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 2 && editDistance(a, b, 2) <= 2;
}
