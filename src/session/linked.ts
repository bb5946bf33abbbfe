import type { Etp12MessageMap } from '../schema/gen/etp12-types.gen.js';
import { EtpSession } from './session.js';
import type { SessionOptions } from './options.js';

/** Options of {@link linkedSessions}: each side's session options (`role` and `send` are the pair's). */
export interface LinkedSessionsOptions<M> {
  client?: Omit<Partial<SessionOptions<M>>, 'role' | 'send'>;
  server?: Omit<Partial<SessionOptions<M>>, 'role' | 'send'>;
}

/**
 * A client and a server session wired to each other in memory, for tests and for embedding both
 * ends in one process: each frame is delivered to the other side on a microtask (never inside the
 * sender's call, as a socket would), and when one side ends the other learns that its transport
 * closed. Register the server's handlers, then `await client.start()`.
 */
export function linkedSessions<M = Etp12MessageMap>(options: LinkedSessionsOptions<M> = {}): { client: EtpSession<M>; server: EtpSession<M> } {
  let client!: EtpSession<M>;
  let server!: EtpSession<M>;
  const link = (from: 'client' | 'server', own: Omit<Partial<SessionOptions<M>>, 'role' | 'send'> = {}): SessionOptions<M> => ({
    ...(own as Partial<SessionOptions<M>>),
    role: from,
    send: (frame) => {
      queueMicrotask(() => (from === 'client' ? server : client).receive(frame));
    },
    onClose: (reason) => {
      // After the frames already on their way (CloseSession among them); whatever the user's onClose does.
      queueMicrotask(() => (from === 'client' ? server : client).transportClosed(`the ${from} closed: ${reason}`));
      own.onClose?.(reason);
    },
  });
  client = new EtpSession<M>(link('client', options.client));
  server = new EtpSession<M>(link('server', options.server));
  return { client, server };
}
