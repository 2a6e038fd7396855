/** The contract every rule follows: metadata plus a pure, synchronous check. */
import type { SharedSettings } from '../engine/config';
import type { PostmortemDoc, Span } from '../parse/types';

/** How loudly a finding is reported. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One replacement in the document text. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A named set of edits that repairs one finding. Applied atomically by `applyFixes`. */
export interface Fix {
  title: string;
  edits: TextEdit[];
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

/** What a rule's check receives. */
export interface RuleContext {
  doc: PostmortemDoc;
  /** The rule's options from configuration (empty when none were given). */
  options: Readonly<Record<string, unknown>>;
  /** Settings shared by rules and features: the default timezone, the timestamp style. */
  settings: Readonly<SharedSettings>;
  report(report: Report): void;
}

/** A rule: its id (kebab-case, also its file and doc name), metadata, and check. */
export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  tags: readonly string[];
  fixable: boolean;
  check(context: RuleContext): void;
}
