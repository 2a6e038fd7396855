/**
 * One lint per document markdownlint hands its rules: the text rebuilt from markdownlint's lines
 * (front matter included, which detection reads), with the settings the CLI would use for the file
 * (the nearest `.postmortemrc.json` over the defaults).
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { RuleParams } from 'markdownlint';
import { resolveConfig } from '../engine/config';
import { configFileProblems, configLayers, findConfigFile, loadConfigFile } from '../engine/config-file';
import { lint } from '../engine/lint';
import { LineIndex } from '../parse/lines';
import { rules as registry } from '../rules/registry';
import type { Finding, Rule } from '../rules/types';

/** A document as linted for markdownlint. */
export interface LintedDocument {
  /** Every line, front matter first: the text our spans point into is these joined by "\n". */
  lines: readonly string[];
  /** How many of `lines` are front matter, which markdownlint leaves out of its own line numbers. */
  frontMatterLines: number;
  index: LineIndex;
  isPostmortem: boolean;
  findings: readonly Finding[];
  /** What is wrong with `.postmortemrc.json`, each as "path:line:column: message". */
  configProblems: readonly string[];
  /** What is wrong with options the markdownlint config gave a rule. */
  optionProblems?: readonly string[];
  /** The settings layers read for the file, for a lint with a rule's options on top. */
  layers: ReadonlyArray<{ source: string; settings: unknown }>;
}

// markdownlint hands every rule of one document the same frozen `lines` array. Keyed on it, a
// document is parsed and linted once for all our rules, and forgotten with markdownlint's own data.
const byLines = new WeakMap<readonly string[], LintedDocument>();

const OPTIONS_SOURCE = 'markdownlint config';

/** The document's findings under the file's settings, linted on the first rule's call. */
export function lintedDocument(params: RuleParams): LintedDocument {
  let document = byLines.get(params.lines);
  if (!document) {
    document = lintDocument(params);
    byLines.set(params.lines, document);
  }
  return document;
}

/** The document linted again by `rule` alone, with `options` from the markdownlint config over the file's settings. */
export function lintedWithOptions(params: RuleParams, rule: Rule, options: Record<string, unknown>): LintedDocument {
  const document = lintedDocument(params);
  const layers = [...document.layers, { source: OPTIONS_SOURCE, settings: { rules: { [rule.id]: options } } }];
  const { config, problems } = resolveConfig(registry, layers);
  const { findings } = lint({ text: document.lines.join('\n'), path: params.name, root: process.cwd(), config, rules: [rule] });
  return { ...document, findings, optionProblems: problems.filter((problem) => problem.source === OPTIONS_SOURCE).map((problem) => problem.message) };
}

function lintDocument(params: RuleParams): LintedDocument {
  const lines = originalLines(params);
  const text = lines.join('\n');
  const { layers, problems } = settingsFor(params.name);
  const { config } = resolveConfig(registry, layers);
  const log = (message: string) => process.stderr.write(`postmortem/markdownlint: ${params.name}: ${message}\n`);
  const { doc, findings } = lint({ text, path: params.name, root: process.cwd(), config, log });
  return { lines, frontMatterLines: params.frontMatterLines.length, index: new LineIndex(text), isPostmortem: doc !== undefined, findings, configProblems: problems, layers };
}

/**
 * The document's lines as written. markdownlint hides the text of HTML comments from rules (each
 * character but spaces becomes "."), which would hide `postmortem-disable` comments from us too; so
 * the file is read again and used when it is the same document, line for line and character for
 * character outside the comments. Otherwise (a string, an editor's unsaved buffer) markdownlint's
 * lines are used as they are.
 */
export function originalLines(params: Pick<RuleParams, 'name' | 'lines' | 'frontMatterLines'>): string[] {
  const given = [...params.frontMatterLines, ...params.lines];
  let text: string;
  try {
    text = readFileSync(params.name, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return given;
  }
  const read = text.split(/\r\n|\r|\n/);
  const same = read.length === given.length && read.every((line, index) => sameOutsideComments(line, given[index]!));
  return same ? read : given;
}

// Whether `hidden` is `line` with some characters hidden as ".".
function sameOutsideComments(line: string, hidden: string): boolean {
  if (line.length !== hidden.length) return false;
  for (let index = 0; index < line.length; index++) {
    if (line[index] !== hidden[index] && hidden[index] !== '.') return false;
  }
  return true;
}

// The nearest .postmortemrc.json above the file as a settings layer, and its problems located in it.
function settingsFor(name: string): { layers: Array<{ source: string; settings: unknown }>; problems: string[] } {
  const rcPath = findConfigFile(dirname(resolve(name)));
  if (rcPath === undefined) return { layers: [], problems: [] };
  const file = loadConfigFile(rcPath);
  if (file.text === undefined) return { layers: [], problems: [file.error ?? `cannot read ${rcPath}`] };
  const layers = configLayers(file);
  const { problems } = resolveConfig(registry, layers);
  const index = new LineIndex(file.text);
  const located = configFileProblems(file, problems).map(({ span, message }) => {
    const { line, character } = index.position(span.start);
    return `${displayPath(file.path)}:${line + 1}:${character + 1}: ${message}`;
  });
  return { layers, problems: located };
}

// A settings file is named relative to the working directory when it is below it, as the CLI names it.
function displayPath(path: string): string {
  const below = relative(process.cwd(), path);
  return below.startsWith('..') || isAbsolute(below) ? path : below;
}
