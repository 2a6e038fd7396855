/**
 * "Postmortem: New Postmortem…": asks for the incident's title and a profile, then writes
 * `<folder>/<YYYY-MM-DD>-<slug>.md` from that profile's template where the team keeps its reports
 * (`postmortem.library.folder`, else the folder that holds most of them, else `postmortems/`) and
 * opens it. Nothing here needs the language server.
 */
import { randomBytes } from 'node:crypto';
import { commands, FileSystemError, ProgressLocation, RelativePattern, Selection, Uri, window, workspace, type QuickPickItem, type WorkspaceConfiguration, type WorkspaceFolder } from 'vscode';
import { SETTINGS_SECTION } from '../../../server/src/protocol';
import { DEFAULT_POSTMORTEM_PATHS, detectPostmortem } from '../../../server/src/parse/detect';
import { busiestFolder, DEFAULT_LIBRARY_FOLDER, isoDay, libraryFolderSetting, postmortemFileName } from '../../../server/src/templates/file-name';
import { postmortemTemplate, templateChoices, type TemplateChoice } from '../../../server/src/templates/template';

/** The command's id (package.json contributes it). */
export const NEW_POSTMORTEM_COMMAND = 'postmortem.newPostmortem';

// At most this many Markdown files are read to find where the postmortems are: a huge workspace must not stall the command.
const MAX_FILES_READ = 2000;
// Files read at once.
const READ_BATCH = 32;
// Only the head of a file is decoded and scanned: detection needs the front matter, the title and the first headings.
const HEAD_BYTES = 64 * 1024;

/** Runs the command: every step can be cancelled with Escape, and nothing is written until the last. */
export async function newPostmortem(): Promise<void> {
  const folder = await chooseWorkspaceFolder();
  if (!folder) return;
  const title = await window.showInputBox({
    title: 'New Postmortem',
    prompt: "The incident's title: the report's heading and its file name",
    placeHolder: 'Checkout outage',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'Give the incident a title.' : undefined),
  });
  if (title === undefined) return;
  const settings = workspace.getConfiguration(SETTINGS_SECTION, folder.uri);
  const choice = await pickTemplate(settings.get<unknown>('profile'));
  if (!choice) return;
  const target = await libraryFolder(folder, settings);
  if ('problem' in target) {
    void window.showErrorMessage(`Postmortem: ${target.problem}.`, 'Open Settings').then((action) => action && commands.executeCommand('workbench.action.openSettings', `${SETTINGS_SECTION}.library.folder`));
    return;
  }
  const day = isoDay(new Date());
  const zone = settings.get<unknown>('timezone');
  const text = postmortemTemplate(choice.id, { title: title.trim(), date: day, zone: typeof zone === 'string' ? zone : undefined });
  const uri = await writeNewFile(target.folder, (attempt) => postmortemFileName(day, title, attempt), text);
  if (!uri) return;
  const editor = await window.showTextDocument(uri);
  // The summary's guidance selected: typing replaces it.
  const guidance = /^TODO: .*$/m.exec(text);
  if (guidance) {
    const selection = new Selection(editor.document.positionAt(guidance.index), editor.document.positionAt(guidance.index + guidance[0].length));
    editor.selection = selection;
    editor.revealRange(selection);
  }
}

// The workspace folder to create the report in: the only one, the active file's, or the one picked.
async function chooseWorkspaceFolder(): Promise<WorkspaceFolder | undefined> {
  const folders = workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    const action = await window.showErrorMessage('Postmortem: open a folder first. A new postmortem is created in the workspace, next to the others.', 'Open Folder…');
    if (action) await commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  const active = window.activeTextEditor?.document.uri;
  return (active && workspace.getWorkspaceFolder(active)) ?? (await window.showWorkspaceFolderPick({ placeHolder: 'The workspace folder to create the postmortem in' }));
}

interface TemplateItem extends QuickPickItem {
  choice: TemplateChoice;
}

