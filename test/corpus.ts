/** Where the shared corpus of real postmortems lives, if it is there (here and in CI it is). */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The corpus folder beside the project root, or undefined. */
export const CORPUS_DIR = [resolve(__dirname, '..', '..', 'shared', 'corpus')].find((dir) => existsSync(dir));

/** Every Markdown file of the corpus (seeds and public), sorted; empty when the corpus is absent. */
export function corpusFiles(): string[] {
  if (!CORPUS_DIR) return [];
  return ['seeds', 'public'].flatMap((folder) =>
    existsSync(join(CORPUS_DIR!, folder))
      ? readdirSync(join(CORPUS_DIR!, folder))
          .filter((file) => file.endsWith('.md'))
          .sort()
          .map((file) => join(CORPUS_DIR!, folder, file))
      : [],
  );
}
