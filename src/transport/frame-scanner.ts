// Reads the WebSocket frame headers in a byte stream (RFC 6455 §5.2) without keeping any payload,
// to bound what ws does not: the number of frames one message is fragmented into. ws keeps every
// fragment of a message as a Buffer of its own until the last one comes (about 110 bytes of heap
// for a 1-byte fragment), and bounds only their payload bytes. Nothing here imports ws.

/** What a scanner counts, and where it stops. */
export interface FrameScannerLimits {
  /** Most frames of one data message (its first frame and every continuation). */
  maxFragments: number;
}

enum State {
  Header,
  Payload,
}

/**
 * A byte-stream state machine over the frames one side of a connection sends: fed every chunk in
 * order, it returns a problem (a string) as soon as the stream breaks a limit, else undefined.
 * It holds at most 14 bytes of an unfinished header.
 */
export class FrameScanner {
  private state = State.Header;
  private readonly header = new Uint8Array(14);
  private have = 0;
  /** Payload bytes of the current frame still to skip. */
  private skip = 0;
  /** Frames of the data message being received (0: none open). */
  private fragments = 0;

  constructor(private readonly limits: FrameScannerLimits) {}

  /** Feeds the next chunk; a problem as text once a limit is broken. */
  feed(chunk: Uint8Array): string | undefined {
    let at = 0;
    while (at < chunk.length) {
      if (this.state === State.Payload) {
        const n = Math.min(this.skip, chunk.length - at);
        this.skip -= n;
        at += n;
        if (this.skip === 0) this.state = State.Header;
        continue;
      }
      this.header[this.have++] = chunk[at++]!;
      const need = this.headerLength();
      if (need === undefined || this.have < need) continue;
      const problem = this.frame();
      if (problem) return problem;
    }
    return undefined;
  }

  /** The length of the header being read, once its first two bytes say it. */
  private headerLength(): number | undefined {
    if (this.have < 2) return undefined;
    const b1 = this.header[1]!;
    const len7 = b1 & 0x7f;
    return 2 + (len7 === 126 ? 2 : len7 === 127 ? 8 : 0) + (b1 & 0x80 ? 4 : 0);
  }

  /** A whole header was read: count the frame and skip its payload. */
  private frame(): string | undefined {
    const h = this.header;
    const fin = (h[0]! & 0x80) !== 0;
    const opcode = h[0]! & 0x0f;
    const len7 = h[1]! & 0x7f;
    let length = len7;
    if (len7 === 126) length = (h[2]! << 8) | h[3]!;
    else if (len7 === 127) length = h[6]! * 2 ** 24 + (h[7]! << 16) + (h[8]! << 8) + h[9]! + (h[2]! * 2 ** 56 + h[3]! * 2 ** 48 + h[4]! * 2 ** 40 + h[5]! * 2 ** 32);
    this.have = 0;
    this.skip = length;
    this.state = length > 0 ? State.Payload : State.Header;
    // Control frames (8 close, 9 ping, 10 pong) may come between fragments and do not count.
    if (opcode >= 8) return undefined;
    if (opcode !== 0) this.fragments = 0; // a new data message (ws refuses one inside another)
    this.fragments++;
    if (this.fragments > this.limits.maxFragments) {
      return `a message in more than ${this.limits.maxFragments} websocket frames (maxFragments)`;
    }
    if (fin) this.fragments = 0;
    return undefined;
  }
}
