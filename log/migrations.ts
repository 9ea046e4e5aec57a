// The stored log's shape versions. Version 1 is the first shape any build wrote (to storage and
// to JSON exports), so there is no step yet; a change of shape adds `n: (old) => new` here, which
// WXT runs on the stored log (store/log-store.ts) and the JSON import runs on older files.
// A step returns the value with its new `version`, and must leave a value already in the new
// shape unchanged.
export const LOG_MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {};

/** A value of `from` brought up to `to` through the steps; a missing step leaves it as it is. */
export function migrateLogValue(value: unknown, from: number, to: number): unknown {
  let out = value;
  for (let version = from + 1; version <= to; version++) {
    out = LOG_MIGRATIONS[version]?.(out) ?? out;
  }
  return out;
}
