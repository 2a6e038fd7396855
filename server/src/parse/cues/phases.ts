/**
 * What timeline entries say happened, as data: for each phase of an incident, the phrases that show
 * it (read by stem, see match.ts for the notation), the keyword the preview and the hover show, and
 * a note on where the phrasing is commonly seen. Built from many public postmortems' timelines
 * (SRE-book style, GitHub and chat-log timelines, status pages, student "0x19" reports).
 */
import type { CueSpec } from './match';

/** A kind of moment in an incident's life. */
export type Phase = 'trigger' | 'outage-start' | 'detection' | 'escalation' | 'mitigation' | 'resolution';

export interface PhaseCue extends CueSpec {
  readonly phase: Phase;
  /** A short name for the cue, shown on hover. */
  readonly keyword: string;
  /** Where this phrasing is commonly seen. */
  readonly note: string;
  /** Counts only when no other cue of its phase matched ("detected" names no means; "alert fired" does). */
  readonly fallback?: boolean;
}

// What a change is called, and the verbs it is made with.
const CHANGE = 'config|configuration|change|update|upgrade|patch|release|deploy|deployment|migration|rollout|push|insertion|maintenance|commit|cronjob';
const CHANGE_DONE = 'push|deploy|apply|release|merge|ship|make|run|execute|initiate|start|begin|complete';
// A passive or perfect before a participle: "was deployed", "has been applied", "got merged".
const AUX = 'have? be|get? be?';

// Who or what watches a service.
const MONITORS = 'monitor|monitoring|pagerduty|pager|opsgenie|nagios|datadog|grafana|prometheus|sentry|pingdom|cloudwatch|statuscake|healthcheck|dashboard|graph|metric|zabbix|icinga|alertmanager|splunk';
// What a monitor does when it sees a problem.
const SEES = 'alert|detect|flag|notice|report|send|show|indicate|ping|page|fire|trigger|catch|spot|raise|blink';
// Who reports a problem from outside.
const REPORTERS = 'user|customer|client|visitor|reader|subscriber|merchant|shopper|player|partner|people|someone|developer|contributor|member';
// A problem, as a report names it.
const PROBLEMS = 'error|failure|issue|problem|breakage|warning|crash|outage|bug|timeout|slowness|trouble|glitch';
// Tests and builds whose failure is how many open-source incidents are noticed.
const CHECKS = '=test|=tests|=build|=builds|=ci|=pipeline|=pipelines|=check|=checks|=job|=jobs|=pr|=prs|=presubmit|=postsubmit|=workflow|=workflows|travis|jenkins|buildkite|bot|bots';

// Who is brought in when an incident is escalated.
// Who is told, in the passive ("the DBA was paged"); engineers being alerted is how a problem is detected.
const TOLD = 'team|lead|leadership|manager|management|senior|secondary|expert|specialist|vendor|provider|support|sre|dba|devops|commander|developer|executive|administrator|maintainer|owner|architect';
const RESPONDERS = `${TOLD}|=engineers|=engineering`;
// What is pulled in that is no person: "pulled in a new version of the parser".
const PULLED = 'version|change|dependency|package|update|code|commit|library|module|patch|fix|release';
// Teams that are someone else than the first responder: when one of them acts, it was brought in.
const OTHER_TEAMS = 'another|database|db|dba|network|networking|security|storage|infrastructure|infra|platform|vendor|provider|hosting|cloud|upstream|dns|identity|payments|kernel|hardware|datacenter';

