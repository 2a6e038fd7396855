/** What a timeline entry says happened: the phase table, negation, and the words kept for the hover. */
import assert from 'node:assert/strict';
import { describesOutageStart } from '../../server/src/engine/incident-clock';
import { entryPhases, isNegated, type Phase } from '../../server/src/parse/phases';

/** Each phase the sentence shows, with the words that showed it. */
function phases(description: string): Array<[Phase, string]> {
  return entryPhases(description).map((found) => [found.phase, description.slice(found.match.start, found.match.end)]);
}

function phaseNames(description: string): Phase[] {
  return entryPhases(description).map((found) => found.phase);
}

describe('entryPhases', () => {
  const cases: Array<[string, Phase[]]> = [
    // trigger
    ['Schema migration deployed to the orders database', ['trigger']],
    ['Feature-flag config push begins', ['trigger']],
    ['Release 4.2 was rolled out to every region', ['trigger']],
    ['Bob merges the pull request that bumps the pool size', ['trigger']],
    ['Requests to the image service spike after the newsletter goes out', ['trigger']],
    ['The wildcard certificate expired', ['trigger']],
    // outage-start
    ['Checkout errors begin', ['outage-start']],
    ['The API starts returning errors for EU users', ['outage-start']],
    ['Search goes down in both zones', ['outage-start']],
    // detection
    ['Latency alert fires for the payments API', ['detection']],
    ['Alert "queue-depth-high" pages the platform on-call', ['detection']],
    ['Grafana dashboard shows the error rate climbing', ['detection']],
    ['Synthetic checks flagged the login page as unreachable', ['detection']],
    ['A customer complained on the support chat', ['detection']],
    ['Several users opened tickets about missing invoices', ['detection']],
    ['Reports of blank pages start coming in', ['detection']],
    ['On-call engineer noticed the queue growing', ['detection']],
    // escalation
    ['Escalated to the database team', ['escalation']],
    ['Maria takes the incident commander role', ['escalation']],
    ['Storage experts called in', ['escalation']],
    ['SEV-1 declared; status page updated', ['escalation']],
    ['On-call paged the network team', ['escalation']],
    ['The database on-call was paged', ['detection']],
    ['Networking team was notified', ['escalation']],
    ['Amina joins and reads the error log', ['escalation']],
    ['Assigned to investigate: the storage on-call', ['escalation']],
    // mitigation
    ['We rolled back to build 311', ['mitigation']],
    ['Traffic failed over to the west region', ['mitigation']],
    ['Workers restarted one by one', ['mitigation']],
    ['Scaled out the web tier to 12 nodes', ['mitigation']],
    ['Disabled the new-pricing flag', ['mitigation']],
    ['Rate-limited the export endpoint', ['mitigation']],
    // resolution
    ['Incident resolved', ['resolution']],
    ['Uploads restored for all customers', ['resolution']],
    ['Queue drained and latency back to normal', ['mitigation', 'resolution']],
    ['Error rate back to baseline; all clear given', ['resolution']],
    ['The site is up and running again', ['resolution']],
    ['The service was 100% back.', ['resolution']],
    ['Ticket closed after a quiet hour', ['resolution']],
    ['Rates recover by 15:40', ['resolution']],
    ['Cache warm again; latency normal', ['resolution']],
    ['Successful rollback of the config change', ['mitigation', 'resolution']],
    ['Server is now serving the new page', ['resolution']],
    // nothing
    ['Team starts reading the logs', []],
    ['Suspected the cache and checked its hit rate', []],
  ];
  for (const [description, expected] of cases) {
    it(`"${description}" → ${expected.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(phaseNames(description).sort(), [...expected].sort());
    });
  }

  it('keeps the words and a short keyword for each phase, in the order they appear', () => {
    assert.deepEqual(phases('Alert fires, on-call rolls back the deploy and service is restored'), [
      ['detection', 'Alert fires'],
      ['mitigation', 'rolls back'],
      ['resolution', 'restored'],
    ]);
    assert.deepEqual(
      entryPhases('Escalated to storage').map(({ phase, keyword }) => [phase, keyword]),
      [['escalation', 'escalated']],
    );
  });

  it('prefers a cue that names the means of detection over a bare "detected"', () => {
    assert.deepEqual(
      entryPhases('Problem detected when the disk alert fired').map(({ phase, keyword }) => [phase, keyword]),
      [['detection', 'alert']],
    );
    assert.deepEqual(
      entryPhases('Problem detected by the on-call').map(({ phase, keyword }) => [phase, keyword]),
      [['detection', 'noticed']],
    );
  });

  describe('negation: a denied or hoped-for event is not a phase', () => {
    const negatives: Array<[string, Phase[]]> = [
      ['No alert fired for the first forty minutes', []],
      ['We did not roll back because the schema had changed', []],
      ["We didn't restart the primary", []],
      ['The incident was never escalated', []],
      ['Nothing detected by the health checks', []],
      ['Failed configuration change rollback', []],
      ['Configuration rollback failed', []],
      ['Waited for the replica until it is restored', []],
      ['Tried to restart the broker', []],
      ['Without a failover the region stayed dark', []],
      // The rollback happened; the resolution did not.
      ['Rolling back did not resolve the issue', ['mitigation']],
    ];
    for (const [description, expected] of negatives) {
      it(`"${description}" → ${expected.join(', ') || 'nothing'}`, () => {
        assert.deepEqual(phaseNames(description), expected);
      });
    }

    it('a negation in an earlier clause does not reach the next one', () => {
      assert.deepEqual(phaseNames('No data was lost, and the service was restored at noon'), ['resolution']);
      assert.deepEqual(phaseNames('The restart did not help; we rolled back'), ['mitigation']);
    });

    it('isNegated reads a few words back and a clause forward', () => {
      const text = 'we did not really roll back';
      assert.equal(isNegated(text, text.indexOf('roll'), text.length), true);
      const far = 'nothing was wrong with the queue when we rolled back';
      assert.equal(isNegated(far, far.indexOf('rolled'), far.length), false);
    });
  });

  it('does not take a fix for the trigger, a stable version for stability, or an error coming back for recovery', () => {
    assert.deepEqual(phaseNames('Fix deployed to all hosts'), ['mitigation']);
    assert.deepEqual(phaseNames('Rolled back to the previous stable version'), ['mitigation']);
    assert.deepEqual(phaseNames('The errors are back after ten minutes'), []);
    assert.deepEqual(phaseNames('Monitoring showed normal behaviour again'), []);
  });

  it('reads through Markdown emphasis', () => {
    assert.deepEqual(phases('Website is **back**'), [['resolution', 'is **back']]);
  });

  describe('words are read by stem, in any tense', () => {
    const classes: Array<[string, Array<[string, Phase]>]> = [
      [
        'detection in the present tense, from people and from tests',
        [
          ['Two customers report that invoices show the wrong currency', 'detection'],
          ['A reader on the forum reports broken images', 'detection'],
          ['Subscribers are reporting missing newsletters', 'detection'],
          ['@lena files an issue about the login loop', 'detection'],
          ['@lena files #2231 and tags it urgent', 'detection'],
          ['The integration test is failing in CI on Windows', 'detection'],
          ['omar reports that the nightly build is red', 'detection'],
          ['All pull request checks fail on the main branch', 'detection'],
          ['We receive an email from a partner asking why exports are empty', 'detection'],
          ['The support desk forwards error reports from users', 'detection'],
          ['We recieved a ticket about the slow dashboard', 'detection'],
          ['Incoming complaint: checkout hangs on the last step', 'detection'],
          ['First reports arrive from the Berlin office', 'detection'],
          ['A maintainer reported the failing install in the Discord channel', 'detection'],
        ],
      ],
      [
        'recovery words',
        [
          ['Restarting the pods, resolving the issue for all tenants', 'resolution'],
          ['The database revived after the disk was freed', 'resolution'],
          ['Customers regained access to their dashboards', 'resolution'],
          ['The queue is back to full health', 'resolution'],
          ['The config was successfully reloaded', 'resolution'],
          ['The certificate chain was succesfully redeployed', 'resolution'],
          ['Ops corrected the problem in the proxy rules', 'resolution'],
          ['The payments service is healthy again', 'resolution'],
          ['Error rates normalized within minutes', 'resolution'],
          ['The users were back to transacting as business as usual', 'resolution'],
        ],
      ],
      [
        'escalation',
        [
          ['The package maintainers are contacted about the bad release', 'escalation'],
          ['@mira tagged three engineers from the storage group', 'escalation'],
          ['Another team (the network team) was brought in', 'escalation'],
          ['The database team confirms the replica lag', 'escalation'],
          ['Pinged the on-call lead for a decision', 'escalation'],
          ['Raised to SEV-2 after the second region failed', 'escalation'],
          ['@kai marks the issue as P1', 'escalation'],
          ['The ticket was assigned to the backend engineer on call', 'escalation'],
          ['We opened a support case with the hosting provider', 'escalation'],
          ['Notifyed both the front end and backend teams', 'escalation'],
          ['Support ticket was opened; the provider answered ten minutes later', 'escalation'],
        ],
      ],
    ];
    for (const [name, cases] of classes) {
      describe(name, () => {
        for (const [description, phase] of cases) {
          it(`"${description}" → ${phase}`, () => assert.ok(phaseNames(description).includes(phase), JSON.stringify(phases(description))));
        }
      });
    }

    const falseCues: Array<[string, Phase]> = [
      ['Strace shows the worker performing system calls in a tight loop', 'escalation'],
      ['The API calls in the retry path time out', 'escalation'],
      ['Pulled in a new version of the YAML parser', 'escalation'],
      ['The error rate is going down slowly', 'outage-start'],
      ['Latency went down after the cache warmed', 'outage-start'],
      ['Their service was operational the whole time, the vendor says', 'resolution'],
      ['Engineers worked to restore the index', 'resolution'],
      ['Discussed rolling back the schema change', 'mitigation'],
      ['V3.2.1+hotfix.2 is released to the beta channel', 'mitigation'],
      ['A support ticket was opened by a customer about failed logins', 'escalation'],
    ];
    for (const [description, phase] of falseCues) {
      it(`"${description}" is no ${phase}`, () => assert.ok(!phaseNames(description).includes(phase), JSON.stringify(phases(description))));
    }

    it('keeps negation and hypotheticals', () => {
      assert.deepEqual(phaseNames('We decided not to roll back'), []);
      assert.deepEqual(phaseNames('No escalation was needed'), []);
      assert.deepEqual(phaseNames('Users could not log in until the cache was restored'), []);
      assert.deepEqual(phaseNames('If the customers report it again we will escalate'), []);
    });
  });

  it('shares the outage-start words with the incident clock', () => {
    for (const description of ['Outage begins', 'users report 502s', 'DNS went down']) {
      assert.equal(describesOutageStart(description), true);
      assert.ok(phaseNames(description).includes('outage-start'), description);
    }
    assert.equal(describesOutageStart('Alert fires'), false);
  });
});
