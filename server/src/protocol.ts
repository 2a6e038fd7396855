/**
 * What the client and the server share: the settings section and shapes. The client imports this
 * file and nothing else from the server.
 */

/** The settings section read through `workspace/configuration` (`postmortem.*`). */
export const SETTINGS_SECTION = 'postmortem';

/** The language server's id and name, as the client shows them. */
export const SERVER_ID = 'postmortem';
export const SERVER_NAME = 'Postmortem';