export const PHASE_CUES: readonly PhaseCue[] = [
  // ——— trigger: the change or event that set the incident off ———
  {
    phase: 'trigger',
    keyword: 'change made',
    phrases: [`${CHANGE} ${AUX} ${CHANGE_DONE}`, `${CHANGE} ${AUX} roll out`, `${CHANGE} take effect`, `${CHANGE} go live`, `${CHANGE} kick off`, `pull request ${AUX} ${CHANGE_DONE}`, `cron job ${AUX} ${CHANGE_DONE}`],
    note: 'most timelines: "configuration pushed", "config push begins", "upgrade completes", "DNS changes take effect"',
  },
  {
    phase: 'trigger',
    keyword: 'change merged',
    phrases: ['merge|submit a|an|the|their|his|her|own ~1 change|pr|commit|patch', 'merge|submit a|an|the|their|his|her|own ~1 pull request'],
    note: 'open-source timelines: "merges own pull request", "submits a change"',
  },
  {
    phase: 'trigger',
    keyword: 'deploy',
    phrases: ['be|get be? =released|=deployed|=pushed|=shipped|=merged|=published', 'be|get be? =rolled out'],
    note: 'release notes and status pages: "is released to stable", "was deployed", "is published to pub"',
  },
  {
    phase: 'trigger',
    keyword: 'traffic spike',
    phrases: ['=traffic|=load|=requests to|on|for|from ~3 spike|surge|increase|jump|double', '=traffic|=load|=requests spike|surge|increase|jump|double', 'spike|surge in|of traffic|load|request'],
    note: 'capacity incidents: "traffic increases by 88x", "spike in requests"',
  },
  {
    phase: 'trigger',
    keyword: 'certificate expired',
    phrases: ['certificate|cert ~1 expire', '=expired ~1 certificate|cert'],
    note: 'expiry incidents: "the certificate expired", "expired TLS cert"',
  },
  {
    phase: 'trigger',
    keyword: 'external event',
    phrases: ['power|network|fiber|datacenter|region|upstream|provider outage|failure|cut', 'data center outage|failure|cut', 'disk be? full', 'disk be? fill up'],
    note: 'infrastructure incidents: "power outage", "upstream provider failure", "disk full"',
  },

  // ——— outage-start: the outage, its impact or its errors began ———
  // Kept small on purpose: a detection line ("alert fires") or a mitigation line must not be taken for the start.
  {
    phase: 'outage-start',
    keyword: 'outage began',
    phrases: [
      'outage|incident|impact|error|failure|downtime|degradation|disruption|breakdown be? begin|start',
      'error|failure|latency|timeout rate|count|level? be? begin|start to? rise|climb|spike|soar',
    ],
    note: 'SRE-book and status-page timelines: "OUTAGE BEGINS", "impact starts", "errors began", "error rates began climbing"',
  },
  {
    phase: 'outage-start',
    keyword: 'started failing',
    phrases: ['start|begin to? fail|error|crash|throw', 'start|begin to? time out', 'start|begin to? return ~2 error|failure', 'start|begin to? return ~2 /^5(?:\\d\\d|xx)s?$/i'],
    note: 'most timelines: "started failing", "begins erroring", "start returning errors", "started timing out"',
  },
  {
    phase: 'outage-start',
    keyword: 'users report',
    phrases: ['user|customer report', 'user|customer start|begin report'],
    note: 'support-driven timelines: "users report…", "customers started reporting…"',
  },
  {
    phase: 'outage-start',
    keyword: 'went down',
    phrases: ['go|be down'],
    // "latency went down", "error rate is down to 2%" are improvements.
    notBefore: 'latency|error|rate|load|traffic|usage|cpu|memory|count|number|pressure|queue|backlog|temperature|cost|time',
    notAfter: ['to|by'],
    note: 'short timelines: "site went down", "DNS is down"',
  },
  {
    phase: 'outage-start',
    keyword: '5xx errors',
    // Plural: "caused a 500 error" is usually an anecdote.
    phrases: ['/^5(?:\\d\\d|xx)s$/i', '/^5(?:\\d\\d|xx)$/i =errors'],
    note: 'web outages: "users report 502s", "5xx errors"',
  },

  // ——— detection: someone or something noticed the problem ———
  {
    phase: 'detection',
    keyword: 'alert',
    phrases: [
      `alert|alarm ~" be|have|first? be|have|first? fire|trigger|receive|send|raise|flag|indicate|show|notify|page|sound|arrive`,
      `alert|alarm ~" be|have|first? be|have|first? go off`,
      `alert|alarm ~" be|have|first? be|have|first? come in`,
      'alert|alarm for|on|about|from ~3 be|have? be? fire|trigger|sound|page',
    ],
    note: 'most timelines: "alert fires", "alarms went off", \'alert "login-5xx-rate" pages the on-call\'',
  },
  {
    phase: 'detection',
    keyword: 'alert',
    phrases: ['trigger|fire|raise|send|sound|blink ~2 alert|alarm'],
    notAfter: ['threshold|level|limit|rule|config|configuration|policy|definition'],
    note: 'most timelines: "triggered an alert", "sounded the alarm"',
  },
  {
    phase: 'detection',
    keyword: 'alert',
    phrases: ['receive ~3 alert|alarm|page|pager|notification', 'get ~2 alert|alarm|=pages|notification', 'receive|get ~2 pager storm', 'acknowledge ~2 page|alert|alarm|notification'],
    note: 'most timelines: "received the first alert", "the engineering team received automated alerts", "receives pager storm", "on-call acknowledges the page"',
  },
  {
    phase: 'detection',
    keyword: 'paged',
    phrases: ['=alerted|=paged'],
    // "paged the network team", "paged @dba" bring someone in: escalation.
    notAfter: ['the|a|an|our|their|his|her|team', '/^@/', '/^/ team'],
    note: 'on-call timelines: "engineers were alerted", "on-call paged"',
  },
  {
    phase: 'detection',
    keyword: 'paged',
    phrases: ['=notified|=alerted|=woken|=called via|by|through ~2 page|pager|pagerduty|opsgenie|alert|alarm|phone|sms|monitoring'],
    note: 'student reports: "on-call engineer notified via pager"',
  },
  {
    phase: 'detection',
    keyword: 'monitoring',
    phrases: [`${MONITORS} ~3 ${SEES}`, `${MONITORS} ~3 pick up`, `${MONITORS} ~3 go|turn red`, `new relic ~3 ${SEES}`, `uptime robot|check|monitor ~3 ${SEES}`, `health check ~3 ${SEES}`, `synthetic check|test|probe ~3 ${SEES}`],
    notAfter: ['normal|healthy|green|stable|recovery|no'],
    note: 'SaaS and student timelines: "monitoring system detected…", "PagerDuty alerted", "dashboard shows errors"',
  },
  {
    phase: 'detection',
    keyword: 'user report',
    phrases: [
      `${REPORTERS} ~3 report|complain|tweet|email|notice|flag|=called|=calling`,
      `${REPORTERS} ~3 write in`,
      `${REPORTERS} ~3 open|file|raise|submit|create ~2 ticket|issue|report|bug`,
      `${REPORTERS} ~3 contact|reach|ping support`,
    ],
    note: 'support-driven and community timelines: "users reported", "a customer complains", "multiple users report invalid blocks", "a user on Discord reports…"',
  },
  {
    phase: 'detection',
    keyword: 'user report',
    phrases: [
      'complaint|report|ticket|message of|about|from ~6 be|start|begin? receive|arrive|open|file|raise|report|pour|flood',
      'complaint|report|ticket|message of|about|from ~6 be|start|begin? come|pour|flood in',
      'complaint|report|ticket be|start|begin? =received|arrive|=opened|=filed|=raised|pour|flood',
      'complaint|report|ticket be|start|begin? come|pour|flood in',
      'first|initial|early report|complaint of|about|from',
      'first|initial|early|incoming report|complaint|ticket',
    ],
    note: 'support-driven timelines: "complaints received", "reports of errors start arriving", "first reports of validation errors"',
  },
  {
    phase: 'detection',
    keyword: 'user report',
    phrases: [
      'customer|user|support ticket|complaint|report|email|call|message|chat',
      'customer|user|support e mail',
      'complaint from',
      `${PROBLEMS} report|complaint from ~2 ${REPORTERS}`,
    ],
    note: 'support-driven timelines: "customer tickets", "support e-mails", "error reports from users"',
  },
  {
    phase: 'detection',
    keyword: 'user report',
    phrases: ['receive|recieve|get ~3 complaint|report|ticket|call|email|message|dm|issue', 'receive|recieve|get ~3 e mail'],
    note: 'most timelines: "received a complaint", "we receive a message to the security address"',
  },
  {
    phase: 'detection',
    keyword: 'reported',
    phrases: ['=reports|=reported ~4 on|in|via the|our? slack|discord|github|twitter|chat|channel|forum', '=reports|=reported|=reporting|=complains|=complained|=flags|=flagged that', `=reports|=reported ~1 getting|seeing|having|experiencing|being|hitting|facing`, `=reports|=reported ~2 ${PROBLEMS}`],
    note: 'chat-style and open-source timelines: "X reports that CI is red", "X reports getting a warning", "X reports similar errors"',
  },
  {
    phase: 'detection',
    keyword: 'ticket',
    phrases: ['open|file|raise|create|log|submit a|an|the|new ~1 ticket|issue|bug', '=files|=filed|=file|=opens|=opened /^#\\d+$/'],
    note: 'open-source and help-desk timelines: "opened a support ticket", "files an issue", "files #1234"',
  },
  {
    phase: 'detection',
    keyword: 'failing test',
    phrases: [`${CHECKS} be|have|keep? still|also|now|start|begin? fail|break|red`, `${CHECKS} be|have|keep? still|also|now|start|begin? to fail|break`, `${CHECKS} go|turn red`, `${CHECKS} failure`],
    note: 'open-source timelines: "a test fails in CI", "all PRs are failing", "CI is red", "after seeing CI failures"',
  },
  {
    phase: 'detection',
    keyword: 'noticed',
    fallback: true,
    phrases: ['detect|notice|discover|=spotted'],
    note: 'detection without its means: "issue detected", "on-call noticed the errors", "engineer discovered that…"',
  },

  // ——— escalation: another team, a commander, a declared severity ———
  {
    phase: 'escalation',
    keyword: 'escalated',
    phrases: ['escalate'],
    notBefore: 'de',
    note: 'most timelines: "escalated to the storage team", "Escalation"',
  },
  {
    phase: 'escalation',
    keyword: 'incident commander',
    phrases: ['incident commander|lead|manager|coordinator', 'war room', 'warroom', 'bridge call|line', 'incident response|management? channel|room|bridge'],
    note: 'SRE-style timelines: "incident commander", "war room", "bridge call", "creates an #incident-response channel"',
  },
  {
    phase: 'escalation',
    keyword: 'assigned',
    phrases: ['assign|hand the? incident|issue|ticket|problem? to investigate|handle|lead|own|fix', 'assign|hand the? incident|issue|ticket|problem? to look into'],
    note: 'ticket-driven timelines: "Sam assigned to investigate", "the issue was handed to the on-call lead"',
  },
  {
    phase: 'escalation',
    keyword: 'called in',
    phrases: ['join the? call|bridge|channel|incident|investigation|response|effort|war|huddle|meeting|zoom|hangout'],
    note: 'chat and bridge timelines: "joined the bridge"',
  },
  {
    phase: 'escalation',
    keyword: 'called in',
    phrases: ['/^[A-Z][a-z]+$/ /^[A-Z][a-z]+$/? =joins|=joined', '/^@/ =joins|=joined'],
    notAfter: ['table|on'],
    note: 'chat-style timelines: "Amina joins", "@dba joined" (a name, read with case)',
  },
  {
    phase: 'escalation',
    keyword: 'called in',
    phrases: ['call|bring|loop in'],
    // "system calls in files", "the API calls in the loop": a noun, not someone called in.
    notBefore: 'system|sys|syscall|api|function|method|rpc|http|https|phone|database|db|network|remote|service|library|the|a|an|these|those|many|several|some|recursive|external|outgoing|incoming|blocking|nested|async',
    note: 'most timelines: "called in", "brought in", "looped in"',
  },
  {
    phase: 'escalation',
    keyword: 'called in',
    phrases: ['pull in'],
    notAfter: [`${PULLED}|latest`, `/^/ ${PULLED}`, `/^/ /^/ ${PULLED}`],
    note: 'most timelines: "pulled in the DBA" (not "pulled in a new version of a package")',
  },
  {
    phase: 'escalation',
    keyword: 'incident declared',
    phrases: [
      'declare|raise|=upgraded|=bumped|escalate ~3 /^(?:sev|p)[0-4]$/i',
      'declare|raise|=upgraded|=bumped|escalate ~3 sev|severity /^[0-4]$/',
      'declare|raise|=upgraded|=bumped ~3 incident|emergency',
      'declare|raise|=upgraded|=bumped ~3 major incident',
      '/^(?:sev|p)[0-4]$/i /^#?\\d+$/? be? declare|raise',
      'sev|severity /^[0-4]$/ be? declare|raise',
      'incident|emergency /^#?\\d+$/? be? =declared|=raised',
      'mark|flag|label|set|make ~3 /^(?:sev|p)[0-4]$/i',
    ],
    note: 'SRE and open-source timelines: "declares incident #465", "SEV1 declared", "raised to SEV-2", "marks it P0"',
  },
  {
    phase: 'escalation',
    keyword: 'brought in a team',
    phrases: [
      `notify|contact|=alerted|=alerts|=alerting|ping|involve|engage|ask|=paged|=pages|=paging|=tagged|=tags|=tagging|summon|loop|=messaged|=emailed|=emails|wake ~4 ${RESPONDERS}`,
      'notify|contact|=alerted|=alerts|ping|=paged|=pages|=tagged|=tags|summon|loop|wake|=cc|=cced|=cc\'d ~2 /^@/',
      `reach out to ~4 ${RESPONDERS}`,
      `wake up ~4 ${RESPONDERS}`,
      `forward|send|hand|assign|transfer|communicate|pass|flag ~3 to ~4 ${RESPONDERS}`,
    ],
    note: 'most timelines: "contacted the database team", "forwarded this ticket to the SRE team", "pinged the on-call lead", "tagged three engineers"',
  },
  {
    phase: 'escalation',
    keyword: 'brought in a team',
    phrases: [`${TOLD} ${AUX} =notified|=paged|=called|=contacted|=alerted|engage|involve|=informed|join|=pinged|=tagged|=summoned|=looped|=brought|=escalated`, `/^@/ ${AUX} =notified|=paged|=contacted|=pinged|=tagged|=summoned|=looped`],
    note: 'most timelines: "Engineering team notified", "DevOps team was alerted", "network team joins", "maintainers are contacted"',
  },
  {
    phase: 'escalation',
    keyword: 'another team',
    phrases: [`${OTHER_TEAMS} ~1 team|admin|administrator|engineer|expert|specialist|oncall confirm|rule|identify|investigate|join|check|help|assist|verify|find|diagnose|step|take|weigh|advise|suggest|look`],
    note: 'student and SaaS timelines: "the database team confirms…", "security team ruled out an attack": another team was brought in',
  },

  // ——— mitigation: something was done to limit the damage ———
  {
    phase: 'mitigation',
    keyword: 'rolled back',
    phrases: ['roll back', 'rollback', 'revert'],
    note: 'most timelines: "rolled back", "rollback", "reverted"',
  },
  {
    phase: 'mitigation',
    keyword: 'failed over',
    phrases: ['fail over', 'failover'],
    note: 'most timelines: "failed over to the standby", "failover"',
  },
  {
    phase: 'mitigation',
    keyword: 'restarted',
    phrases: ['restart|reboot|reload|relaunch|respawn|reinitiate|=bounced', 're start|boot|load'],
    note: 'most timelines: "restarted", "server restart begins", "rebooted", "reloaded Nginx"',
  },
  {
    phase: 'mitigation',
    keyword: 'scaled',
    phrases: [
      'scale up|out',
      'add more? ~1 capacity|instance|server|node|replica|worker|machine|host',
      'increase|raise|double the? ~2 capacity|limit|replica|worker|quota',
      'increase|raise|double the? ~2 pool|instance size|count',
      'instance count|capacity increase',
      'limit be? raise|increase',
    ],
    note: 'capacity incidents: "scaled out", "added capacity", "increased the limit", "limit raised to 2,000"',
  },
  {
    phase: 'mitigation',
    keyword: 'disabled',
    phrases: ['disable', 'turn|switch|toggle|shut off', 'kill'],
    note: 'most timelines: "disabled the flag", "turned off", "killed the process"',
  },
  {
    phase: 'mitigation',
    keyword: 'rate-limited',
    phrases: ['rate limit', 'ratelimit', 'throttle', 'load shed', 'block the? ~1 traffic|ip|ips|request|address'],
    notAfter: ['exceed|error|reach|hit'],
    note: 'abuse and capacity incidents: "rate-limited", "throttled", "load shedding", "blocked the traffic"',
  },
  {
    phase: 'mitigation',
    keyword: 'traffic moved',
    phrases: ['drain', 'quarantine', 'reroute', 'redirect the? traffic', 'load balance all? traffic', 'shift|move|route|divert all? traffic', '=traffic be? =shifted|=moved|=rerouted|=diverted|=redirected|=drained'],
    note: 'most timelines: "drained", "rerouted traffic", "traffic moved to the standby region"',
  },
  {
    phase: 'mitigation',
    keyword: 'traffic moved',
    phrases: ['isolate'],
    notAfter: ['to'],
    note: 'most timelines: "isolated the server" (not "isolated to one region")',
  },
  {
    phase: 'mitigation',
    keyword: 'fix applied',
    phrases: [
      'workaround',
      '/^hot-?fix(?:ed|es)?$/i',
      'hot fix',
      'temporary|quick fix',
      '=patched|=patches|=patching',
      `fix|correction ${AUX} apply|deploy|implement|push|ship|make|release|land|merge`,
      `fix|correction ${AUX} roll out`,
      'deploy|push|implement|ship|release|apply|land|merge a|the ~1 fix|patch|correction',
      'reconfigure',
      '=corrected|=corrects|=correcting',
      'adjust',
      'clean up',
      '=freed|free up',
      'flush',
      'purge',
      'renew',
      'redeploy',
      're deploy',
      'mitigate',
    ],
    note: 'most timelines: "applied a patch", "fix deployed", "configuration corrected", "caches flushed", "redeployed"',
  },
  {
    phase: 'mitigation',
    keyword: 'fix applied',
    phrases: ['=cleared'],
    notAfter: ['incident|ticket|outage|bridge', 'the incident|ticket|outage|bridge'],
    note: 'most timelines: "cleared the cache" (not "cleared the incident": that closes it)',
  },

  // ——— resolution: service was back, or the incident was over ———
  {
    phase: 'resolution',
    keyword: 'resolved',
    phrases: ['resolve', 'resolution'],
    note: 'most timelines: "resolved", "issue resolves", "resolving the issue", "confirmed resolution"',
  },
  {
    phase: 'resolution',
    keyword: 'restored',
    phrases: ['=restored|=restores|=restoring|=restoration'],
    note: 'most timelines: "service restored", "began restoring services"',
  },
  {
    phase: 'resolution',
    keyword: 'restored',
    phrases: ['=restore'],
    // "restore from backup started" is the means, not the end.
    notAfter: ['from|job|process|script|procedure|point|operation|test'],
    note: 'most timelines: "a fix was deployed to restore service"',
  },
  {
    phase: 'resolution',
    keyword: 'recovered',
    phrases: ['recover', 'recovery', 'revive', 'resurrect'],
    note: 'most timelines: "recovered", "full recovery", "the server revived"',
  },
  {
    phase: 'resolution',
    keyword: 'back to normal',
    phrases: [
      'back to full? normal|baseline|nominal|healthy|health|green|service|capacity|operation|usual|life',
      'back online',
      'back in service',
      'return back? to normal|baseline|nominal|health|usual',
    ],
    note: 'most timelines: "back online", "back to normal", "returned to baseline", "back to full health"',
  },
  {
    phase: 'resolution',
    keyword: 'back to normal',
    phrases: ['be|come back'],
    notBefore: 'error|issue|problem|outage|symptom|alert|failure|crash|latency|bug',
    notAfter: ['to investigate|check|look', 'later'],
    note: 'short timelines: "the site is back", "came back" (not "the errors are back")',
  },
  {
    phase: 'resolution',
    keyword: 'back to normal',
    phrases: ['traffic|error|latency|metric|service|access|rate|graph|dashboard|everything ~2 normalize'],
    note: 'student reports: "traffic distribution normalized", "user access began to normalize"',
  },
  {
    phase: 'resolution',
    keyword: 'rolled back successfully',
    phrases: [
      '/^suc+es+ful+(?:l?y)?$/i ~3 rollback|revert|failover',
      '/^suc+es+ful+(?:l?y)?$/i ~3 roll|fail back|over',
      'rollback|revert|failover ~2 succeed|=successful',
      'rollback|revert|failover ~2 =completed /^suc+es+ful+(?:l?y)?$/i',
    ],
    note: 'most timelines: "successful rollback", "failover completed successfully": the previous state is back',
  },
  {
    phase: 'resolution',
    keyword: 'succeeded',
    phrases: ['/^suc+es+ful+(?:l?y)?$/i =reloaded|=restarted|=rebooted|=redeployed|=loaded|=deployed|=restored|=recovered|=completed|=synced|=connected'],
    note: 'student reports: "the webpage was successfully reloaded", often spelt "succesfully"',
  },
  {
    phase: 'resolution',
    keyword: 'fixed',
    phrases: ['=fixed|=fixes', '=corrected|=solved|=repaired ~2 problem|issue|bug|error|fault|typo|misconfiguration|outage|incident'],
    note: 'most timelines: "bug is fixed", "fixes the config file", "corrected the problem"',
  },
  {
    phase: 'resolution',
    keyword: 'closed',
    phrases: [
      'incident|outage|issue|ticket|bridge|problem have? be? close|end|over|=finished',
      'close|clear the? incident|ticket|outage|bridge|issue',
      'all clear',
      'end of the? outage|incident|impact',
    ],
    note: 'most timelines: "incident closed", "OUTAGE ENDS", "all clear", "end of outage", "cleared the incident"',
  },
  {
    phase: 'resolution',
    keyword: 'stable',
    phrases: ['=stabilized|=stabilised|=stabilizes|=stabilises', 'confirm|regain|restore ~1 stability', 'be|remain|confirm|become|look stable'],
    note: 'most timelines: "service stabilized", "confirmed stable" (not "the previous stable version")',
  },
  {
    phase: 'resolution',
    keyword: 'working again',
    phrases: [
      'up and running',
      'work again|correctly|normally|fine',
      'work as expected',
      'be now serve|run|work|respond|load|up|available|live|accessible|reachable|online',
      'fully operational|functional',
      'operational|functional again',
      'correct|normal|healthy|nominal|green again|everywhere',
      'everything|all be? back|normal|green|fine|ok|well',
      'serve ~1 again|normally',
      `${REPORTERS} can now|again|once? again? access|load|use|login|signin|reach|checkout|connect|download|install|buy|pay|order|open`,
      `${REPORTERS} can now|again|once? again? log|sign|check in|out`,
      `${REPORTERS} be able to now|again? access|load|use|login|reach|connect|download|install|buy|pay|order|open`,
      `${REPORTERS} be able to now|again? log|sign|check in|out`,
      'regain ~2 access|connectivity|connection|functionality|service|control',
    ],
    note: 'most timelines: "up and running", "working again", "fully operational", "users can access the site", "users regained access", "the service is healthy"',
  },
  {
    phase: 'resolution',
    keyword: 'working again',
    phrases: ['service|site|website|system|platform|api|app|application|cluster|everything ~1 be|become|remain now|again|fully|all? healthy|green|nominal|operational'],
    // "they confirmed their service was operational": someone else's service, ruled out.
    notBefore: 'their|its|his|her',
    note: 'SaaS and student timelines: "the service is healthy", "the site is fully operational"',
  },
  {
    phase: 'resolution',
    keyword: 'working again',
    phrases: ['be now|again? =working'],
    notAfter: ['on|to|with|through|toward|towards'],
    note: 'short timelines: "the site is working again" (not "is working on a fix")',
  },
  {
    phase: 'resolution',
    keyword: 'working again',
    phrases: [
      'work|complete|succeed|=loads|=loaded|=loading|print|=runs|respond|render|flow|sync|pass|serve ~6 again',
      'traffic|service|signup|order|payment|delivery|processing|request|upload|login|export|operation|write|read|sync|replication|production ~1 resume',
    ],
    note: 'most timelines: "labels print again", "exports complete in under 30 seconds again", "signups resume"',
  },
  {
    phase: 'resolution',
    keyword: 'errors stopped',
    phrases: [
      'error|latency|5xx|failure|crash|timeout ~1 stop|subside|cease|disappear|vanish',
      'error|latency|5xx|failure ~1 drop|back|fall|return to zero|0|baseline|normal',
      'latency|error|traffic|metric|graph|dashboard|rate ~1 be|look|back|remain? normal|nominal|healthy|green',
      'work for everyone|everybody|all',
    ],
    note: 'most timelines: "errors stopped", "error rate back to zero", "latency normal", "checkout works for everyone"',
  },
];

