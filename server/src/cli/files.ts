/** Turning the CLI's PATH arguments (files, folders, globs) into a list of files. */
import { statSync } from 'node:fs';
import { isAbsolute, normalize } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** The files named by `args`, in order without repeats, and the arguments that named nothing. */
export async function expandPaths(args: readonly string[]): Promise<{ files: string[]; unmatched: string[] }> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const arg of args) {
    const kind = statKind(arg);
    if (kind === 'file') {
      add(arg);
      continue;
    }
    const matches =
      kind === 'directory'
        ? await glob('**/*.{md,markdown}', { cwd: arg, ignore: IGNORE, absolute: false }).then((found) => found.map((file) => joinPath(arg, file)))
        : isDynamicPattern(arg)
          ? await glob(arg, { ignore: IGNORE, absolute: isAbsolute(arg) })
          : [];
    if (matches.length === 0) unmatched.push(arg);
    for (const match of matches.sort()) add(match);
  }
  return { files, unmatched };
}

function statKind(path: string): 'file' | 'directory' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

// "." and "./docs/" give "a.md" and "docs/a.md", as a user would write them.
function joinPath(directory: string, file: string): string {
  return normalize(`${directory}/${file}`);
}
