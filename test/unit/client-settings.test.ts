/** The settings the client passes to the server: only those someone set, nested as the server reads them. */
import assert from 'node:assert/strict';
import { explicitSettings, type SettingInspection } from '../../client/src/settings';

const KEYS = ['postmortem.paths', 'postmortem.profile', 'postmortem.timestamps.style', 'postmortem.inlayHints.elapsed', 'postmortem.rules.timeline-order', 'postmortem.rules.word-count'];

describe('the settings the client sends', () => {
  it('leaves out unset settings, whatever empty value VS Code fills them with', () => {
    const inspect = (): SettingInspection => ({}); // VS Code's inspect of an unset setting: only defaultValue
    assert.deepEqual(explicitSettings('postmortem', KEYS, inspect), {});
  });

  it('takes the most specific value set, and nests dotted names', () => {
    const set: Record<string, SettingInspection> = {
      profile: { globalValue: 'holberton', workspaceValue: 'google-sre' },
      'timestamps.style': { globalValue: '24h', workspaceFolderLanguageValue: '12h' },
      'inlayHints.elapsed': { globalValue: false },
      'rules.timeline-order': { workspaceFolderValue: { severity: 'error' } },
      paths: { globalLanguageValue: ['**/reports/**'], globalValue: ['**/x/**'] },
    };
    assert.deepEqual(
      explicitSettings('postmortem', KEYS, (key) => set[key]),
      { profile: 'google-sre', timestamps: { style: '12h' }, inlayHints: { elapsed: false }, rules: { 'timeline-order': { severity: 'error' } }, paths: ['**/reports/**'] },
    );
  });

  it('passes on a value set to empty, so the server can name it', () => {
    assert.deepEqual(
      explicitSettings('postmortem', KEYS, (key) => (key === 'profile' ? { globalValue: '' } : undefined)),
      { profile: '' },
    );
  });
});
