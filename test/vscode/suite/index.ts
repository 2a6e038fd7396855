/** Runs the scenarios inside VS Code's extension host (the entry @vscode/test-electron loads). */
import Mocha from 'mocha';
import { scenarios } from './scenarios';

/** Called by VS Code with the test run; rejects when a scenario fails. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true });
  mocha.suite.emit('pre-require', globalThis, 'scenarios', mocha);
  scenarios();
  return new Promise((resolveRun, rejectRun) => mocha.run((failures) => (failures > 0 ? rejectRun(new Error(`${failures} scenario(s) failed`)) : resolveRun())));
}
