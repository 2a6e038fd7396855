/**
 * The `postmortem.*` settings the server asks for (`workspace/configuration`), as the user set them.
 * VS Code answers every contributed setting, filling the unset ones with their type's empty value
 * ("" for a string, false for a boolean, [] for an array) when the schema gives no default. Sent as
 * they are, those would override `.postmortemrc.json` and the real defaults (hints off, profile "").
 * So only the values someone set, in user, workspace or folder settings, are passed on.
 */

/** What `WorkspaceConfiguration.inspect` tells of one setting (the fields read here). */
export interface SettingInspection {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
  globalLanguageValue?: unknown;
  workspaceLanguageValue?: unknown;
  workspaceFolderLanguageValue?: unknown;
}

// Most specific first, as VS Code itself resolves a value.
const SCOPES: ReadonlyArray<keyof SettingInspection> = ['workspaceFolderLanguageValue', 'workspaceFolderValue', 'workspaceLanguageValue', 'workspaceValue', 'globalLanguageValue', 'globalValue'];

/**
 * The explicitly set settings under `section`, nested as the server reads them
 * (`{timestamps: {style: "24h"}, rules: {"timeline-order": "error"}}`). `keys` are the contributed
 * setting names (`postmortem.timestamps.style`); `inspect` reads one of them (without the section).
 */
export function explicitSettings(section: string, keys: readonly string[], inspect: (key: string) => SettingInspection | undefined): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const key of keys) {
    if (!key.startsWith(`${section}.`)) continue;
    const path = key.slice(section.length + 1);
    const inspection = inspect(path);
    const scope = SCOPES.find((name) => inspection?.[name] !== undefined);
    if (!scope) continue;
    const parts = path.split('.');
    // Rule ids contain no dots, so "rules.timeline-order" nests one level like "timestamps.style".
    let target = settings;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts.at(-1)!] = inspection![scope];
  }
  return settings;
}
