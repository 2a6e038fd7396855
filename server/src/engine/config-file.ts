/**
 * Finding, reading and pointing into `.postmortemrc.json`, upward from a file. The file may hold
 * comments and trailing commas (as VS Code's own settings do). Errors become messages, never throws.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';
import type { Span } from '../parse/types';
import type { ConfigProblem } from './config';

/** The configuration file's name. */
export const CONFIG_FILE_NAME = '.postmortemrc.json';

/** A problem at a place in a configuration file's text. */
export interface ConfigFileProblem {
  span: Span;
  message: string;
}

/** A configuration file read from disk: its settings, or the reason it could not be used. */
export interface LoadedConfigFile {
  path: string;
  /** The text (without a byte-order mark) that spans point into; undefined when it could not be read. */
  text: string | undefined;
  /** The parsed settings; undefined when the file could not be read or is not valid JSON. */
  settings: unknown;
  /** Why the file could not be used, in one line naming it; undefined when it could. */
  error: string | undefined;
  /** Where the JSON breaks and why, for marking the file itself; undefined when it parses. */
  syntaxError: ConfigFileProblem | undefined;
}

const PARSE_OPTIONS: ParseOptions = { allowTrailingComma: true, disallowComments: false };

/** The nearest `.postmortemrc.json` at or above `directory`, or undefined. Stops at `stopAt` if given. */
export function findConfigFile(directory: string, stopAt?: string): string | undefined {
  let current = resolve(directory);
  const boundary = stopAt === undefined ? undefined : resolve(stopAt);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep looking upward
    }
    const parent = dirname(current);
    if (parent === current || current === boundary) return undefined;
    current = parent;
  }
}

/** Reads and parses a configuration file. A missing file or broken JSON yields an error message. */
export function loadConfigFile(path: string): LoadedConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const reason = `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    return { path, text: undefined, settings: undefined, error: reason, syntaxError: undefined };
  }
  return { path, text, ...parseConfigText(path, text) };
}

/** The settings layer a loaded file gives `resolveConfig`: none when it could not be read or parsed. */
export function configLayers(file: LoadedConfigFile): Array<{ source: string; settings: unknown }> {
  return file.error === undefined ? [{ source: file.path, settings: file.settings }] : [];
}

/** Parses a configuration file's text; a syntax error is located at the first place the JSON breaks. */
export function parseConfigText(path: string, text: string): Pick<LoadedConfigFile, 'settings' | 'error' | 'syntaxError'> {
  const errors: ParseError[] = [];
  const settings: unknown = parse(text, errors, PARSE_OPTIONS);
  const first = errors[0];
  if (!first) return { settings, error: undefined, syntaxError: undefined };
  const what = text.trim() === '' ? 'the file is empty (write {} for no settings)' : describeParseError(first, text);
  const span = { start: first.offset, end: first.offset + first.length };
  return {
    settings: undefined,
    error: `${path} is not valid JSON: ${what}`,
    syntaxError: { span, message: `not valid JSON: ${what}; the file is ignored until this is fixed` },
  };
}

/**
 * Everything wrong with a configuration file, each at its place in the text: the syntax error, or
 * the settings problems `resolveConfig` found in this file's layer (`source` is the file's path).
 */
export function configFileProblems(file: LoadedConfigFile, problems: readonly ConfigProblem[]): ConfigFileProblem[] {
  if (file.text === undefined) return [];
  if (file.syntaxError) return [file.syntaxError];
  const root = parseTree(file.text, [], PARSE_OPTIONS);
  return problems.filter((problem) => problem.source === file.path).map((problem) => ({ span: locate(root, problem.path), message: problem.message }));
}

/**
 * Where a settings problem's key path (`["rules", "timline-order"]`) is in the file's text. A
 * property is marked from its key to the end of its value when the value is one token
 * (`"timline-order": "error"`), else at its key alone, so an unknown key is always what is pointed
 * at and a mark never covers a whole block. A path the file does not hold falls back to its nearest
 * existing parent, then to the start of the file.
 */
export function locateConfigPath(text: string, path: ReadonlyArray<string | number>): Span {
  return locate(parseTree(text, [], PARSE_OPTIONS), path);
}

function locate(root: Node | undefined, path: ReadonlyArray<string | number>): Span {
  if (!root) return { start: 0, end: 0 };
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) return markNode(node);
  }
  return { start: 0, end: 0 };
}

// A value in a property: key through value when the value is one token, else the key. A value with
// no key (an array item, the whole file): itself, or its opening bracket when it is a block.
function markNode(node: Node): Span {
  const container = node.type === 'object' || node.type === 'array';
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (key) return { start: key.offset, end: container ? key.offset + key.length : node.offset + node.length };
  return { start: node.offset, end: node.offset + (container ? 1 : node.length) };
}

// jsonc-parser's error names (its codes are a const enum) in words.
const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this number is not written as JSON writes numbers',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing } is expected',
  CloseBracketExpected: 'a closing ] is expected',
  EndOfFileExpected: 'the file should end here',
  UnexpectedEndOfComment: 'this comment is not closed',
  UnexpectedEndOfString: 'this string is not closed',
  UnexpectedEndOfNumber: 'this number is cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'a control character inside a string',
};

// Single quotes are the usual slip in a hand-written file: say so rather than "unexpected character".
function describeParseError({ error, offset }: ParseError, text: string): string {
  if (text[offset] === "'") return 'JSON strings take double quotes, not single quotes';
  return PARSE_ERRORS[printParseErrorCode(error)] ?? 'unexpected text';
}
