import { randomBytes } from 'node:crypto';
import { connect as tcp, type Socket } from 'node:net';

/** A WebSocket frame as the server sent it. */
export interface WsFrame {
  opcode: number;
  fin: boolean;
  payload: Buffer;
}

/**
 * A WebSocket client written by hand over a TCP socket, for the peers a library client will not
 * play: one that stops reading, sends text, leaves a fragmented message unfinished, or never
 * finishes its upgrade. It reads and parses the server's frames while `reading` is on.
 */
export class RawWs {
  readonly frames: WsFrame[] = [];
  /** Bytes of frames received (payload and framing). */
  received = 0;
  closed = false;
  private buffered = Buffer.alloc(0);
  private waiters: (() => void)[] = [];

  private constructor(
    readonly socket: Socket,
    /** The HTTP status of the upgrade (101 when it became a WebSocket). */
    readonly status: number,
  ) {
    socket.on('data', (d: Buffer) => {
      this.received += d.length;
      this.buffered = Buffer.concat([this.buffered, d]);
      this.parse();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => {});
    socket.resume();
  }

  /** Opens a TCP connection and asks for an upgrade offering `protocol`. */
  static async open(port: number, protocol = 'etp12.energistics.org'): Promise<RawWs> {
    const socket = tcp({ port, host: '127.0.0.1' });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    socket.write(
      [
        'GET / HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        `Sec-WebSocket-Protocol: ${protocol}`,
        '',
        '',
      ].join('\r\n'),
    );
    const head = await new Promise<Buffer>((resolve, reject) => {
      let got = Buffer.alloc(0);
      const onData = (d: Buffer): void => {
        got = Buffer.concat([got, d]);
        const end = got.indexOf('\r\n\r\n');
        if (end < 0) return;
        socket.off('data', onData);
        socket.pause(); // nothing may flow before the frame parser listens
        const rest = got.subarray(end + 4);
        if (rest.length) socket.unshift(rest);
        resolve(got.subarray(0, end));
      };
      socket.on('data', onData);
      socket.once('close', () => reject(new Error('closed during the upgrade')));
    });
    const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head.toString('latin1'))?.[1] ?? 0);
    return new RawWs(socket, status);
  }

  /** Sends one frame (masked, as a client must). */
  send(payload: Uint8Array, opcode = 2, fin = true): boolean {
    const mask = randomBytes(4);
    const len = payload.length;
    const head = len < 126 ? Buffer.alloc(2) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
    head[0] = (fin ? 0x80 : 0) | opcode;
    if (len < 126) head[1] = 0x80 | len;
    else if (len < 65536) {
      head[1] = 0x80 | 126;
      head.writeUInt16BE(len, 2);
    } else {
      head[1] = 0x80 | 127;
      head.writeBigUInt64BE(BigInt(len), 2);
    }
    const body = Buffer.allocUnsafe(len);
    for (let i = 0; i < len; i++) body[i] = payload[i]! ^ mask[i & 3]!;
    return this.socket.write(Buffer.concat([head, mask, body]));
  }

  /** Binary frames received so far, as ETP messages. */
  messages(): Buffer[] {
    return this.frames.filter((f) => f.opcode === 2).map((f) => f.payload);
  }

  /** Resolves when `test` holds (checked at each frame and at close), or rejects after `ms`. */
  async until(test: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!test()) {
      if (this.closed) throw new Error('connection closed before the condition held');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('condition not met in time');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Resolves when the server has closed the connection (or rejects after `ms`). */
  async closedByServer(ms = 5000): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('the server did not close the connection')), ms);
      this.socket.once('close', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private parse(): void {
    for (;;) {
      const b = this.buffered;
      if (b.length < 2) break;
      let len = b[1]! & 0x7f;
      let at = 2;
      if (len === 126) {
        if (b.length < 4) break;
        len = b.readUInt16BE(2);
        at = 4;
      } else if (len === 127) {
        if (b.length < 10) break;
        len = Number(b.readBigUInt64BE(2));
        at = 10;
      }
      if (b.length < at + len) break;
      this.frames.push({ opcode: b[0]! & 0x0f, fin: (b[0]! & 0x80) !== 0, payload: Buffer.from(b.subarray(at, at + len)) });
      this.buffered = b.subarray(at + len);
    }
    this.wake();
  }
}
