import { TRANSPORT_DEFAULTS } from '../transport/index.js';

// The CLI's subcommands: each with its own options, defaults and help. An option of another
// subcommand is a usage error, never ignored.

type Kind = 'number' | 'string' | 'strings' | 'etp' | 'flag';

interface OptionSpec {
  kind: Kind;
  /** What the value is called in the help, e.g. FILE or N. */
  value: string;
  help: string;
  default?: number | string;
}

interface CommandSpec {
  /** The positional arguments, for the help line. */
  inputs: string;
  summary: string;
  options: Record<string, OptionSpec>;
}

const SCHEMA_OPTIONS: Record<string, OptionSpec> = {
  '--etp': { kind: 'etp', value: '1.1|1.2', help: "the built-in catalog: every message of ETP 1.2 or of ETP 1.1 (default 1.2, or the --schema bundle's own)" },
  '--extend': { kind: 'strings', value: 'FILE', help: "a custom protocol's .avpr bundle, on top of the catalog (repeatable)" },
  '--schema': { kind: 'strings', value: 'FILE', help: 'an .avpr bundle to use instead of the built-in catalog (repeatable)' },
};

export const COMMANDS: Record<string, CommandSpec> = {
  decode: {
    inputs: '[HEX...]',
    summary:
      'each HEX message (or, without arguments, one per stdin line) becomes one JSON line {"header":…,"extension":…,"body":…,"name":…} in the interchange JSON form. A line that fails prints {"error":"<CODE>","message":"…"}; the exit status is then 1. With --log FILE, the frames of a recording (connect --record) are printed so, each with its "at" and "dir".',
    options: { ...SCHEMA_OPTIONS, '--log': { kind: 'string', value: 'FILE', help: 'a recording written by connect --record: each frame decoded, with its time and direction' } },
  },
  encode: {
    inputs: '[JSON...]',
    summary:
      'each JSON line becomes one hex line; header flag 0x08 compresses. A line is a message in the interchange JSON form, e.g. {"header":{"protocol":0,"messageType":8,"correlationId":0,"messageId":2,"messageFlags":2},"body":{"currentDateTime":1764000000000000}} (a Ping); fields with a default or a null branch may be left out, unions are {"<branch>":value}, bytes {"$hex":"…"}; each message\'s fields are listed in docs/messages.md. A line that fails prints {"error":"<CODE>","message":"…"}; the exit status is then 1.',
    options: SCHEMA_OPTIONS,
  },
  types: {
    inputs: '[BUNDLE.avpr...]',
    summary:
      "prints TypeScript for the bundles' messages and types: each record as decoded and as sent, and a message map that makes a codec's and a session's send, request, on and reply typed by message name.",
    options: {
      '--base': { kind: 'string', value: 'etp12|etp11|none', help: 'the built-in catalog the bundles build on: their map extends its map', default: 'etp12' },
      '--map': { kind: 'string', value: 'NAME', help: "name of the message map (default: the bundle's protocol + MessageMap)" },
      '--import-from': { kind: 'string', value: 'MODULE', help: "where the base catalog's types (and Utf8Text) come from", default: 'etp-codec' },
      '--builtin': { kind: 'etp', value: '1.1|1.2', help: "a built-in catalog's own types, as etp-codec ships them" },
    },
  },
  publish: {
    inputs: '[ws://host:port/path]',
    summary:
      'a Sink device publishing events: to a server over ws, or (without a url) to an ingest in this process over a link that cuts and delays on purpose; prints events sent, acknowledged, sent again, delivered.',
    options: {
      '--events': { kind: 'number', value: 'N', help: 'events to publish', default: 1000 },
      '--in-flight': { kind: 'number', value: 'N', help: 'events published and not yet answered at once', default: 64 },
      '--cut': { kind: 'string', value: 'P', help: 'probability that a frame cuts the connection (the in-process link; a ws connection is cut by the network or the server)', default: '0.002' },
      '--seed': { kind: 'number', value: 'N', help: 'seed of the faults', default: 1 },
      '--device': { kind: 'string', value: 'UUID', help: "the device's clientInstanceId", default: '3c9e2a1b-7d4f-4a6e-8b2c-9d1e0f2a3b4c' },
      '--state': {
        kind: 'string',
        value: 'FILE',
        help: 'a SQLite file where the device keeps its outbox of unacknowledged events and the server instance id of its last good connection (default: memory)',
      },
    },
  },
  bench: {
    inputs: '',
    summary:
      'times encode and decode of a message against avsc doing the same work (header + body into a scratch buffer and one copy out; header then body decoded) and JSON: the built-in shapes (ChannelData 10/100/1000, RequestSession, GetResourcesResponse of 1000, GetDataObjectsResponse of 1 MB), or --message. Prints a Markdown table of ops/s and ratios (median of the rounds).',
    options: {
      ...SCHEMA_OPTIONS,
      '--message': { kind: 'string', value: 'JSON-FILE', help: 'your message in the interchange JSON form ({"header":…,"body":…}), on --schema/--extend bundles' },
      '--json': { kind: 'flag', value: '', help: 'print the results as JSON instead of a table' },
      '--svg': { kind: 'string', value: 'FILE', help: 'also write the ratios as an SVG bar chart' },
      '--rounds': { kind: 'number', value: 'N', help: 'rounds (each contender runs once a round)', default: 5 },
      '--time-ms': { kind: 'number', value: 'N', help: 'time each contender runs in a round', default: 150 },
    },
  },
  demo: { inputs: '', summary: 'a server and a client on 127.0.0.1: session, streaming, a multipart Discovery, ping, close.', options: {} },
  serve: {
    inputs: '',
    summary: 'a synthetic ETP store (Discovery store, ChannelStreaming producer) until Ctrl-C: ETP 1.2, or 1.1 with --etp 1.1.',
    options: {
      '--port': { kind: 'number', value: 'N', help: 'port to listen on (0: any free one)', default: 9000 },
      '--host': { kind: 'string', value: 'H', help: 'address to listen on', default: '127.0.0.1' },
      '--resources': { kind: 'number', value: 'N', help: 'wells in the store', default: 1000 },
      '--max-message-bytes': { kind: 'number', value: 'N', help: 'MaxWebSocketMessagePayloadSize', default: 16_000_000 },
      '--max-sessions': { kind: 'number', value: 'N', help: 'connections at once (more get HTTP 503)', default: TRANSPORT_DEFAULTS.maxSessions },
      '--max-outgoing-bytes': { kind: 'number', value: 'N', help: 'bytes queued for a peer before it is taken not to read', default: TRANSPORT_DEFAULTS.maxOutgoingBytes },
      '--idle-timeout-ms': { kind: 'number', value: 'N', help: 'close connections with no complete message either way this long (0: never)', default: TRANSPORT_DEFAULTS.idleTimeoutMs },
      '--upgrade-timeout-ms': {
        kind: 'number',
        value: 'N',
        help: 'drop connections whose websocket upgrade has not completed this long after they connected',
        default: TRANSPORT_DEFAULTS.upgradeTimeoutMs,
      },
      '--max-buffered-bytes': {
        kind: 'number',
        value: 'N',
        help: 'decoded cost held by the multipart messages of all sessions together (more get ProtocolException 18)',
        default: TRANSPORT_DEFAULTS.maxBufferedBytes,
      },
      '--max-fragments': { kind: 'number', value: 'N', help: 'websocket frames one incoming message may be fragmented into', default: TRANSPORT_DEFAULTS.maxFragments },
      '--etp': { kind: 'etp', value: '1.1|1.2', help: 'ETP version served (subprotocol energistics-tp for 1.1); 1.2 also serves Sparkle (protocol 2000)', default: '1.2' },
      '--state': {
        kind: 'string',
        value: 'DIR',
        help: "a directory where Sink's known devices and delivered events are kept (sink.sqlite): delivery is exactly once across restarts (default: memory)",
      },
      '--sink-log': {
        kind: 'string',
        value: 'FILE',
        help: 'append one JSON line per Sink event delivered ({"device","eventTypeId","key","offset"}), written synchronously (at least once: a line may repeat after a kill)',
      },
      '--sparkle-interval-ms': { kind: 'number', value: 'N', help: 'a live row of every Sparkle column this often', default: 1000 },
      '--instance-id': { kind: 'string', value: 'UUID', help: 'the server instance id (Sink devices remember it)', default: '5e7a1c9d-2b4f-4e6a-9c8d-7f1e2d3c4b5a' },
      '--store': {
        kind: 'string',
        value: 'PATH|URL',
        help: 'serve a real store instead of the synthetic one (Dataspace, Store, StoreNotification, DataArray, Transaction, Discovery, SupportedTypes), kept in this SQLite file (:memory: for an empty store in memory), or in PostgreSQL at a postgres:// url, where several serve processes share one store and its notifications; see docs/store.md and docs/scale.md',
      },
      '--seed': { kind: 'string', value: 'wells', help: 'with --store: load the synthetic wells and wellbores (--resources of them) into dataspace etp-codec/synthetic, once' },
      '--profile': { kind: 'string', value: 'etp|rddms', help: 'with --store: follow the specification (etp), or behave as open-etp-server where it differs (rddms)', default: 'etp' },
      '--data-objects': {
        kind: 'string',
        value: 'LIST',
        help: 'with --store: the data object types OpenSession advertises, comma-separated',
        default: 'eml20.*,resqml20.*,resqml22.*,eml23.*,witsml21.*,prodml22.*',
      },
    },
  },
  connect: {
    inputs: 'ws://host:port/path',
    summary: 'opens a session with an ETP server (1.2, or 1.1 with --etp 1.1), prints what was negotiated, and runs GetResources and ChannelStreaming when asked.',
    options: {
      '--protocol': { kind: 'strings', value: 'N:role', help: "a protocol to request and the server's role in it, e.g. 3:store (repeatable; default 1:producer and 3:store)" },
      '--get-resources': { kind: 'string', value: 'URI', help: 'run GetResources on this URI and list what it returns' },
      '--max-message-bytes': { kind: 'number', value: 'N', help: 'MaxWebSocketMessagePayloadSize', default: 16_000_000 },
      '--stream': { kind: 'number', value: 'N', help: 'start ChannelStreaming and print the first N ChannelData messages' },
      '--sparkle': { kind: 'strings', value: 'SOURCE', help: 'ask for Sparkle streams of this column path, e.g. rig1/drilling/HKLD, or dataSet:rig1/drilling (repeatable)' },
      '--transform': { kind: 'string', value: 'NAME', help: 'the Sparkle transform', default: 'raw' },
      '--param': { kind: 'strings', value: 'K=V', help: 'a transform parameter, e.g. window=10 or fn=max (repeatable)' },
      '--credit': { kind: 'number', value: 'N', help: 'initial Sparkle credit of each stream (0: unlimited)', default: 100 },
      '--items': { kind: 'number', value: 'N', help: 'Sparkle items, store changes or channel points to print before closing (0: until Ctrl-C)', default: 10 },
      '--etp': { kind: 'etp', value: '1.1|1.2', help: 'ETP version spoken (subprotocol energistics-tp for 1.1)', default: '1.2' },
      '--record': { kind: 'string', value: 'FILE', help: 'write every frame both ways to FILE, one JSON line each {"at","dir","name","hex"} (read it back with decode --log FILE)' },
      '--subscribe': {
        kind: 'string',
        value: 'URI',
        help: "subscribe to a store's notifications about this dataspace or object (StoreNotification) and print each change as a JSON line, --items of them (0: until the store ends it or Ctrl-C)",
      },
      '--load-channel': {
        kind: 'string',
        value: 'URI',
        help: "load points into a store's channel (ChannelDataLoad; a minimal Channel object is put when the store has none at URI): --points N made up, else lines 'INDEX VALUE' from stdin",
      },
      '--points': { kind: 'number', value: 'N', help: 'with --load-channel: load N made-up points of a gamma-ray log (a depth every 0.1 m from 1,000 m)' },
      '--watch-channel': {
        kind: 'string',
        value: 'URI',
        help: "subscribe to a store's channel (ChannelSubscribe) and print its points as JSON lines, history then live, --items of them (0: until Ctrl-C)",
      },
      '--from': { kind: 'string', value: 'INDEX', help: 'with --watch-channel: the first index to print (default the first point the channel holds)' },
    },
  },
};

