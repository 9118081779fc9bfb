/** The public entry point of config/: the vault, its database and its settings, resolved. */
export { defaultDatabase, globalConfigFile } from './data-paths.js';
export { findVault, VAULT_CONFIG } from './find-vault.js';
export { parseConfig } from './parse-config.js';
export { resolveConfig } from './resolve-config.js';
export type { ResolvedConfig } from './resolve-config.js';
export { DEFAULT_SETTINGS, SETTING_NAMES } from './settings.js';
export type { Settings, Source } from './settings.js';
