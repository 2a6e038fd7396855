/**
 * The corpus snapshot: what the built `postmortem-lint` says about every document of
 * ../shared/corpus with the default settings, one finding per line, checked in as
 * test/corpus-snapshot/findings.txt. A test compares a fresh run with it, so any change in what we
 * report on real writing shows up in review. `npm run corpus-snapshot` rewrites the file after a
 * deliberate change; test/corpus-snapshot/REVIEW.md holds the verdict on each finding.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** The checked-in snapshot file. */
export const SNAPSHOT_FILE = join(ROOT, 'test', 'corpus-snapshot', 'findings.txt');

/** The CLI's findings on the corpus, paths relative to the corpus folder, as the snapshot holds them. */
export function corpusFindings(corpusDir: string): string {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build`);
  const folders = ['seeds', 'public'].filter((folder) => existsSync(join(corpusDir, folder)));
  // Hints too: every finding is reviewed, the quiet ones included.
  const result = spawnSync(process.execPath, [cli, '--hints', ...folders], { cwd: corpusDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`postmortem-lint exited ${result.status}: ${result.stderr}`);
  const header = '# postmortem-lint on ../shared/corpus (default settings). Regenerate: npm run build && npm run corpus-snapshot\n';
  return header + result.stdout;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const corpus = resolve(ROOT, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    console.error(`${corpus} is not here: nothing to snapshot.`);
    process.exit(2);
  }
  writeFileSync(SNAPSHOT_FILE, corpusFindings(corpus));
  console.log(`${SNAPSHOT_FILE} written`);
}
