import { EtpError } from '../errors.js';
import { isValidUtf8, utf8Decode } from './platform.js';

/** What of() and from() hand the constructor: nothing else can. */
const MADE: unique symbol = Symbol('Utf8Text');

/**
 * Text held as its utf-8 bytes, checked once when made: encode writes the bytes as they are, with
 * no transcoding (a store that keeps its URIs and names as bytes sends them so). Every string field
 * of a message to encode takes one in place of a string; `toString()` and `toJSON()` give the text.
 */
export class Utf8Text {
  private text: string | undefined;

  private constructor(
    /** The utf-8 bytes (not copied: leave them unchanged while the text is in use). */
    readonly bytes: Uint8Array,
    made: typeof MADE,
  ) {
    // From untyped JavaScript `new Utf8Text(bytes)` would skip the check: only of() and from() make one.
    if (made !== MADE) throw new EtpError('INVALID_VALUE', 'make utf-8 text with Utf8Text.of(bytes) or Utf8Text.from(string)');
  }

  /** Text from its utf-8 bytes (not copied); INVALID_VALUE when they are not valid utf-8. */
  static of(bytes: Uint8Array): Utf8Text {
    if (!(bytes instanceof Uint8Array)) throw new EtpError('INVALID_VALUE', 'utf-8 text must be a Uint8Array');
    if (!isValidUtf8(bytes)) throw new EtpError('INVALID_VALUE', 'the bytes are not valid utf-8');
    return new Utf8Text(bytes, MADE);
  }

  /** Text from a string, encoded once (to send the same text many times). */
  static from(text: string): Utf8Text {
    if (typeof text !== 'string' || !text.isWellFormed()) throw new EtpError('INVALID_VALUE', 'text must be a well-formed string');
    const t = new Utf8Text(new TextEncoder().encode(text), MADE);
    t.text = text;
    return t;
  }

  /** The text (decoded once, then kept). */
  toString(): string {
    this.text ??= utf8Decode(this.bytes, 0, this.bytes.length)!;
    return this.text;
  }

  toJSON(): string {
    return this.toString();
  }
}

/** The text of a string field given as a string or a Utf8Text; undefined for anything else. */
export function textOf(v: unknown): string | undefined {
  return typeof v === 'string' ? v : v instanceof Utf8Text ? v.toString() : undefined;
}
