/** The CLI's output formats: text lines and JSON, 1-based lines and columns. */
import { LineIndex } from '../parse/lines';
import type { Finding } from '../rules/types';

/** A finding located in a file, as the JSON format prints it. */
export interface LocatedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  rule: string;
  message: string;
  fixable: boolean;
}

/** Locates findings in `text` with 1-based lines and columns (UTF-16, as editors count). */
export function locate(file: string, text: string, findings: readonly Finding[]): LocatedFinding[] {
  const index = new LineIndex(text);
  return findings.map((finding) => {
    const start = index.position(finding.span.start);
    const end = index.position(finding.span.end);
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      severity: finding.severity,
      rule: finding.rule,
      message: finding.message,
      fixable: finding.fix !== undefined,
    };
  });
}

/** `path:line:col: severity rule-id message`, one line per finding. */
export function formatText(findings: readonly LocatedFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${f.message}\n`).join('');
}

/** The findings as a JSON array. */
export function formatJson(findings: readonly LocatedFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}
