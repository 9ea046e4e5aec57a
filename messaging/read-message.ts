// Reads a message or reply with its schema: the typed value, or the error reply that says in a
// line what was wrong. A line, never the whole input: a huge string is not sent back whole.
import * as v from 'valibot';
import { CANNOT_READ, type ErrorReply } from './protocol';
import { ErrorReplySchema } from './schemas';

/** The longest an error reply's explanation gets, however big the input was. */
const MAX_WHY = 160;

export type Read<T> = { ok: true; value: T } | { ok: false; reply: ErrorReply };

/** An error reply, its explanation cut to one short line. */
export function errorReply(why: string): ErrorReply {
  const line = why.replace(/\s+/g, ' ');
  return { error: CANNOT_READ + (line.length > MAX_WHY ? `${line.slice(0, MAX_WHY - 1)}…` : line) };
}

export function readWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Read<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  const path = v.getDotPath(issue);
  return { ok: false, reply: errorReply(path ? `${path}: ${issue.message}` : issue.message) };
}

/** Whether a reply is a receiver's error reply. */
export const isErrorReply = (reply: unknown): reply is ErrorReply => v.is(ErrorReplySchema, reply);
