import sinkJson from '../../schemas/sink/sink.avpr.json';
import { type Codec, type CodecOptions, createCodec } from '../codec/index.js';
import { EtpError } from '../errors.js';
import { type SchemaBundle, withProtocolNumber } from '../schema/index.js';
import type { AdmissionResult, SinkMessageMap } from './gen/types.gen.js';

// Sink as an ETP-style protocol: its number, roles, messages, bundle, version and codes.

/** Sink's protocol number by default (custom range; Sparkle is 2000). */
export const SINK_PROTOCOL = 2010;

/** The Sink protocol version this library speaks (RequestSession's requestedProtocols carries it). */
export const SINK_VERSION = { major: 1, minor: 0, revision: 0, patch: 0 } as const;

/** The roles: the server ingests, the device publishes (a device asks for `{ protocol: 2010, role: 'ingest' }`). */
export const SINK_ROLES = { server: 'ingest', client: 'device' } as const;

/** What a Sink server offers (and a device asks for) in the ETP handshake: the protocol, the server's role, the Sink version. */
export const SINK_OFFER = { protocol: SINK_PROTOCOL, role: SINK_ROLES.server, version: SINK_VERSION };

/** The endpoint capability in which a device sends the server instance id of its last good connection. */
export const SINK_SERVER_INSTANCE_ID = 'SinkServerInstanceId';

export { Sink } from './gen/names.gen.js';

/** The Sink bundle (`schemas/sink/sink.avpr.json`) with its messages under `protocol` (default {@link SINK_PROTOCOL}). */
export function sinkBundle(protocol: number = SINK_PROTOCOL): SchemaBundle {
  return protocol === SINK_PROTOCOL ? (sinkJson as SchemaBundle) : withProtocolNumber(sinkJson as SchemaBundle, protocol);
}

/** A codec of the built-in ETP 1.2 catalog plus Sink, typed by {@link SinkMessageMap}. */
export function createSinkCodec(options: CodecOptions & { protocol?: number } = {}): Codec<SinkMessageMap> {
  const { protocol, ...codecOptions } = options;
  return createCodec<SinkMessageMap>({ ...codecOptions, extend: [...(codecOptions.extend ?? []), sinkBundle(protocol)] });
}

/**
 * Nack machine codes (the first byte of `machine`; like an HTTP status, each names a recovery):
 * 1 the application's handler failed (retry later), 2 the device is not admitted (reconnect),
 * 3 the same event is being processed now (wait for its answer), 4 the event is malformed (do not
 * retry). A handler may Nack with codes of its own from 16 up.
 */
export const NackCode = { HANDLER_FAILED: 1, NOT_ADMITTED: 2, IN_FLIGHT: 3, MALFORMED: 4 } as const;

/** What a refused admission or a Nack tells the client: `error.detail` of SINK_REFUSED / SINK_NACK. */
export interface SinkRefusal {
  result: AdmissionResult;
  machineReason: Uint8Array;
  humanReason: string;
}
export interface SinkNack {
  machine: Uint8Array;
  human: string;
}

/** The SINK_NACK error of a Nack. */
export function nackError(machine: Uint8Array, human: string): EtpError {
  const detail: SinkNack = { machine, human };
  return new EtpError('SINK_NACK', `event refused: machine code ${[...machine].join('.') || 'none'}${human ? `: ${human}` : ''}`, { detail });
}

/** The SINK_REFUSED error of an admission other than Connected or HelloNewClient. */
export function refusalError(result: AdmissionResult, machineReason: Uint8Array, humanReason: string): EtpError {
  const detail: SinkRefusal = { result, machineReason, humanReason };
  return new EtpError('SINK_REFUSED', `admission refused: ${result}${humanReason ? `: ${humanReason}` : ''}`, { detail });
}
