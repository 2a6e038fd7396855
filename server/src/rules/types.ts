/** The contract every rule follows: metadata plus a pure, synchronous check. */
import type { IncidentClock } from '../engine/incident-clock';
import type { OutlineNode } from '../parse/outline';
import type { PostmortemDoc, Span } from '../parse/types';
import type { Profile } from '../judging/profiles';
import type { SharedSettings } from '../judging/settings';
import type { UnknownZone } from '../time/zone';

/** How loudly a finding is reported. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One replacement in the document text. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/**
 * A named set of edits that repairs one finding. Applied atomically by `applyFixes`. A suggestion
 * (as ESLint calls it) is offered as a quick fix but never applied by fix-all, `--fix` or on save:
 * it rewrites what only the author can judge (a stated duration, a sentence).
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  suggestion?: boolean;
}

/** What a rule reports: a message about a span, and optionally how to fix it (built on demand). */
export interface Report {
  message: string;
  span: Span;
  fix?: () => Fix | undefined;
}

/** A report with the rule and severity attached, as the engine returns it. */
export interface Finding extends Report {
  rule: string;
  severity: Severity;
}

/** Readings of the document that several rules share, each built on first use and once per lint. */
export interface DocumentViews {
  /** The text with code, HTML, front matter and link targets blanked (offsets kept). */
  prose(): string;
  /** The sections nested as authors nest them. */
  outline(): readonly OutlineNode[];
  /** The profile the report is judged by: the chosen one, or the layout `auto` infers from its headings. */
  profile(): Profile;
  /** The timeline on real time, read once and shared with the hover, the inlay hints and the preview. */
  clock(): IncidentClock;
  /** Zones no one can resolve written after the summary's times ("14h47 GTM+2"). */
  summaryUnknownZones(): readonly UnknownZone[];
}

/** What a rule's check receives. */
export interface RuleContext {
  doc: PostmortemDoc;
  views: DocumentViews;
  /** The rule's options: every declared option, from configuration or its default, already checked. */
  options: Readonly<Record<string, unknown>>;
  /** Settings shared by rules and features: the default timezone, the timestamp style. */
  settings: Readonly<SharedSettings>;
  report(report: Report): void;
}

/**
 * An option a rule accepts (`postmortem.rules.<id>: {severity, <name>: value}`). Configuration
 * checks the type and bounds, names a bad value and uses the default, so a rule reads
 * `options[name]` already valid. The settings schema is generated from these.
 */
export type RuleOption =
  | { type: 'number'; default: number; minimum?: number; maximum?: number; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description: string }
  | { type: 'string[]'; default: readonly string[]; description: string };

/** A rule: its id (kebab-case, also its file and doc name), metadata, and check. */
export interface Rule {
  id: string;
  description: string;
  /** The default severity; `off` for a rule that is right too rarely to run unasked (its page says why). */
  severity: Severity | 'off';
  tags: readonly string[];
  fixable: boolean;
  /** The options the rule accepts, with their defaults. */
  options?: Readonly<Record<string, RuleOption>>;
  check(context: RuleContext): void;
}
