// The user's settings: their shape, defaults, and repair of whatever storage hands back.
// Pure: no storage API here. Invalid fields are repaired to defaults, never allowed to crash.

export const HIGHLIGHT_STYLES = ['underline', 'tint', 'off'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const OCCURRENCES = ['all', 'first'] as const;
export type Occurrences = (typeof OCCURRENCES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  highlight: HighlightStyle;
  occurrences: Occurrences;
  /** Host names where PT Lens does not scan at all, e.g. "mail.example.com". */
  pausedSites: string[];
  /** Paused on every site, until resumed. */
  pausedEverywhere: boolean;
  theme: Theme;
  textSize: TextSize;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlight: 'underline',
  occurrences: 'all',
  pausedSites: [],
  pausedEverywhere: false,
  theme: 'system',
  textSize: 'normal',
});

export interface Repaired {
  settings: Settings;
  /** Plain words for each field that was invalid and set back to its default. */
  problems: string[];
}

const pick = <T extends string>(
  options: readonly T[],
  value: unknown,
  fallback: T,
): T | undefined =>
  options.includes(value as T) ? (value as T) : value === undefined ? fallback : undefined;

/**
 * Reads stored settings, repairing each invalid field to its default. Never throws.
 * The one stored shape checked by hand, not with valibot: every web page runs this
 * (store/settings-on-pages.ts), and valibot would add about 4.7 KB to the page lens.
 */
export function repairSettings(raw: unknown): Repaired {
  const problems: string[] = [];
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    problems.push('Your settings could not be read, so the defaults are in use.');
  }
  const field = <T extends string>(name: keyof Settings, options: readonly T[], fallback: T): T => {
    const value = pick(options, input[name], fallback);
    if (value !== undefined) return value;
    problems.push(`The setting "${name}" was not valid and is back to "${fallback}".`);
    return fallback;
  };
  const sites = input.pausedSites;
  const pausedSites = Array.isArray(sites)
    ? sites.filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    : [];
  if (sites !== undefined && (!Array.isArray(sites) || pausedSites.length !== sites.length)) {
    problems.push('Some paused sites could not be read and were left out.');
  }
  return {
    settings: {
      highlight: field('highlight', HIGHLIGHT_STYLES, DEFAULT_SETTINGS.highlight),
      occurrences: field('occurrences', OCCURRENCES, DEFAULT_SETTINGS.occurrences),
      pausedSites: [...new Set(pausedSites.map((s) => s.trim().toLowerCase()))],
      pausedEverywhere: input.pausedEverywhere === true,
      theme: field('theme', THEMES, DEFAULT_SETTINGS.theme),
      textSize: field('textSize', TEXT_SIZES, DEFAULT_SETTINGS.textSize),
    },
    problems,
  };
}

/** True when PT Lens should not scan pages of this host. */
export function isPaused(settings: Settings, hostname: string): boolean {
  if (settings.pausedEverywhere) return true;
  const host = hostname.toLowerCase();
  return settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The settings with one site paused or resumed (resuming also clears a parent domain's pause). */
export function withSitePaused(settings: Settings, hostname: string, paused: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.pausedSites.filter((s) => s !== host && !host.endsWith(`.${s}`));
  return { ...settings, pausedSites: paused ? [...others, host] : others };
}
