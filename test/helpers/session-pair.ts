import { getResourcesBody } from '../../src/cli/synthetic.js';
import type { ResourceInput } from '../../src/index.js';
import { EtpSession, type SessionOptions, type SessionReport } from '../../src/session/index.js';

export const DISCOVERY_STORE = { protocol: 3, role: 'store' };
export const STREAMING_PRODUCER = { protocol: 1, role: 'producer' };

export interface Pair {
  client: EtpSession;
  server: EtpSession;
  reports: { client: SessionReport[]; server: SessionReport[] };
  /** Frames each side sent, in order. */
  sent: { client: Uint8Array[]; server: Uint8Array[] };
}

/**
 * A client and a server session wired to each other; frames are delivered in a microtask, as a
 * socket would deliver them later, never inside the sender's call.
 */
export function sessionPair(client: Partial<SessionOptions> = {}, server: Partial<SessionOptions> = {}): Pair {
  const reports = { client: [] as SessionReport[], server: [] as SessionReport[] };
  const sent = { client: [] as Uint8Array[], server: [] as Uint8Array[] };
  let c!: EtpSession;
  let s!: EtpSession;
  c = new EtpSession({
    role: 'client',
    protocols: [DISCOVERY_STORE, STREAMING_PRODUCER],
    send: (f) => {
      sent.client.push(f);
      queueMicrotask(() => s.receive(f));
    },
    onReport: (r) => reports.client.push(r),
    ...client,
  });
  s = new EtpSession({
    role: 'server',
    protocols: [DISCOVERY_STORE, STREAMING_PRODUCER],
    send: (f) => {
      sent.server.push(f);
      queueMicrotask(() => c.receive(f));
    },
    onReport: (r) => reports.server.push(r),
    ...server,
  });
  return { client: c, server: s, reports, sent };
}

/** A Discovery Resource. */
export function resource(i: number): ResourceInput {
  return {
    uri: `eml:///witsml20.Well(${i})`,
    alternateUris: [],
    name: `well ${i}`,
    sourceCount: null,
    targetCount: null,
    lastChanged: i,
    storeLastWrite: i,
    storeCreated: i,
    activeStatus: 'Active',
    customData: {},
  };
}

export const getResources = getResourcesBody();
