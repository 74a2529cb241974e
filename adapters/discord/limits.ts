/** Discord limits the adapter must respect. https://discord.com/developers/docs */

/** Message content: at most 2000 characters. https://discord.com/developers/docs/resources/message#create-message */
export const MESSAGE_MAX_CHARS = 2000;
/** Components: at most 5 action rows, 5 buttons in a row, 25 options in a select. https://discord.com/developers/docs/components/reference */
export const ROWS_PER_MESSAGE = 5;
export const BUTTONS_PER_ROW = 5;
export const SELECT_OPTIONS_MAX = 25;
/** A component's custom_id: 1–100 characters. */
export const CUSTOM_ID_MAX_CHARS = 100;
/** Autocomplete answers: at most 25 choices. https://discord.com/developers/docs/interactions/application-commands#autocomplete */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
/** Slash command names 1–32 lowercase characters, descriptions 1–100. https://discord.com/developers/docs/interactions/application-commands#application-command-object */
export const COMMAND_NAME_MAX_CHARS = 32;
export const COMMAND_DESCRIPTION_MAX_CHARS = 100;
/** An interaction must be answered within 3 seconds, or deferred. https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction */
export const INTERACTION_DEADLINE_MS = 3000;
/** When the answer is not ready by then, the adapter defers and edits the reply later. */
export const DEFER_AFTER_MS = 1500;
