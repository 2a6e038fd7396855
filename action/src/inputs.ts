/** The action's inputs, as the runner passes them: `INPUT_<NAME>` environment variables (action.yml gives the defaults). */

/** The lowest severity that fails the step, or never. */
export type FailLevel = 'error' | 'warning' | 'info' | 'never';

const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'info', 'never'];

/** What the workflow asked for. */
export interface ActionInputs {
  paths: string[];
  config: string | undefined;
  profile: string | undefined;
  failLevel: FailLevel;
  sarif: string | undefined;
}

/** An input the action cannot use; the message names it. */
export class InputError extends Error {}

/** Reads and checks the inputs. Paths are one per line, or separated by spaces when on one line. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string): string | undefined => {
    // The runner keeps the hyphen (INPUT_FAIL-LEVEL); some local runners write an underscore.
    const value = env[`INPUT_${name.toUpperCase()}`] ?? env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`];
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
  };
  const rawPaths = input('paths') ?? '.';
  const paths = (rawPaths.includes('\n') ? rawPaths.split(/\r?\n/) : rawPaths.split(/\s+/)).map((path) => path.trim()).filter((path) => path !== '');
  const failLevel = (input('fail-level') ?? 'warning').toLowerCase();
  if (!(FAIL_LEVELS as readonly string[]).includes(failLevel)) throw new InputError(`fail-level "${failLevel}" is not one of ${FAIL_LEVELS.join(', ')}`);
  return { paths, config: input('config'), profile: input('profile'), failLevel: failLevel as FailLevel, sarif: input('sarif') };
}
