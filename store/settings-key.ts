// Where the settings are kept in extension storage (storage.local), shared by the settings store
// and the page-side reader so the two can never drift apart.
export const SETTINGS_KEY = 'settings';
