import assert from 'node:assert/strict';
import { namesTaskAhead } from '../../server/src/judging/prose-measures';

describe('measures written as prose', () => {
  const tasks = [
    'The platform team will add the payment flow to the post-deploy smoke test.',
    'Set up a paging alert on the checkout 502 rate.',
    'Proxy rules will also be validated in CI before they can be merged.',
    'Each release gets a canary stage as part of the deploy pipeline.',
    'Certificate expiry monitoring will be put in place by 2025-04-01.',
    "We're updating our health checks to detect pool exhaustion.",
    'It was decided that disk retention will be cut from 30 days to 14 days.',
    'It was decided that interns will not be allowed to edit files without supervision of senior engineers.',
    'Finally interns will be given restricted access to the servers.',
    "Set developers' local environment with docker containers so they do not affect the shared system.",
  ];
  const notTasks = [
    'We wrote a small script that restarts the daemon.',
    'The team deployed a new alert after the incident.',
    'An alert has been added for queue depth.',
    'We could avoid this by trying upgrades on a spare host.',
    'We should employ an uptime service that pings the site.',
    'It is important to review and test every change.',
    'Make sure the servers can take more traffic.',
    'Those scripts need to be better documented.',
    'It is suggested to configure alerts that say when a policy changes.',
    'We recommend adding a canary stage to the pipeline.',
    'We will be more careful with configuration changes.',
    'Users were not allowed to log in during the outage.',
    'Engineers were given access to the logs.',
    'Set expectations with the customer.',
  ];
  for (const sentence of tasks) it(`a task: ${sentence}`, () => assert.equal(namesTaskAhead(sentence), true));
  for (const sentence of notTasks) it(`no task ahead: ${sentence}`, () => assert.equal(namesTaskAhead(sentence), false));
});
