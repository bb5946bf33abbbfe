import { EtpError } from '../../src/index.js';

/** The EtpError that `fn` throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): EtpError {
  try {
    fn();
  } catch (err) {
    if (err instanceof EtpError) return err;
    throw err;
  }
  throw new Error('expected an EtpError');
}
