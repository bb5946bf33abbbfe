import { EtpError } from '../errors.js';
import { isValidUtf8, utf8Decode } from './platform.js';
import { textAt } from './string-cache.js';

/** What the factories hand the constructor: nothing else can. */
const MADE: unique symbol = Symbol('Utf8Text');

/** The decoder's factory, set by the class (which alone may call its constructor). */
let makeInFrame: (source: Uint8Array, start: number, end: number) => Utf8Text;

/**
 * Text held as its utf-8 bytes: encode writes the bytes as they are, with no transcoding (a store
 * that keeps its URIs and names as bytes sends them so). Every string field of a message to encode
 * takes one in place of a string; `toString()` and `toJSON()` give the text.
 *
 * Made by `of()` (checked at once) and `from()`, or by a codec created with `strings: 'utf8'`: there
 * every string field decodes as a view of its bytes in the frame, neither transcoded nor checked
 * until first used. Its first `toString()` (or `bytes`, or encoding it again) checks the bytes and
 * throws INVALID_DATA when they are not valid utf-8; the text, once made, is kept.
 */
export class Utf8Text {
  /** The text, once made. */
  private text: string | undefined;
  /** The bytes as their own view, once asked for (the bytes are known to be utf-8 once either is made). */
  private view: Uint8Array | undefined;

  private constructor(
    /** The bytes are `source[start..end)`. */
    private readonly source: Uint8Array,
    private readonly start: number,
    private readonly end: number,
    made: typeof MADE,
  ) {
    // From untyped JavaScript `new Utf8Text(bytes)` would skip the check: only the factories make one.
    if (made !== MADE) throw new EtpError('INVALID_VALUE', 'make utf-8 text with Utf8Text.of(bytes) or Utf8Text.from(string)');
    this.text = undefined;
    this.view = undefined;
  }

  /** Text from its utf-8 bytes (not copied: leave them unchanged while the text is in use); INVALID_VALUE when they are not valid utf-8. */
  static of(bytes: Uint8Array): Utf8Text {
    if (!(bytes instanceof Uint8Array)) throw new EtpError('INVALID_VALUE', 'utf-8 text must be a Uint8Array');
    if (!isValidUtf8(bytes)) throw new EtpError('INVALID_VALUE', 'the bytes are not valid utf-8');
    const t = new Utf8Text(bytes, 0, bytes.length, MADE);
    t.view = bytes;
    return t;
  }

  /** Text from a string, encoded once (to send the same text many times). */
  static from(text: string): Utf8Text {
    if (typeof text !== 'string' || !text.isWellFormed()) throw new EtpError('INVALID_VALUE', 'text must be a well-formed string');
    const bytes = new TextEncoder().encode(text);
    const t = new Utf8Text(bytes, 0, bytes.length, MADE);
    t.view = bytes;
    t.text = text;
    return t;
  }

  static {
    makeInFrame = (source, start, end) => new Utf8Text(source, start, end, MADE);
  }

  /** How many utf-8 bytes the text has. */
  get byteLength(): number {
    return this.end - this.start;
  }

  /** The utf-8 bytes (a view, not a copy); INVALID_DATA when text decoded from a frame is not valid utf-8. */
  get bytes(): Uint8Array {
    if (this.view === undefined) {
      const view = this.source.subarray(this.start, this.end);
      if (this.text === undefined && !isValidUtf8(view)) throw this.invalid();
      this.view = view;
    }
    return this.view;
  }

  /** The text (made once, then kept); INVALID_DATA when text decoded from a frame is not valid utf-8. */
  toString(): string {
    if (this.text === undefined) {
      const s = textAt(this.source, this.start, this.end);
      if (s === undefined) throw this.invalid();
      this.text = s;
    }
    return this.text;
  }

  toJSON(): string {
    return this.toString();
  }

  /** How Node's console.log and util.inspect show it: the text, not the frame it views (never throws). */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const s = this.text ?? utf8Decode(this.source, this.start, this.end);
    return s === undefined ? `Utf8Text <${this.end - this.start} bytes, not utf-8>` : `Utf8Text ${JSON.stringify(s)}`;
  }

  private invalid(): EtpError {
    return new EtpError('INVALID_DATA', `text of ${this.end - this.start} bytes at offset ${this.start} of its frame is not valid utf-8`);
  }
}

/**
 * Text at `source[start..end)` of a frame, checked when first used: what a codec with
 * `strings: 'utf8'` decodes (the caller checked the range). Not exported from the package.
 */
export function textInFrame(source: Uint8Array, start: number, end: number): Utf8Text {
  return makeInFrame(source, start, end);
}

/** The text of a string field given as a string or a Utf8Text; undefined for anything else. */
export function textOf(v: unknown): string | undefined {
  return typeof v === 'string' ? v : v instanceof Utf8Text ? v.toString() : undefined;
}
