// What the real-browser test runs in Chromium, bundled by esbuild with the `browser` export
// condition (so: dist/browser, fflate, the platform's WebSocket), on a page whose
// Content-Security-Policy forbids eval. It reports to window.__result.
import { createCodec, type AnyCodec } from 'etp-codec';
import { connect } from 'etp-codec/transport';
import { PLATFORM } from 'etp-codec/wire';

interface PageVector {
  id: string;
  etp: '1.1' | '1.2';
  longs: 'number' | 'bigint';
  exact: boolean;
  message: { header: Record<string, number>; extension?: unknown; body: unknown };
  hex: string;
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const bytes = (h: string): Uint8Array => new Uint8Array(h.match(/../g)?.map((x) => parseInt(x, 16)) ?? []);

/** Deep equality of JSON values (key order ignored). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function checkVector(codec: AnyCodec, v: PageVector): string | undefined {
  const decoded = codec.toJSON(codec.decode(bytes(v.hex)));
  const want = v.message;
  if (!same(decoded.header, want.header) || !same(decoded.extension, want.extension) || !same(decoded.body, want.body)) return `${v.id}: decode differs`;
  const encoded = codec.encode(codec.fromJSON(want));
  if (!(encoded instanceof Uint8Array)) return `${v.id}: encode did not give a Uint8Array`;
  if (v.exact) return hex(encoded) === v.hex ? undefined : `${v.id}: encode gave ${hex(encoded).slice(0, 60)}`;
  const back = codec.toJSON(codec.decode(encoded));
  return same(back.body, want.body) ? undefined : `${v.id}: encode does not decode back`;
}

async function run(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = { platform: PLATFORM };
  const vectors = (await (await fetch('/vectors')).json()) as PageVector[];
  const codecs = { '1.2number': createCodec(), '1.2bigint': createCodec({ longs: 'bigint' }), '1.1number': createCodec({ etp: '1.1' }) } as Record<string, AnyCodec>;
  const failures: string[] = [];
  for (const v of vectors) {
    try {
      const f = checkVector(codecs[v.etp + v.longs]!, v);
      if (f) failures.push(f);
    } catch (err) {
      failures.push(`${v.id}: ${(err as Error).message}`);
    }
  }
  result.vectors = vectors.length;
  const cd = 'Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData';
  result.code = [codecs['1.2number']!.codeOf(cd), codecs['1.1number']!.codeOf('Energistics.Protocol.ChannelStreaming.ChannelData'), codecs['1.2bigint']!.codeOf(cd)];
  result.vectorFailures = failures.slice(0, 10);

  const url = new URL(location.href).searchParams.get('etp')!;
  let compressedIn = 0;
  let framesIn = 0;
  const { session, negotiated } = await connect(url, {
    applicationName: 'etp-codec browser test',
    // Small messages: the server must split its GetResourcesResponse into parts to fit.
    capabilities: { MaxWebSocketMessagePayloadSize: 8192 },
    protocols: [
      { protocol: 1, role: 'producer' },
      { protocol: 3, role: 'store' },
    ],
    onTraffic: (direction, header) => {
      if (direction !== 'in') return;
      framesIn++;
      if (header.messageFlags & 0x08) compressedIn++;
    },
  });
  result.compression = negotiated.compression;
  const response = await session.request('Energistics.Etp.v12.Protocol.Discovery.GetResources', {
    context: { uri: 'eml:///', depth: 1, dataObjectTypes: [], navigableEdges: 'Primary' },
    scope: 'self',
    countObjects: false,
    storeLastWriteFilter: null,
    activeStatusFilter: null,
    includeEdges: false,
  });
  result.resources = response.body.resources.length;
  result.resourceParts = response.count;
  result.firstUri = response.body.resources[0]?.uri;

  const wanted = 3; // serve sends one a second after the first
  let metadata = 0;
  let items = 0;
  const streamed = new Promise<number>((resolve) => {
    let seen = 0;
    session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata', (ctx) => {
      metadata = ctx.body.channels.length;
    });
    session.on('Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData', (ctx) => {
      items += ctx.body.data.length;
      if (++seen === wanted) resolve(seen);
    });
  });
  session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming', {});
  result.channelData = await streamed;
  session.send('Energistics.Etp.v12.Protocol.ChannelStreaming.StopStreaming', {});
  result.channels = metadata;
  result.items = items;
  result.framesIn = framesIn;
  result.compressedIn = compressedIn;
  session.close('browser test done');
  result.closed = await session.closed;
  result.violations = violations;
  return result;
}

const w = window as unknown as { __result?: unknown; __error?: string };
run().then(
  (r) => (w.__result = r),
  (err: Error) => (w.__error = `${(err as { code?: string }).code ?? ''} ${err.message}\n${err.stack ?? ''}`),
);
