/** The shared core: lint a text and fix it. The CLI, the language server and the tests all call this. */
import { isAbsolute, relative as relativePath } from 'node:path';
import { detectPostmortem } from '../parse/detect';
import { parsePostmortem } from '../parse/parse';
import type { PostmortemDoc } from '../parse/types';
import { rules as registry } from '../rules/registry';
import { outline, type OutlineNode } from '../parse/outline';
import { proseText } from '../parse/prose';
import { profileFor } from '../judging/infer-profile';
import { unknownZonesAfterSummaryTimes } from '../judging/unknown-zones';
import type { Profile } from '../judging/profiles';
import type { SharedSettings } from '../judging/settings';
import type { DocumentViews, Finding, Fix, Rule } from '../rules/types';
import type { ResolvedConfig } from './config';
import { applyFixes } from './fixes';
import { readIncidentClock, type IncidentClock } from './incident-clock';
import { applyInlineComments } from './suppressions';
import type { UnknownZone } from '../time/zone';

/** What to lint. `path` decides detection by glob; without it only content counts. */
export interface LintInput {
  text: string;
  path?: string | undefined;
  /** The folder globs are relative to (the workspace folder, the CLI's working directory). */
  root?: string | undefined;
  config: ResolvedConfig;
  /** Where a rule's crash is reported; the other rules still run. */
  log?: (message: string) => void;
  /** The rules to run; the registry by default (tests pass their own). */
  rules?: readonly Rule[];
}

/** The parsed document (undefined when the file is not a postmortem) and what the rules found. */
export interface LintResult {
  doc: PostmortemDoc | undefined;
  findings: Finding[];
  /** The readings the rules shared (the incident clock among them), for what is built after the lint; undefined with no doc. */
  views: DocumentViews | undefined;
}

/** Lints one document: a cheap detection first, then one parse shared by every rule. */
export function lint({ text, path, root, config, log, rules = registry }: LintInput): LintResult {
  const detectedBy = detectPostmortem(text, path === undefined ? undefined : relativeTo(root, path), config.paths);
  if (detectedBy === undefined) return { doc: undefined, findings: [], views: undefined };
  const doc = parsePostmortem(text, detectedBy);
  const views = documentViews(doc, config.settings);
  return { doc, findings: runRules(doc, config, rules, log, views), views };
}

/**
 * Every enabled rule on a parsed document, sorted, with inline comments applied. A rule that throws
 * is skipped and logged; the others still report.
 */
function runRules(doc: PostmortemDoc, config: ResolvedConfig, rules: readonly Rule[], log?: (message: string) => void, views = documentViews(doc, config.settings)): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = config.rules.get(rule.id) ?? { severity: rule.severity, options: {} };
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    try {
      rule.check({ doc, views, options: setting.options, settings: config.settings, report: (report) => findings.push({ ...report, rule: rule.id, severity }) });
    } catch (error) {
      log?.(`rule ${rule.id} failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return applyInlineComments(doc, findings, new Set(config.rules.keys()));
}

/** The shared readings of `doc`, each built when a rule first asks for it. */
export function documentViews(doc: PostmortemDoc, settings: Readonly<SharedSettings>): DocumentViews {
  let prose: string | undefined;
  let nodes: readonly OutlineNode[] | undefined;
  let profile: Profile | undefined;
  let clock: IncidentClock | undefined;
  let unknownZones: readonly UnknownZone[] | undefined;
  return {
    prose: () => (prose ??= proseText(doc)),
    outline: () => (nodes ??= outline(doc)),
    profile: () => (profile ??= profileFor(doc, settings.profile)),
    clock: () => (clock ??= readIncidentClock(doc, settings)),
    summaryUnknownZones: () => (unknownZones ??= unknownZonesAfterSummaryTimes(doc)),
  };
}

/** A finding as plain data, for crossing to another thread: whether it has a fix instead of the fix. */
export type PortableFinding = Omit<Finding, 'fix'> & { fixable: boolean };

/** The findings as plain data. */
export function portableFindings(findings: readonly Finding[]): PortableFinding[] {
  return findings.map(({ fix, ...rest }) => ({ ...rest, fixable: fix !== undefined }));
}

/**
 * Findings made elsewhere (a worker thread) with their fixes back: each fix is built on demand by
 * running its one rule again on `doc`, which costs a rule's check, not a parse.
 */
export function withFixes(doc: PostmortemDoc, findings: readonly PortableFinding[], config: ResolvedConfig, rules: readonly Rule[] = registry): Finding[] {
  return findings.map(({ fixable, ...finding }) => ({
    ...finding,
    fix: fixable
      ? () => {
          const rule = rules.filter((each) => each.id === finding.rule);
          const again = runRules(doc, config, rule).find((other) => other.span.start === finding.span.start && other.span.end === finding.span.end && other.message === finding.message);
          return again?.fix?.();
        }
      : undefined,
  }));
}

// Globs match the path below the root, so that a checkout in a folder named "postmortems" does not
// make every Markdown file in it a postmortem. A path outside the root is matched as it is.
function relativeTo(root: string | undefined, path: string): string {
  if (root === undefined) return path;
  const relative = relativePath(root, path);
  return relative.startsWith('..') || isAbsolute(relative) ? path : relative;
}

/** Every fix the findings offer for applying all at once (suggestions left out), built now. */
export function fixesOf(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => {
    const fix = finding.fix?.();
    return fix && !fix.suggestion ? [fix] : [];
  });
}

/** Options for `fixAll`. */
export interface FixAllOptions {
  /** The findings `input.rules` already gave for `input.text` (the editor's cached lint): saves one lint. */
  findings?: readonly Finding[];
}

/**
 * Applies every available fix, re-linting between passes until nothing changes (at most 10 passes),
 * as `--fix` and fix-all on save do. A pass that leaves the same fixable findings made no progress
 * and is undone, so a fix that cannot take effect is never applied over and over. `input.rules`
 * limits both the rules run and the fixes applied (normalising only the time rules' fixes).
 */
export function fixAll(input: LintInput, options: FixAllOptions = {}): { text: string; fixed: number } {
  let text = input.text;
  let fixed = 0;
  let findings = options.findings ?? lint({ ...input, text }).findings;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = fixesOf(findings);
    if (fixes.length === 0) break;
    const result = applyFixes(text, fixes);
    if (result.applied.length === 0 || result.text === text) break;
    const next = lint({ ...input, text: result.text }).findings;
    if (signature(next) === signature(findings)) break;
    fixed += result.applied.length;
    text = result.text;
    findings = next;
  }
  return { text, fixed };
}

function signature(findings: readonly Finding[]): string {
  return findings
    .filter((finding) => finding.fix)
    .map((finding) => `${finding.rule}\u0000${finding.message}`)
    .join('\u0001');
}
