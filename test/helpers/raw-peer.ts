import {
  type AnyCodec,
  createCodec,
  type DataValueInput,
  type Etp11,
  type DecodedMessage,
  MessageFlags,
  type MessageHeaderExtension,
  type OpenSessionInput,
  type RequestSessionInput,
} from '../../src/index.js';
import { EtpSession, type SessionOptions, type SessionReport } from '../../src/session/index.js';

export const FIN = MessageFlags.FinalPart;
export const codec = createCodec({ longs: 'number' });
/** The ETP 1.1 codec a raw peer of an ETP 1.1 session speaks with. */
export const codec11 = createCodec({ etp: '1.1' });

/** The other side played by hand: frames built with exact headers, and what the session sent, decoded. */
export interface RawPeer {
  session: EtpSession;
  /** Messages the session sent, decoded. */
  out: DecodedMessage[];
  reports: SessionReport[];
  /** Fake time in ms. */
  clock: { t: number };
  /** Encodes and feeds a message to the session. */
  deliver(h: { protocol: number; messageType: number; correlationId?: number; messageId: number; messageFlags?: number }, body: unknown, extension?: unknown): void;
  /** The last message the session sent. */
  last(): DecodedMessage;
  /** Sent messages of a message type. */
  sentOf(protocol: number, messageType: number): DecodedMessage[];
}

export function rawPeer(role: 'client' | 'server', options: Partial<SessionOptions> = {}): RawPeer {
  // The peer speaks the session's ETP version: its codec, and whole messages flagged its way.
  const peerCodec: AnyCodec = options.etp === '1.1' ? codec11 : codec;
  const out: DecodedMessage[] = [];
  const reports: SessionReport[] = [];
  const clock = { t: 1_000_000 };
  const session = new EtpSession({
    role,
    protocols: [
      { protocol: 1, role: 'producer' },
      { protocol: 3, role: 'store' },
    ],
    send: (f) => out.push(peerCodec.decode(f)),
    onReport: (r) => reports.push(r),
    now: () => clock.t,
    timers: { setInterval: () => 1, clearInterval: () => {} },
    ...options,
  });
  const deliver: RawPeer['deliver'] = (h, body, extension) => {
    session.receive(
      peerCodec.encode({
        header: { correlationId: 0, messageFlags: peerCodec.profile.wholeFlags, ...h },
        body,
        ...(extension === undefined ? {} : { extension: extension as MessageHeaderExtension }),
      }),
    );
  };
  return {
    session,
    out,
    reports,
    clock,
    deliver,
    last: () => out[out.length - 1]!,
    sentOf: (p, t) => out.filter((m) => m.header.protocol === p && m.header.messageType === t),
  };
}

/** A RequestSession body asking for the given server roles. */
export function requestSession(protocols = [{ protocol: 3, role: 'store' }], caps: Record<string, DataValueInput> = {}): RequestSessionInput {
  return {
    applicationName: 'raw client',
    applicationVersion: '1',
    clientInstanceId: '00000000-0000-4000-8000-000000000001',
    requestedProtocols: protocols.map((p) => ({ ...p, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, protocolCapabilities: {} })),
    supportedDataObjects: [],
    supportedCompression: ['gzip'],
    currentDateTime: 0,
    earliestRetainedChangeTime: 0,
    endpointCapabilities: caps,
  };
}

/** An OpenSession body from a server offering the given roles. */
export function openSession(
  protocols = [
    { protocol: 3, role: 'store' },
    { protocol: 1, role: 'producer' },
  ],
  caps: Record<string, DataValueInput> = {},
  compression = 'gzip',
): OpenSessionInput {
  return {
    applicationName: 'raw server',
    applicationVersion: '1',
    serverInstanceId: '00000000-0000-4000-8000-000000000002',
    supportedProtocols: protocols.map((p) => ({ ...p, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, protocolCapabilities: {} })),
    supportedDataObjects: [],
    supportedCompression: compression,
    currentDateTime: 0,
    earliestRetainedChangeTime: 0,
    sessionId: '00000000-0000-4000-8000-000000000003',
    endpointCapabilities: caps,
  };
}

/** A client session opened by hand (server ids 1, 3, 5, … are the caller's to use from 3). */
export async function openClient(options: Partial<SessionOptions> = {}, serverCaps: Record<string, DataValueInput> = {}): Promise<RawPeer> {
  const peer = rawPeer('client', options);
  const opened = peer.session.start();
  peer.deliver({ protocol: 0, messageType: 2, correlationId: 2, messageId: 1 }, openSession(undefined, serverCaps));
  await opened;
  return peer;
}

/** An ETP 1.1 client session opened by hand (the server's ids 2, 3, … are the caller's). */
export async function openClient11(options: Partial<SessionOptions> = {}): Promise<RawPeer> {
  const peer = rawPeer('client', { ...options, etp: '1.1' });
  const opened = peer.session.start();
  const open: Etp11.OpenSessionInput = {
    applicationName: 'raw server',
    applicationVersion: '1',
    sessionId: '00000000-0000-4000-8000-000000000003',
    supportedProtocols: [3, 1].map((protocol) => ({ protocol, role: protocol === 3 ? 'store' : 'producer', protocolVersion: { major: 1, minor: 1, revision: 0, patch: 0 }, protocolCapabilities: {} })),
    supportedObjects: [],
  };
  peer.deliver({ protocol: 0, messageType: 2, correlationId: 1, messageId: 1 }, open);
  await opened;
  return peer;
}

/** A server session opened by hand (client ids 2, 4, … are the caller's to use from 4). */
export function openServer(options: Partial<SessionOptions> = {}, clientCaps: Record<string, DataValueInput> = {}): RawPeer {
  const peer = rawPeer('server', options);
  peer.deliver(
    { protocol: 0, messageType: 1, messageId: 2 },
    requestSession(
      [
        { protocol: 3, role: 'store' },
        { protocol: 1, role: 'producer' },
      ],
      clientCaps,
    ),
  );
  return peer;
}

export const tick = (): Promise<void> => new Promise((r) => setImmediate(r));
