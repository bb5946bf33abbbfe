import { EtpSession, type SessionOptions } from '../../src/session/index.js';
import { connect, listen } from '../../src/transport/index.js';

export type Medium = 'memory' | 'ws';

export interface OpenPair {
  client: EtpSession;
  server: EtpSession;
  close(): Promise<void>;
}

type Side = Partial<Omit<SessionOptions, 'role' | 'send'>>;

/**
 * An open client and server session, either wired in memory (frames delivered in a microtask) or
 * over a real WebSocket on 127.0.0.1. `setup` registers the server's handlers before it opens.
 */
export async function openPair(medium: Medium, client: Side, server: Side, setup: (s: EtpSession) => void = () => {}): Promise<OpenPair> {
  if (medium === 'ws') {
    let serverSession!: EtpSession;
    const srv = await listen({
      ...server,
      setup: (s) => {
        serverSession = s;
        setup(s);
      },
    });
    const { session } = await connect(srv.url, client);
    await serverSession.opened;
    return {
      client: session,
      server: serverSession,
      close: async () => {
        session.close('done');
        await srv.close();
      },
    };
  }
  let c!: EtpSession;
  let s!: EtpSession;
  c = new EtpSession({ ...client, role: 'client', send: (f) => queueMicrotask(() => s.receive(f)) });
  s = new EtpSession({ ...server, role: 'server', send: (f) => queueMicrotask(() => c.receive(f)) });
  setup(s);
  await c.start();
  await s.opened;
  return {
    client: c,
    server: s,
    close: async () => {
      c.close('done');
    },
  };
}
