// The optional next-day check-in's stored state, checked on read: anything it cannot use reads as
// "off" or "not shown yet", the safe side, so a damaged value never brings a reminder.
import * as v from 'valibot';

export interface CheckInState {
  enabled: boolean;
  /** The PT-session entry the last check-in was shown for, so it is shown once. */
  promptedFor?: string;
}

const CheckInStateSchema = v.fallback(
  v.object({
    enabled: v.fallback(v.boolean(), false),
    promptedFor: v.fallback(v.optional(v.string()), undefined),
  }),
  { enabled: false },
);

/** Never throws: a field it cannot use falls back on its own. */
export function readCheckInState(raw: unknown): CheckInState {
  const { enabled, promptedFor } = v.parse(CheckInStateSchema, raw ?? {});
  return promptedFor === undefined ? { enabled } : { enabled, promptedFor };
}
