/** The library fixture folder (test/fixtures/library) as the server's `postmortem/library` answers it, indexed on this thread. */
import { join } from 'node:path';
import { LibraryWorker } from '../../server/src/library/worker';
import { WorkspaceLibrary } from '../../server/src/library/workspace-index';
import type { LibraryResult } from '../../server/src/protocol';

/** The fixture folder holding three postmortems with known metrics, a note and an index. */
export const LIBRARY_FIXTURES = join(__dirname, '..', 'fixtures', 'library');

/** The answer of `postmortem/library` for the fixture folder. */
export async function fixtureLibrary(): Promise<LibraryResult> {
  return new WorkspaceLibrary(new LibraryWorker(undefined), () => [LIBRARY_FIXTURES], async () => ({})).library();
}
