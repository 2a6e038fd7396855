/** New postmortems: each profile's template, its snippet, and the new file's name and folder. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { PROFILE_IDS, profileOf, type ProfileId } from '../../server/src/judging/profiles';
import { detectPostmortem } from '../../server/src/parse/detect';
import { rules } from '../../server/src/rules/registry';
import { busiestFolder, isoDay, libraryFolderSetting, MAX_SLUG_LENGTH, postmortemFileName, titleSlug } from '../../server/src/templates/file-name';
import { postmortemSnippet, postmortemTemplate, templateChoices, templateLines } from '../../server/src/templates/template';
import { SNIPPETS_PATH, snippetsWithTemplates } from '../../scripts/template-snippets';

const ROOT = resolve(__dirname, '..', '..');
const OPTIONS = { title: 'Checkout outage', date: '2025-03-04' };

// Findings a template must never get under its own profile: its structure and its times are the profile's own.
const STRUCTURE_OR_TIME = /^(?:required-sections|section-order|duplicate-section|empty-section|html-swallows-markdown|timestamp-.*|timezone-.*|timeline-order|date-weekday)$/;

// Lints with the profile chosen (or auto), section-order on so that the order is checked too.
function lintAs(text: string, profile: ProfileId | 'auto') {
  const { config, problems } = resolveConfig(rules, [{ source: 'test', settings: { profile, rules: { 'section-order': 'warning' } } }]);
  assert.deepEqual(problems, []);
  return lint({ text, config });
}

function describeFindings(text: string, findings: ReturnType<typeof lint>['findings']): string[] {
  return findings.map((finding) => `${finding.rule} "${text.slice(finding.span.start, finding.span.end)}": ${finding.message}`);
}

// The template with every piece of guidance written in, as a writer would: times in order, words elsewhere.
function filledIn(profile: ProfileId): string {
  let minute = 0;
  const values = { title: 'Checkout outage', date: '2025-03-04', zone: 'UTC' };
  const lines = templateLines(profile).map((line) =>
    line
      .map((piece) => {
        if (typeof piece === 'string') return piece;
        if ('value' in piece) return values[piece.value];
        if (piece.guidance === 'HH:MM') return `10:${String((minute += 7)).padStart(2, '0')}`;
        return piece.guidance === 'TODO' ? 'SEV-2' : 'The connection pool was exhausted after a configuration push.';
      })
      .join(''),
  );
  return `${lines.join('\n')}\n`;
}

// Expands a snippet body the way VS Code does when the writer accepts every default.
function expand(body: readonly string[], now: Date): string {
  const variables: Record<string, string> = {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_MONTH: String(now.getMonth() + 1).padStart(2, '0'),
    CURRENT_DATE: String(now.getDate()).padStart(2, '0'),
  };
  let text = body.join('\n').replace(/\$([A-Z_]+)/g, (_, name: string) => variables[name] ?? `$${name}`);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:((?:[^\\${}]|\\.)*)\}/g, '$1');
  }
  return text.replace(/\$\{?\d+\}?/g, '').replace(/\\([\\$}])/g, '$1');
}

describe('postmortem templates', () => {
  for (const id of PROFILE_IDS) {
    describe(id, () => {
      const text = postmortemTemplate(id, OPTIONS);

      it('is recognised as a postmortem by its content alone', () => {
        assert.equal(detectPostmortem(text, undefined, []), 'headings');
        assert.equal(detectPostmortem(text, 'docs/2025-03-04-checkout-outage.md', []), 'headings');
      });

      it('has the title, then the profile’s sections in its order, with its own headings', () => {
        const headings = [...text.matchAll(/^(#{1,6}) (.*)$/gm)].map((match) => `${match[1]} ${match[2]}`);
        assert.deepEqual(headings, ['# Checkout outage', ...profileOf(id).sections.map((section) => `## ${section.heading}${section.kinds.includes('timeline') ? ' (all times UTC)' : ''}`)]);
      });

      it('gets no structure, timestamp or timezone finding under its own profile, or under auto', () => {
        for (const profile of [id, 'auto'] as const) {
          const { doc, findings } = lintAs(text, profile);
          assert.ok(doc, 'linted as a postmortem');
          assert.deepEqual(describeFindings(text, findings.filter((finding) => STRUCTURE_OR_TIME.test(finding.rule))), [], `under ${profile}`);
        }
      });

      it('asks to be filled in: its leftovers are the "TODO"s of its guidance, one a line, and nothing else', () => {
        const leftovers = lintAs(text, id).findings.filter((finding) => finding.rule === 'template-leftover');
        assert.ok(leftovers.length >= profileOf(id).sections.length, 'every section asks for its content');
        for (const finding of leftovers) assert.equal(text.slice(finding.span.start, finding.span.end), 'TODO', finding.message);
        const lines = leftovers.map((finding) => text.slice(0, finding.span.start).split('\n').length);
        assert.equal(new Set(lines).size, lines.length, 'one finding a line');
      });

      it('leaves nothing behind once its guidance is written over', () => {
        const filled = filledIn(id);
        const { findings } = lintAs(filled, id);
        assert.deepEqual(describeFindings(filled, findings.filter((finding) => finding.rule === 'template-leftover' || STRUCTURE_OR_TIME.test(finding.rule))), []);
      });

      it('states the timeline’s zone, the one given or UTC', () => {
        assert.match(text, /^## Timeline \(all times UTC\)$/m);
        const paris = postmortemTemplate(id, { ...OPTIONS, zone: 'Europe/Paris' });
        assert.match(paris, /^## Timeline \(all times Europe\/Paris\)$/m);
        assert.deepEqual(describeFindings(paris, lintAs(paris, id).findings.filter((finding) => STRUCTURE_OR_TIME.test(finding.rule))), []);
      });

      it('writes the action items as a task list', () => {
        const heading = profileOf(id).sections.find((section) => section.kinds.includes('corrective-measures'))!.heading;
        const after = text.slice(text.indexOf(`## ${heading}\n`)).split('\n').slice(1);
        const items = after.slice(0, after.findIndex((line, index) => index > 1 && line === '')).filter((line) => line !== '');
        assert.ok(items.length >= 2);
        for (const item of items) assert.match(item, /^- \[ \] /);
        if (id === 'google-sre') for (const item of items) assert.match(item, /\(Owner: TODO, Bug: TODO\)$/);
      });

      it('has a snippet that, with its defaults, writes the same report dated today', () => {
        const now = new Date(2025, 2, 4, 9, 5);
        const snippet = postmortemSnippet(id);
        assert.equal(snippet.prefix, `postmortem-${id}`);
        assert.equal(expand(snippet.body, now), postmortemTemplate(id, { title: 'Postmortem: what broke, in a few words', date: '2025-03-04' }));
      });
    });
  }

  it('offers every profile, with a name, a description and its sections', () => {
    assert.deepEqual(
      templateChoices().map((choice) => choice.id),
      [...PROFILE_IDS],
    );
    for (const choice of templateChoices()) {
      assert.ok(choice.name !== '' && choice.description !== '' && choice.sections.length > 0, choice.id);
    }
  });

  it('keeps the title on one line, and a closing "#" in it', () => {
    const text = postmortemTemplate('standard', { title: '  Queue   stalls on  shard #', date: '2025-03-04' });
    assert.equal(text.split('\n')[0], '# Queue stalls on shard \\#');
  });

  it('escapes snippet syntax in the guidance', () => {
    const body = postmortemSnippet('standard').body.join('\n');
    assert.doesNotMatch(body.replace(/\$\{\d+:|\$\{\d+\}|\$\d+|\$CURRENT_[A-Z]+|\\\$/g, ''), /\$/);
  });
});

describe('the snippets file', () => {
  const text = readFileSync(join(ROOT, SNIPPETS_PATH), 'utf8');

  it('holds the templates’ snippets as generated from them (run `npm run generate` if not)', () => {
    assert.equal(text, snippetsWithTemplates(text));
  });

  it('keeps the hand-written snippets, and has one per profile', () => {
    const snippets = JSON.parse(text) as Record<string, { prefix: string }>;
    const prefixes = Object.values(snippets).map((snippet) => snippet.prefix);
    for (const prefix of ['postmortem', 'timeline-entry', 'action-item', ...PROFILE_IDS.map((id) => `postmortem-${id}`)]) assert.ok(prefixes.includes(prefix), prefix);
  });
});

describe('a new postmortem’s file name and folder', () => {
  it('names the file by day and title', () => {
    assert.equal(postmortemFileName('2025-03-04', 'Checkout outage'), '2025-03-04-checkout-outage.md');
    assert.equal(postmortemFileName('2025-03-04', 'Checkout outage', 2), '2025-03-04-checkout-outage-2.md');
    assert.equal(postmortemFileName('2025-03-04', 'Checkout outage', 3), '2025-03-04-checkout-outage-3.md');
  });

  it('slugs a title into lower-case ASCII words and hyphens', () => {
    assert.equal(titleSlug('Checkout outage'), 'checkout-outage');
    assert.equal(titleSlug('  DB: 50% of writes failed (EU-West) '), 'db-50-of-writes-failed-eu-west');
    assert.equal(titleSlug('Café payments down — what’s next?'), 'cafe-payments-down-whats-next');
    assert.equal(titleSlug('../../etc/passwd'), 'etc-passwd');
    assert.equal(titleSlug('障害報告'), 'postmortem');
    assert.equal(titleSlug('!!!'), 'postmortem');
  });

  it('cuts a long title at a word, within the limit', () => {
    const slug = titleSlug('The payment gateway timed out for every customer in three regions after a certificate rotation');
    assert.ok(slug.length <= MAX_SLUG_LENGTH, slug);
    assert.equal(slug, 'the-payment-gateway-timed-out-for-every-customer-in-three');
    assert.equal(titleSlug('a'.repeat(100)), 'a'.repeat(MAX_SLUG_LENGTH));
  });

  it('dates by the local day', () => {
    assert.equal(isoDay(new Date(2025, 0, 5, 23, 59)), '2025-01-05');
  });

  it('puts it next to the others: the folder with the most postmortems, the shallower on a tie', () => {
    assert.equal(busiestFolder(['docs/postmortems/a.md', 'docs/postmortems/b.md', 'incident-2023.md']), 'docs/postmortems');
    assert.equal(busiestFolder(['a/x.md', 'b/c/y.md']), 'a');
    assert.equal(busiestFolder(['b/x.md', 'a/y.md']), 'a');
    assert.equal(busiestFolder(['x.md', 'a/y.md']), '');
    assert.equal(busiestFolder(['docs\\postmortems\\a.md']), 'docs/postmortems');
    assert.equal(busiestFolder([]), undefined);
  });

  it('reads postmortem.library.folder: unset, a folder inside the workspace, or what is wrong', () => {
    assert.equal(libraryFolderSetting(undefined), undefined);
    assert.equal(libraryFolderSetting('  '), undefined);
    assert.deepEqual(libraryFolderSetting('docs/postmortems/'), { parts: ['docs', 'postmortems'] });
    assert.deepEqual(libraryFolderSetting('./docs\\incidents'), { parts: ['docs', 'incidents'] });
    assert.deepEqual(libraryFolderSetting('.'), { parts: [] });
    assert.deepEqual(libraryFolderSetting('docs/../reports'), { parts: ['reports'] });
    for (const bad of ['/srv/postmortems', 'C:\\reports', '~/reports', '../elsewhere', 'docs/../../x', 42]) {
      assert.ok(libraryFolderSetting(bad) && 'problem' in libraryFolderSetting(bad)!, String(bad));
    }
  });

  it('is a setting the server accepts from the editor without calling it unknown', () => {
    assert.deepEqual(resolveConfig(rules, [{ source: 'settings', settings: { library: { folder: 'docs/postmortems' } } }]).problems, []);
  });
});
