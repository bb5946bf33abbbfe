import { readFileSync } from 'node:fs';
import { EtpError } from '../errors.js';

// Reading a bundle from a file path: Node only. The browser build swaps this file for
// bundle-file.browser.ts, so nothing the codec imports there touches a file system.

/** The text of a schema file; INVALID_SCHEMA when it cannot be read. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new EtpError('INVALID_SCHEMA', `cannot read schema file ${path}: ${(err as Error).message}`, { cause: err });
  }
}