/** What was asked for: a command, its options and its positional arguments. */
export interface Args {
  command: string | undefined;
  help: boolean;
  numbers: Record<string, number>;
  strings: Record<string, string>;
  lists: Record<string, string[]>;
  inputs: string[];
}

export class UsageError extends Error {}

/** Parses the command line against the command's own options. */
export function parseArgs(argv: string[]): Args {
  const args: Args = { command: undefined, help: false, numbers: {}, strings: {}, lists: {}, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') {
      args.help = true;
      continue;
    }
    if (args.command === undefined && !a.startsWith('-')) {
      if (!COMMANDS[a]) throw new UsageError(`unknown command ${a}`);
      args.command = a;
      continue;
    }
    if (!a.startsWith('--')) {
      args.inputs.push(a);
      continue;
    }
    const spec = args.command === undefined ? undefined : COMMANDS[args.command]!.options[a];
    if (!spec) throw new UsageError(args.command === undefined ? `unknown option ${a}: name a command first` : `${args.command} does not take ${a} (see etp-codec ${args.command} --help)`);
    if (spec.kind === 'flag') {
      args.strings[a] = 'true';
      continue;
    }
    const v = argv[++i];
    if (v === undefined) throw new UsageError(`${a} takes ${spec.value}`);
    if (spec.kind === 'number') {
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${a} takes a whole number, got ${v}`);
      args.numbers[a] = n;
    } else if (spec.kind === 'etp') {
      if (v !== '1.1' && v !== '1.2') throw new UsageError('--etp takes 1.1 or 1.2');
      args.strings[a] = v;
    } else if (spec.kind === 'strings') {
      (args.lists[a] ??= []).push(v);
    } else {
      args.strings[a] = v;
    }
  }
  return args;
}

/** The usage of every command, one line each. */
export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  etp-codec ${name}${c.inputs ? ` ${c.inputs}` : ''}${Object.keys(c.options).length ? ' [options]' : ''}`);
  return ['usage:', ...lines, '', 'etp-codec COMMAND --help lists the options of a command.'].join('\n');
}

/** The help of one command: what it does, and each option with its default. */
export function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  const width = Math.max(0, ...Object.entries(c.options).map(([o, s]) => o.length + s.value.length + 1));
  const options = Object.entries(c.options).map(([o, s]) => `  ${`${o} ${s.value}`.padEnd(width)}  ${s.help}${s.default === undefined ? '' : ` (default ${s.default})`}`);
  return [`usage: etp-codec ${name}${c.inputs ? ` ${c.inputs}` : ''}${options.length ? ' [options]' : ''}`, '', c.summary, ...(options.length ? ['', 'options:', ...options] : [])].join('\n');
}
