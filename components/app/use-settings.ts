// The popup's settings: loaded from the store, kept in step with it, and saved on every change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/model';
import { loadSettings, updateSettings, watchSettings } from '../../store/settings-store';

export interface SettingsState {
  settings: Settings | null;
  /** Plain words when the last change could not be saved. */
  error: string | null;
  change(change: Partial<Settings>): void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Saves run one after another, so two quick changes cannot undo each other; while any is
  // pending, echoes of the earlier ones from storage are ignored so the screen does not flicker.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  useEffect(() => {
    let live = true;
    // Settings that cannot be read are the defaults; nothing after the catch can fail.
    void loadSettings()
      .catch(() => ({ ...DEFAULT_SETTINGS }))
      .then((loaded) => live && setSettings(loaded));
    const stop = watchSettings((next) => {
      if (live && pending.current === 0) setSettings(next);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const change = (partial: Partial<Settings>): void => {
    setSettings((prev) => (prev ? { ...prev, ...partial } : prev));
    pending.current++;
    queue.current = queue.current
      .then(() => updateSettings(partial))
      .then(
        (saved) => {
          if (--pending.current === 0) setSettings(saved);
          setError(null);
        },
        () => {
          pending.current--;
          setError('That change could not be saved. Please try again.');
        },
      );
  };

  return { settings, error, change };
}

/** Puts the theme and text size on the page's root element, where the stylesheet reads them. */
export function applyLook(root: HTMLElement, settings: Settings | null): void {
  root.dataset.theme = settings?.theme ?? DEFAULT_SETTINGS.theme;
  root.dataset.textSize = settings?.textSize ?? DEFAULT_SETTINGS.textSize;
}
