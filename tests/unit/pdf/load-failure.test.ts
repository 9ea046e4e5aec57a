// Each way a document can fail to open gets its own plain sentence.
import { describe, expect, it } from 'vitest';
import {
  BlockedError,
  FAILURE_MESSAGES,
  loadFailure,
  UnreachableError,
} from '../../../pdf/load-failure';

const named = (name: string, message = ''): Error => Object.assign(new Error(message), { name });

describe('loadFailure', () => {
  it.each([
    [named('PasswordException', 'No password given'), 'locked'],
    [named('InvalidPDFException', 'The PDF file is empty, i.e. its size is zero bytes.'), 'empty'],
    [named('InvalidPDFException', 'Invalid PDF structure.'), 'damaged'],
    [named('FormatError', 'Bad FCHECK in flate stream'), 'damaged'],
    [new UnreachableError('404'), 'unreachable'],
    [new BlockedError('Failed to fetch'), 'blocked'],
    [new TypeError('Failed to fetch'), 'blocked'],
    [named('NotReadableError'), 'not-pdf'],
    [new Error('something else'), 'unknown'],
    ['not even an error', 'unknown'],
  ])('%s is %s', (error, kind) => {
    expect(loadFailure(error)).toEqual({ kind, message: FAILURE_MESSAGES[kind as 'locked'] });
  });

  it('never names a technical cause to the reader', () => {
    for (const message of Object.values(FAILURE_MESSAGES)) {
      expect(message).not.toMatch(/exception|invalid|xref|stream|undefined/i);
    }
  });
});
