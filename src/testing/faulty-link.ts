import { EtpSession } from '../session/index.js';
import { createSinkCodec, type DialRequest, SINK_OFFER, type SinkIngest, type SinkMessageMap } from '../sink/index.js';

// A device's dialer to an ingest in the same process, over a link that loses the connection and
// delays frames on purpose: the fault injection of the tests and of `etp-codec publish`.

// Made on the first dial: importing etp-codec/testing parses no catalog.
let codec: ReturnType<typeof createSinkCodec> | undefined;

/** The server instance id of a faulty link's ingest sessions, unless one is given. */
export const LINK_SERVER_ID = '7d1f4c2a-9b3e-4f5d-8a6c-1e2f3a4b5c6d';

/** A seeded pseudo-random generator (mulberry32): the same faults for the same seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a faulty link did. */
export interface LinkStats {
  frames: number;
  cuts: number;
  delayed: number;
}

/**
 * A dialer over an in-memory link to `ingest` with faults: each frame, either way, may be delayed
 * (delivered a turn later, order kept) or cut the connection (it and everything after it are
 * lost, and both sessions learn their transport is gone), with the given probabilities.
 */
export function faultyDialer(ingest: SinkIngest, options: { cut: number; delay: number; random: () => number; serverId?: string }) {
  const stats: LinkStats = { frames: 0, cuts: 0, delayed: 0 };
  const dial = async (r: DialRequest) => {
    codec ??= createSinkCodec();
    let alive = true;
    let client!: EtpSession<SinkMessageMap>;
    let server!: EtpSession<SinkMessageMap>;
    const cut = () => {
      if (!alive) return;
      alive = false;
      stats.cuts++;
      client.transportClosed('link cut');
      server.transportClosed('link cut');
    };
    // One queue a direction keeps the order of frames, delayed or not.
    const pipe = (to: () => EtpSession<SinkMessageMap>) => {
      let chain = Promise.resolve();
      return (frame: Uint8Array) => {
        if (!alive) return;
        stats.frames++;
        if (options.random() < options.cut) return void queueMicrotask(cut);
        const late = options.random() < options.delay;
        if (late) stats.delayed++;
        chain = chain
          .then(() => (late ? new Promise<void>((res) => setImmediate(res)) : undefined))
          .then(() => {
            if (alive) to().receive(frame);
          });
      };
    };
    server = new EtpSession<SinkMessageMap>({ role: 'server', codec, instanceId: options.serverId ?? LINK_SERVER_ID, protocols: [SINK_OFFER], send: pipe(() => client) });
    ingest.attach(server);
    client = new EtpSession<SinkMessageMap>({
      role: 'client',
      codec,
      instanceId: r.instanceId,
      applicationVersion: r.applicationVersion,
      endpointCapabilities: r.endpointCapabilities,
      protocols: r.protocols,
      send: pipe(() => server),
    });
    r.setup(client);
    await client.start();
    return client;
  };
  return { dial, stats };
}
