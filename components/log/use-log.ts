// The log view's state: the stored log from the port, kept in step with it, and changes that
// report failure in plain words without losing what was there.
import { useEffect, useState } from 'preact/hooks';
import type { SorenessEntry } from '../../log/model';
import type { KeptRecord, LogPort, LogSnapshot } from '../../log/log-port';

export interface LogState {
  status: 'loading' | 'ready' | 'failed';
  entries: SorenessEntry[];
  setAside: KeptRecord[];
  notice: string | null;
  /** Plain words when the log could not be read at all. */
  loadError: string | null;
  /** Plain words when the last change could not be saved. */
  saveError: string | null;
  /** Applies a change to the stored log; resolves false (and sets saveError) when it failed. */
  change(
    change: (entries: readonly SorenessEntry[]) => SorenessEntry[],
    what: string,
  ): Promise<boolean>;
}

const reasonOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : String(error);

export function useLog(port: LogPort): LogState {
  const [snapshot, setSnapshot] = useState<LogSnapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    port.load().then(
      (s) => live && setSnapshot(s),
      (error: unknown) =>
        live &&
        setLoadError(
          `Your soreness log could not be opened (${reasonOf(error)}). Nothing in it was changed. ` +
            'Close this page and open it again to retry.',
        ),
    );
    const stop = port.watch((s) => live && setSnapshot(s));
    return () => {
      live = false;
      stop();
    };
  }, [port]);

  const change: LogState['change'] = async (fn, what) => {
    try {
      const entries = await port.change(fn);
      setSnapshot((prev) => ({ setAside: [], notice: null, ...prev, entries }));
      setSaveError(null);
      return true;
    } catch (error) {
      setSaveError(
        `${what} could not be saved: the browser said "${reasonOf(error)}". ` +
          'Your log is as it was before, and what you entered is still here to try again.',
      );
      return false;
    }
  };

  return {
    status: snapshot ? 'ready' : loadError ? 'failed' : 'loading',
    entries: snapshot?.entries ?? [],
    setAside: snapshot?.setAside ?? [],
    notice: snapshot?.notice ?? null,
    loadError,
    saveError,
    change,
  };
}
