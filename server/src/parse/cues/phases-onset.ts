/**
 * The cues of an incident's onset, as data (see phases.ts): the trigger that set it off, the start
 * of the outage, and its detection; with the word lists they are written with.
 */
import type { PhaseCue } from './phases';

// What a change is called, and the verbs it is made with.
const CHANGE = 'config|configuration|change|update|upgrade|patch|release|deploy|deployment|migration|rollout|push|insertion|maintenance|commit|cronjob';
const CHANGE_DONE = 'push|deploy|apply|release|merge|ship|make|run|execute|initiate|start|begin|complete';
/** A passive or perfect before a participle: "was deployed", "has been applied", "got merged". */
export const AUX = 'have? be|get? be?';

// Who or what watches a service.
const MONITORS = 'monitor|monitoring|pagerduty|pager|opsgenie|nagios|datadog|grafana|prometheus|sentry|pingdom|cloudwatch|statuscake|healthcheck|dashboard|graph|metric|zabbix|icinga|alertmanager|splunk';
// What a monitor does when it sees a problem.
const SEES = 'alert|detect|flag|notice|report|send|show|indicate|ping|page|fire|trigger|catch|spot|raise|blink';
/** Who reports a problem from outside. */
export const REPORTERS = 'user|customer|client|visitor|reader|subscriber|merchant|shopper|player|partner|people|someone|developer|contributor|member';
// A problem, as a report names it.
const PROBLEMS = 'error|failure|issue|problem|breakage|warning|crash|outage|bug|timeout|slowness|trouble|glitch';
// Tests and builds whose failure is how many open-source incidents are noticed.
const CHECKS = '=test|=tests|=build|=builds|=ci|=pipeline|=pipelines|=check|=checks|=job|=jobs|=pr|=prs|=presubmit|=postsubmit|=workflow|=workflows|travis|jenkins|buildkite|bot|bots';

/** The trigger, outage-start and detection cues, in that order. */
export const ONSET_CUES: readonly PhaseCue[] = [
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
    // Plural: "one request got a 503" is usually an anecdote.
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
];
