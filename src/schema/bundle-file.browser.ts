import { EtpError } from '../errors.js';

// The browser build's edition of bundle-file.ts: there is no file system to read a path from.

/** Always INVALID_SCHEMA: a browser passes bundle objects (import or fetch the JSON), not paths. */
export function readTextFile(path: string): string {
  throw new EtpError('INVALID_SCHEMA', `cannot read schema file ${path}: a path needs node's file system; pass the bundle object instead`);
}
