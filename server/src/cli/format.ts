/**
 * The CLI's output formats, 1-based lines and columns: text lines, JSON, SARIF 2.1.0 (GitHub code
 * scanning) and GitHub Actions workflow commands (annotations on the pull request).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
// A namespace import lets the bundler keep only the fields read here (version, repository), not the whole manifest.
import * as manifest from '../../../package.json';
import { CONFIG_RULE } from '../engine/suppressions';
import { LineIndex } from '../parse/lines';
import type { Finding, Severity } from '../rules/types';

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

/** What SARIF says about a rule: its id, what it checks, its default severity. */
export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity | 'off';
}

// Not in the registry: problems in .postmortemrc.json and in inline comments are reported under it.
const CONFIG_RULE_INFO: RuleInfo = {
  id: CONFIG_RULE,
  description: 'Settings steer the rules as meant: .postmortemrc.json is valid, and settings and inline comments name known rules and values.',
  severity: 'error',
};

const SARIF_LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

/**
 * One SARIF 2.1.0 run: the tool with every rule (and `config`), one result per finding. Paths below
 * `cwd` are relative to `%SRCROOT%` (the checkout, for GitHub), others absolute `file:` URIs.
 */
export function formatSarif(findings: readonly LocatedFinding[], rules: readonly RuleInfo[], cwd: string): string {
  const described = [...rules, CONFIG_RULE_INFO];
  const index = new Map(described.map((rule, position) => [rule.id, position]));
  const repository = repositoryUrl();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem-lint',
            version: manifest.version,
            ...(repository ? { informationUri: repository } : {}),
            rules: described.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: helpUri(rule.id, repository),
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/$/, '')}/` } },
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ...(index.has(finding.rule) ? { ruleIndex: index.get(finding.rule) } : {}),
          level: SARIF_LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(finding.file, cwd),
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands, `::warning file=F,line=L,...,title=postmortem/<rule>::message`, one per finding. */
export function formatGithub(findings: readonly LocatedFinding[], cwd: string): string {
  return findings
    .map((finding) => {
      const properties = [
        `file=${escapeProperty(slashPath(finding.file, cwd))}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(`postmortem/${finding.rule}`)}`,
      ];
      return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    })
    .join('');
}

/** A workflow command's message: `%`, CR and LF would end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: as a message, and `:` and `,` too, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// A path below `cwd` relative to it with forward slashes (as GitHub names files in the checkout); others absolute.
function slashPath(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const below = relative(cwd, absolute);
  return below !== '' && !below.startsWith('..') && !isAbsolute(below) ? below.split(sep).join('/') : absolute;
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const path = slashPath(file, cwd);
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

// The rule's page: on the repository when package.json names one, else the path in this package.
function helpUri(ruleId: string, repository: string | undefined): string {
  return repository ? `${repository}/blob/HEAD/docs/rules/${ruleId}.md` : `docs/rules/${ruleId}.md`;
}

/** package.json's repository as an https URL ("github:o/r", "o/r", "git+https://github.com/o/r.git"), if any. */
export function repositoryUrl(): string | undefined {
  const field = (manifest as { repository?: string | { url?: string } }).repository;
  const raw = typeof field === 'string' ? field : field?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]!.replace(/\.git$/, '')}`;
  const url = raw.replace(/^git\+/, '').replace(/\.git$/, '');
  return url.startsWith('https://') ? url : undefined;
}
