import type { DataValue } from '../schema/gen/etp12-types.gen.js';

/** ETP endpoint capabilities as sent on the wire: a map of DataValue. */
export type CapabilityMap = Record<string, DataValue>;

/** The endpoint capabilities this library sends and acts on, in ETP's units (bytes, seconds). */
export interface EndpointCapabilities {
  /** Largest WebSocket message this endpoint receives, in bytes. Default 16,000,000. */
  MaxWebSocketMessagePayloadSize: number;
  /** Multipart messages this endpoint receives at once. Default 16 (ETP minimum 1). */
  MaxConcurrentMultipart: number;
  /** Seconds this endpoint waits between parts of a multipart message. Default 60 (ETP minimum). */
  MultipartMessageTimeoutPeriod: number;
  /** Seconds this endpoint waits for a response. Default 300 (ETP default). */
  ResponseTimeoutPeriod: number;
  /** Whether this endpoint accepts header extensions. Default false. */
  SupportsMessageHeaderExtensions: boolean;
  /** Seconds a client waits for OpenSession. Default 45 (ETP default). */
  RequestSessionTimeoutPeriod: number;
  /** Seconds a server waits for RequestSession after the connection opens. Default 60 (ETP default). */
  SessionEstablishmentTimeoutPeriod: number;
}

export const DEFAULT_CAPABILITIES: EndpointCapabilities = {
  MaxWebSocketMessagePayloadSize: 16_000_000,
  MaxConcurrentMultipart: 16,
  MultipartMessageTimeoutPeriod: 60,
  ResponseTimeoutPeriod: 300,
  SupportsMessageHeaderExtensions: false,
  RequestSessionTimeoutPeriod: 45,
  SessionEstablishmentTimeoutPeriod: 60,
};

/** Capabilities in their wire form: sizes and periods as longs, flags as booleans. */
export function toCapabilityMap(caps: EndpointCapabilities): CapabilityMap {
  const out: CapabilityMap = {};
  for (const [k, v] of Object.entries(caps)) out[k] = { item: typeof v === 'boolean' ? { boolean: v } : { long: v } };
  return out;
}

/** A numeric capability from a peer's map (long or int accepted), or undefined. */
export function numberCapability(map: CapabilityMap | undefined, name: string): number | undefined {
  const item = map?.[name]?.item as Record<string, unknown> | null | undefined;
  const v = item?.long ?? item?.int;
  if (typeof v === 'bigint') return Number(v);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A boolean capability from a peer's map, or undefined. */
export function booleanCapability(map: CapabilityMap | undefined, name: string): boolean | undefined {
  const v = (map?.[name]?.item as Record<string, unknown> | null | undefined)?.boolean;
  return typeof v === 'boolean' ? v : undefined;
}

/** An ETP protocol version. */
export interface ProtocolVersion {
  major: number;
  minor: number;
  revision: number;
  patch: number;
}

/**
 * A protocol and the role the *server* plays in it (ETP's convention in RequestSession and
 * OpenSession: a client asks for Discovery with role "store").
 */
export interface ProtocolOffer {
  protocol: number;
  role: string;
  version?: ProtocolVersion;
  capabilities?: CapabilityMap;
}
