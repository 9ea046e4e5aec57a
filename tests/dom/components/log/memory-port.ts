// An in-memory stand-in for the stored log, for component tests: records changes, can fail on cue.
import { vi } from 'vitest';
import type { KeptRecord, LogPort, LogSnapshot } from '../../../../log/log-port';
import type { SorenessEntry } from '../../../../log/model';

export interface MemoryPort extends LogPort {
  stored(): SorenessEntry[];
  /** The next change rejects with this message, leaving the entries as they were. */
  failNextChange(message: string): void;
  change: ReturnType<typeof vi.fn<LogPort['change']>>;
}

export function memoryPort(
  initial: SorenessEntry[] = [],
  aside: { setAside?: KeptRecord[]; notice?: string } = {},
): MemoryPort {
  let entries = [...initial];
  let failure: string | null = null;
  const snapshot = (): LogSnapshot => ({
    entries,
    setAside: aside.setAside ?? [],
    notice: aside.notice ?? null,
  });
  const change = vi.fn<LogPort['change']>(async (fn) => {
    if (failure) {
      const message = failure;
      failure = null;
      throw new Error(message);
    }
    entries = fn(entries);
    return entries;
  });
  return {
    load: async () => snapshot(),
    watch: () => () => undefined,
    change,
    reportUrl: 'chrome-extension://test-id/report.html',
    stored: () => entries,
    failNextChange(message) {
      failure = message;
    },
  };
}
