/** `.postmortemrc.json` read with comments and trailing commas, and a settings problem's key path found in its text. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { configFileProblems, configLayers, loadConfigFile, locateConfigPath, parseConfigText } from '../../server/src/engine/config-file';
import { rules } from '../../server/src/rules/registry';

const RC = [
  '{',
  '  // quieter while drafting',
  '  "rules": {',
  '    "timline-order": "error",',
  '    "required-sections": { "severity": "loud" },',
  '    "timestamp-style": {',
  '      "severity": "info",',
  '    },',
  '  },',
  '  "paths": ["**/reports/**", ""],',
  '}',
].join('\n');

/** The text a span covers. */
function marked(text: string, path: Array<string | number>): string {
  const span = locateConfigPath(text, path);
  return text.slice(span.start, span.end);
}

describe('locateConfigPath', () => {
  it('marks a property with a one-token value from its key to its value, so an unknown key is pointed at', () => {
    assert.equal(marked(RC, ['rules', 'timline-order']), '"timline-order": "error"');
    assert.equal(marked(RC, ['rules', 'required-sections', 'severity']), '"severity": "loud"');
  });

  it('marks only the key of a property whose value is a block', () => {
    assert.equal(marked(RC, ['rules', 'timestamp-style']), '"timestamp-style"');
    assert.equal(marked(RC, ['rules']), '"rules"');
  });

  it('marks an array item itself', () => {
    assert.equal(marked(RC, ['paths', 1]), '""');
    assert.equal(marked(RC, ['paths', 0]), '"**/reports/**"');
  });

  it('falls back to the nearest parent the file holds, then to the start of the file', () => {
    assert.equal(marked(RC, ['rules', 'timestamp-style', 'toleranceMinutes']), '"timestamp-style"');
    assert.equal(marked(RC, ['timestamps', 'style']), '{', 'the whole file: its opening brace');
    assert.deepEqual(locateConfigPath('', ['rules']), { start: 0, end: 0 });
  });

  it('marks the opening bracket of a file that is a list, and the whole value of one that is a string', () => {
    assert.equal(marked('[\n  "rules"\n]', []), '[');
    assert.equal(marked('  "strict"\n', []), '"strict"');
  });

  it('finds the line of each problem resolveConfig reports for the file', () => {
    const file = { path: 'rc', text: RC, ...parseConfigText('rc', RC) };
    const problems = configFileProblems(file, resolveConfig(rules, configLayers(file)).problems);
    const lineOf = (offset: number) => RC.slice(0, offset).split('\n').length;
    assert.deepEqual(
      problems.map((problem) => [lineOf(problem.span.start), problem.message]),
      [
        [10, '"paths": "" is not a glob pattern'],
        [4, 'unknown rule "timline-order" (did you mean "timeline-order"?)'],
        [5, 'rule "required-sections": severity "loud" is not one of off, hint, info, warning, error'],
      ],
    );
  });

  it('keeps only the problems of this file', () => {
    const file = { path: '/a/.postmortemrc.json', text: '{}', ...parseConfigText('/a/.postmortemrc.json', '{}') };
    assert.deepEqual(configFileProblems(file, [{ source: 'settings (postmortem.*)', path: ['timezone'], message: 'bad' }]), []);
  });
});

describe('parseConfigText', () => {
  it('accepts comments and trailing commas', () => {
    const { settings, error, syntaxError } = parseConfigText('rc', RC);
    assert.equal(error, undefined);
    assert.equal(syntaxError, undefined);
    assert.deepEqual((settings as { paths: string[] }).paths, ['**/reports/**', '']);
  });

  it('places a syntax error where the JSON breaks, and says what was expected', () => {
    const cases: Array<[string, string, string]> = [
      // text, the text at the error, its words
      ['{\n  "rules": {\n    "a": "off"\n    "b": "off"\n  }\n}', '"b"', 'a comma is expected'],
      ['{ "rules": ', '', 'a value is expected'],
      ['{ "rules" "off" }', '"off"', 'a colon is expected'],
      ["{ 'rules': {} }", "'rules'", 'JSON strings take double quotes, not single quotes'],
      ['{ "a": "unclosed }', '"unclosed }', 'this string is not closed'],
      ['{} {}', '{', 'the file should end here'],
      ['   \n', '', 'the file is empty (write {} for no settings)'],
    ];
    for (const [text, at, words] of cases) {
      const { settings, error, syntaxError } = parseConfigText('dir/.postmortemrc.json', text);
      assert.equal(settings, undefined, `${text}: a broken file gives no settings at all`);
      assert.equal(error, `dir/.postmortemrc.json is not valid JSON: ${words}`);
      assert.equal(syntaxError?.message, `not valid JSON: ${words}; the file is ignored until this is fixed`);
      assert.equal(text.slice(syntaxError!.span.start, syntaxError!.span.end), at, text);
    }
  });

  it('gives only the syntax error for a broken file, not settings problems', () => {
    const text = '{ "rules": { "nope": "off" }';
    const file = { path: 'rc', text, ...parseConfigText('rc', text) };
    assert.deepEqual(configFileProblems(file, resolveConfig(rules, configLayers(file)).problems), [file.syntaxError]);
    assert.deepEqual(configLayers(file), []);
  });
});

describe('loadConfigFile', () => {
  it('drops a byte-order mark, so offsets match what an editor shows', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'postmortem-rc-')), '.postmortemrc.json');
    writeFileSync(path, '\uFEFF{ "rules": { "nope": "off" } }');
    const file = loadConfigFile(path);
    assert.equal(file.text, '{ "rules": { "nope": "off" } }');
    const [problem] = configFileProblems(file, resolveConfig(rules, configLayers(file)).problems);
    assert.equal(file.text!.slice(problem!.span.start, problem!.span.end), '"nope": "off"');
  });

  it('tells a file it cannot read apart from one it cannot parse', () => {
    const missing = loadConfigFile(join(tmpdir(), 'no-such-dir-postmortem', '.postmortemrc.json'));
    assert.equal(missing.text, undefined);
    assert.equal(missing.syntaxError, undefined);
    assert.match(missing.error!, /^cannot read .*ENOENT/);
    assert.deepEqual(configLayers(missing), []);
  });
});
