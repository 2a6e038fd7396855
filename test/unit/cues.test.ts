/** The cue matcher: words by stem, the phrase notation, and negation on the same words. */
import assert from 'node:assert/strict';
import { compilePhrase, CueMatcher, tokenize, type CueSpec, type Words } from '../../server/src/parse/cues/match';
import { negatedAt } from '../../server/src/parse/cues/negation';

/** The words each match covers, in the order the matcher finds them. */
function matches(phrases: string[], text: string, extra: Partial<CueSpec> = {}): string[] {
  const words = tokenize(text);
  const found: string[] = [];
  new CueMatcher([{ phrases, ...extra }]).scan(words, ({ first, last }) => {
    found.push(text.slice(words.start(first), words.end(last)));
  });
  return found;
}

function list(words: Words): string[] {
  return Array.from({ length: words.length }, (_, index) => words.original(index));
}

describe('cue matcher', () => {
  describe('words', () => {
    it('keeps UTF-16 offsets, reads emphasis and hyphens as spaces, and URLs as no words', () => {
      const text = 'The **café** re-opened: see https://example.com/a-b?c=d then 🙂 “OK”.';
      const words = tokenize(text);
      assert.deepEqual(list(words), ['The', 'café', 're', 'opened', 'see', 'then', 'OK']);
      assert.equal(text.slice(words.start(1), words.end(1)), 'café');
      assert.equal(text.slice(words.start(6), words.end(6)), 'OK');
    });

    it('keeps contractions, handles, issue numbers and version numbers as one word', () => {
      assert.deepEqual(list(tokenize("@ana didn't file #4312 against v2.10.1+build.7")), ['@ana', "didn't", 'file', '#4312', 'against', 'v2.10.1', 'build.7']);
    });

    it('stems every word: inflections share a stem', () => {
      const words = tokenize('report reports reported reporting');
      assert.equal(new Set(Array.from({ length: words.length }, (_, index) => words.stem(index))).size, 1);
    });

    it('marks where a phrase cannot run on and where a clause starts', () => {
      const words = tokenize('alert fires, then (the on-call) "looks"');
      assert.deepEqual(
        Array.from({ length: words.length }, (_, index) => [words.original(index), words.joined(index), words.clause(index), words.quote(index)]),
        [
          ['alert', false, true, false],
          ['fires', true, false, false],
          ['then', false, true, false],
          ['the', true, true, false],
          ['on', true, false, false],
          ['call', true, false, false],
          ['looks', true, true, true],
        ],
      );
    });
  });

  describe('phrases', () => {
    it('match any inflection of each word', () => {
      assert.deepEqual(matches(['user report'], 'Users reported it. A user reports it. Users reporting it.'), ['Users reported', 'user reports', 'Users reporting']);
    });

    it('match irregular forms listed with the word', () => {
      assert.deepEqual(matches(['go down'], 'The site went down; the API goes down; the queue is going down'), ['went down', 'goes down', 'going down']);
      assert.deepEqual(matches(['bring in'], 'The DBA was brought in'), ['brought in']);
    });

    it('take alternatives, optional words and gaps of at most N words, shortest first', () => {
      assert.deepEqual(matches(['alert|alarm the? fire'], 'alarm fired; the alert fires; alert the fire; alert a fire'), ['alarm fired', 'alert fires', 'alert the fire']);
      assert.deepEqual(matches(['receive ~2 alert'], 'received two automated alerts; received many more automated alerts'), ['received two automated alerts']);
    });

    it('take a quoted name as one gap', () => {
      assert.deepEqual(matches(['alert ~" fire'], 'Alert "disk-nearly-full" fires; alert thresholds fire'), ['Alert "disk-nearly-full" fires']);
    });

    it('take a literal spelling where the stem would over-match', () => {
      assert.deepEqual(matches(['=failed'], 'failing tests failed'), ['failed']);
    });

    it('take a pattern on the word as written', () => {
      assert.deepEqual(matches(['/^5(?:\\d\\d|xx)s$/i'], 'users saw 502s and 5XXs, not 200s'), ['502s', '5XXs']);
      assert.deepEqual(matches(['/^[A-Z][a-z]+$/ =joins'], 'Amina joins; everyone joins'), ['Amina joins']);
    });

    it('do not run on across punctuation, a blank line or a new list item, but do across a wrapped line', () => {
      assert.deepEqual(matches(['call in'], 'the on-call. In the morning'), []);
      assert.deepEqual(matches(['user ~3 report'], 'users, as the dashboard reports'), []);
      assert.deepEqual(matches(['end of outage'], '- 10:00 Backups restored. END OF\n  OUTAGE'), ['END OF\n  OUTAGE']);
      assert.deepEqual(matches(['end of outage'], 'the end of\n\noutage'), []);
      assert.deepEqual(matches(['user report'], '- 10:00 Users\n- 10:05 Reports'), []);
    });

    it('are dropped after a word they must not follow (auxiliaries aside) or before a phrase they must not precede', () => {
      assert.deepEqual(matches(['call in'], 'system calls in a loop; the DBA is called in', { notBefore: 'system|api' }), ['called in']);
      assert.deepEqual(matches(['go down'], 'latency is going down; the site goes down', { notBefore: 'latency' }), ['goes down']);
      assert.deepEqual(matches(['=paged'], 'on-call paged the DBA; on-call paged', { notAfter: ['the|a'] }), ['paged']);
    });

    it('are checked when they load', () => {
      assert.throws(() => compilePhrase('the? alert'), /must be there/);
      assert.throws(() => compilePhrase('~2 alert'), /must be there/);
      assert.throws(() => compilePhrase('/unclosed'), /unclosed/);
    });

    it('are looked up once per text, however many cues there are', () => {
      const cues = Array.from({ length: 300 }, (_, index) => ({ phrases: [`word${index} ~2 other${index}`] }));
      const matcher = new CueMatcher([...cues, { phrases: ['needle ~1 found'] }]);
      const text = 'hay '.repeat(20_000) + 'the needle is found';
      const words = tokenize(text);
      const started = performance.now();
      let found = 0;
      matcher.scan(words, () => void found++);
      assert.equal(found, 1);
      assert.ok(performance.now() - started < 500, 'one pass over 20,000 words');
    });
  });

  describe('negation on the same words', () => {
    function negated(text: string, cue: string): boolean {
      const words = tokenize(text);
      const start = text.indexOf(cue);
      const first = words.indexAt(start);
      const last = words.indexAt(start + cue.length - 1);
      return negatedAt(words, first, last);
    }

    it('reads a denial or a hope up to two words before the cue, in its clause', () => {
      assert.equal(negated('we did not roll back', 'roll back'), true);
      assert.equal(negated("we didn't really restart it", 'restart'), true);
      assert.equal(negated('tried to fail over', 'fail over'), true);
      assert.equal(negated('discussed rolling back the release', 'rolling back'), true);
      assert.equal(negated('no data lost, and we rolled back', 'rolled back'), false);
      assert.equal(negated('nothing was wrong with the queue when we rolled back', 'rolled back'), false);
      assert.equal(negated('a no-op config restored service', 'restored'), false);
    });

    it('reads a failure right after the cue, not an adjective before a noun', () => {
      assert.equal(negated('the rollback failed twice', 'rollback'), true);
      assert.equal(negated('the restart did not help', 'restart'), true);
      assert.equal(negated('users reported failed logins', 'users reported'), false);
      assert.equal(negated('we rolled back the failed deploy', 'rolled back'), false);
    });
  });
});
