import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isPaused,
  repairSettings,
  withSitePaused,
} from '../../../settings/model';

describe('repairSettings', () => {
  it('gives the defaults for a new install, with nothing to report', () => {
    expect(repairSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and repairs invalid ones, saying which', () => {
    const { settings, problems } = repairSettings({
      highlight: 'tint',
      occurrences: 'sometimes',
      pausedSites: ['Example.com', 42, ''],
      theme: 'dark',
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      highlight: 'tint',
      theme: 'dark',
      pausedSites: ['example.com'],
    });
    expect(problems).toEqual([
      'Some paused sites could not be read and were left out.',
      'The setting "occurrences" was not valid and is back to "all".',
    ]);
  });

  it('survives a store that is not an object at all', () => {
    const { settings, problems } = repairSettings('corrupt');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems[0]).toMatch(/could not be read/);
  });
});

describe('isPaused', () => {
  const settings = { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] };
  it.each([
    ['example.com', true],
    ['news.example.com', true],
    ['notexample.com', false],
    ['example.org', false],
  ])('%s -> %s', (host, paused) => {
    expect(isPaused(settings, host)).toBe(paused);
  });
});

describe('pausing', () => {
  it('pauses everywhere until resumed', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedEverywhere: true };
    expect(isPaused(settings, 'any.example')).toBe(true);
  });

  it('pauses and resumes one site, resuming a parent domain pause too', () => {
    const paused = withSitePaused(DEFAULT_SETTINGS, 'News.Example.com', true);
    expect(paused.pausedSites).toEqual(['news.example.com']);
    const parent = { ...DEFAULT_SETTINGS, pausedSites: ['example.com', 'other.org'] };
    expect(withSitePaused(parent, 'news.example.com', false).pausedSites).toEqual(['other.org']);
  });
});