/**
 * A change that is itself the fix ("fix deployed", "patched version was deployed") is no trigger:
 * with one of these words (or a mitigation or resolution) in the entry, its trigger is dropped.
 */
export const FIX_WORDS: readonly CueSpec[] = [{ phrases: ['fix', 'patch', 'correct', 'correction', 'revert', 'roll back', 'rollback', '/^hot-?fix(?:ed|es)?$/i'] }];

/**
 * Words that name how a problem was noticed: an alert, a dashboard, logs, a customer's report, a
 * failing page. "Issue detected" names none; "detected when the login page returned 500s" does.
 */
export const DETECTION_MEANS: readonly CueSpec[] = [
  {
    phrases: [
      'alert|alarm|monitor|monitoring|=page|=paged|pager|pagerduty|opsgenie|dashboard|graph|metric|=log|=logs|healthcheck|synthetic|uptime|probe|canary|canaries',
      'error rate',
      'health check',
      'user|customer|client|visitor|complaint|complain|report|ticket|support|tweet|twitter|email|call|chat|slack|discord|test|webpage|website|site|=pages|app|browser|error',
      'e mail',
      'status page',
      '/^5(?:\\d\\d|xx)s?$/i',
      'unable to',
      "/^couldn['’]?t$/i",
      '=could not',
    ],
  },
];

/** "No escalation was needed", "handled without escalating", "did not need to escalate": a statement that there was none. */
export const NO_ESCALATION: readonly CueSpec[] = [{ phrases: ['=no|=without|=not|=never ~2 escalate', "/^\\w+n['’]t$/i ~2 escalate"] }];