// The profile picker: each template's name, what it is and its sections; `postmortem.profile`, when set to one, comes preselected.
function pickTemplate(profileSetting: unknown): Promise<TemplateChoice | undefined> {
  const items: TemplateItem[] = templateChoices().map((choice) => ({ label: choice.name, description: choice.description, detail: choice.sections.join(' · '), choice }));
  const picker = window.createQuickPick<TemplateItem>();
  picker.title = 'New Postmortem: template';
  picker.placeholder = 'The template the report follows (postmortem.profile)';
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.ignoreFocusOut = true;
  picker.items = items;
  const preselected = items.find((item) => item.choice.id === profileSetting);
  if (preselected) picker.activeItems = [preselected];
  return new Promise((resolve) => {
    let picked: TemplateChoice | undefined;
    picker.onDidAccept(() => {
      picked = picker.selectedItems[0]?.choice ?? picker.activeItems[0]?.choice;
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(picked);
    });
    picker.show();
  });
}

// Where the new report goes: the folder the setting names, else the one holding most postmortems, else `postmortems/`.
async function libraryFolder(folder: WorkspaceFolder, settings: WorkspaceConfiguration): Promise<{ folder: Uri } | { problem: string }> {
  const setting = libraryFolderSetting(settings.get<unknown>('library.folder'));
  if (setting && 'problem' in setting) return setting;
  if (setting) return { folder: Uri.joinPath(folder.uri, ...setting.parts) };
  const found = await window.withProgress({ location: ProgressLocation.Window, title: "Postmortem: finding the team's postmortems" }, () => postmortemsIn(folder, settings));
  const busiest = busiestFolder(found) ?? DEFAULT_LIBRARY_FOLDER;
  return { folder: Uri.joinPath(folder.uri, ...busiest.split('/').filter((part) => part !== '')) };
}

// The postmortems among the first MAX_FILES_READ Markdown files of the folder, as paths relative to it.
async function postmortemsIn(folder: WorkspaceFolder, settings: WorkspaceConfiguration): Promise<string[]> {
  const files = await workspace.findFiles(new RelativePattern(folder, '**/*.{md,markdown}'), '**/{node_modules,.git}/**', MAX_FILES_READ);
  const paths = settings.get<unknown>('paths');
  const globs = Array.isArray(paths) && paths.length > 0 && paths.every((glob) => typeof glob === 'string') ? (paths as string[]) : DEFAULT_POSTMORTEM_PATHS;
  const found: string[] = [];
  for (let start = 0; start < files.length; start += READ_BATCH) {
    await Promise.all(
      files.slice(start, start + READ_BATCH).map(async (uri) => {
        const path = workspace.asRelativePath(uri, false);
        // The path alone often tells; only the other files are read.
        if (detectPostmortem('', path, globs) ?? detectPostmortem(await head(uri), path, globs)) found.push(path);
      }),
    );
  }
  return found;
}

// The head of a file as text; "" when it cannot be read (it then counts as no postmortem).
async function head(uri: Uri): Promise<string> {
  try {
    return new TextDecoder().decode((await workspace.fs.readFile(uri)).subarray(0, HEAD_BYTES));
  } catch {
    return '';
  }
}

/**
 * Writes `text` to the first free name in `folder` (`name(1)`, `name(2)`…) and returns its URI, or
 * undefined after saying what went wrong. The text is written beside the file and renamed onto a
 * name that must not exist: a failed write leaves no half-written report, and a file made meanwhile
 * is never replaced.
 */
async function writeNewFile(folder: Uri, name: (attempt: number) => string, text: string): Promise<Uri | undefined> {
  let target = Uri.joinPath(folder, name(1));
  try {
    await workspace.fs.createDirectory(folder);
    for (let attempt = 1; attempt <= 100; attempt++) {
      target = Uri.joinPath(folder, name(attempt));
      if (await exists(target)) continue;
      const temporary = Uri.joinPath(folder, `.${name(attempt)}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        await workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
        await workspace.fs.rename(temporary, target, { overwrite: false });
        return target;
      } catch (error) {
        await workspace.fs.delete(temporary).then(undefined, () => undefined);
        // Taken between the check and the rename: try the next name.
        if (error instanceof FileSystemError && error.code === 'FileExists') continue;
        throw error;
      }
    }
    throw new Error('every name up to -100 is taken');
  } catch (error) {
    void window.showErrorMessage(`Postmortem: could not create ${workspace.asRelativePath(target, false)}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
