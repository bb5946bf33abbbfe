import { EtpError } from '../errors.js';
import { fromHex, toHex } from '../wire/bytes.js';
import type { MessageHeader } from '../wire/header.js';

// A session's traffic as a recording: one JSON line per frame, with the time (milliseconds since
// the epoch), the direction, the message's name and the frame's bytes in hex — what `connect
// --record FILE` writes and `decode --log FILE` reads back decoded. A recording of a session can
// be replayed in a test: the frames a peer sent, fed to a session, should draw the same answers.

/** One recorded frame. */
export interface RecordedFrame {
  /** Milliseconds since the epoch. */
  at: number;
  dir: 'in' | 'out';
  name: string;
  frame: Uint8Array;
}

/** An `onTraffic` that writes each frame as one JSON line (`{"at","dir","name","hex"}`) with `write`. */
export function recordTraffic(write: (line: string) => void, now: () => number = Date.now): (direction: 'in' | 'out', header: MessageHeader, name: string, bytes: number, frame: Uint8Array) => void {
  return (dir, _header, name, _bytes, frame) => write(`${JSON.stringify({ at: now(), dir, name, hex: toHex(frame) })}\n`);
}

/** The frames of a recording's text (blank lines skipped); INVALID_INPUT naming the line that is not one. */
export function readRecording(text: string): RecordedFrame[] {
  const out: RecordedFrame[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let v: { at?: unknown; dir?: unknown; name?: unknown; hex?: unknown };
    try {
      v = JSON.parse(line) as typeof v;
    } catch {
      throw new EtpError('INVALID_INPUT', `line ${i + 1} of the recording is not JSON`);
    }
    if (typeof v.at !== 'number' || (v.dir !== 'in' && v.dir !== 'out') || typeof v.name !== 'string' || typeof v.hex !== 'string' || !/^(?:[0-9a-fA-F]{2})*$/.test(v.hex)) {
      throw new EtpError('INVALID_INPUT', `line ${i + 1} of the recording is not {"at": number, "dir": "in"|"out", "name": string, "hex": even-length hex}`);
    }
    out.push({ at: v.at, dir: v.dir, name: v.name, frame: fromHex(v.hex) });
  }
  return out;
}
