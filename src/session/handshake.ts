import { EtpError } from '../errors.js';
import type { Etp11 } from '../schema/index.js';
import { v4 as uuidv4 } from 'uuid';
import type { OpenSession, RequestSession, ServerCapabilities, SupportedProtocol } from '../schema/gen/etp12-types.gen.js';
import { ETP11_PROFILE, type EtpProfile } from '../schema/profile.js';
import { booleanCapability, type CapabilityMap, type ProtocolOffer, type ProtocolVersion, DEFAULT_CAPABILITIES, type EndpointCapabilities, numberCapability, toCapabilityMap } from './capabilities.js';
import type { SessionOptions } from './options.js';

export type { ProtocolOffer, ProtocolVersion } from './capabilities.js';

export const ETP12: ProtocolVersion = { major: 1, minor: 2, revision: 0, patch: 0 };

/** Who an endpoint is and what it offers, used to build RequestSession or OpenSession. */
export interface EndpointDescription {
  applicationName: string;
  applicationVersion: string;
  /** clientInstanceId / serverInstanceId: a UUID string. */
  instanceId: string;
  /** Client: the protocols and server roles it asks for. Server: the ones it offers. */
  protocols: ProtocolOffer[];
  /** Supported data object types (qualifiedType strings such as "witsml20.*"). */
  dataObjects: string[];
  /** Compression algorithms, in order of preference ("gzip" is the only one ETP names). */
  compression: string[];
  /** Formats of data objects ("xml", "json"). Default ["xml"]. */
  formats?: string[];
  capabilities: EndpointCapabilities;
  /** Capabilities of a protocol built on ETP (e.g. Sink's SinkServerInstanceId), sent as they are beside the library's. */
  extraCapabilities?: CapabilityMap;
  /** The smallest MaxWebSocketMessagePayloadSize agreed to (the session's `minMessageBytes`). Default 4096. */
  minMessageBytes?: number;
}

/**
 * The size either side sends once the session is open: the smaller of both sides'
 * MaxWebSocketMessagePayloadSize. A peer's size below the floor (zero and negative included) is
 * INVALID_CAPABILITY (ETP 5, EINVALID_ARGUMENT): no message could be relied on to fit.
 */
function agreedSize(self: EndpointDescription, peer: CapabilityMap, who: string): number {
  const own = self.capabilities.MaxWebSocketMessagePayloadSize;
  const theirs = numberCapability(peer, 'MaxWebSocketMessagePayloadSize');
  if (theirs === undefined) return own;
  const floor = self.minMessageBytes ?? 4096;
  if (theirs < floor) {
    throw new EtpError('INVALID_CAPABILITY', `the ${who}'s MaxWebSocketMessagePayloadSize ${theirs} is below this endpoint's minimum of ${floor} bytes`);
  }
  return Math.min(own, Math.floor(theirs));
}

/** What a session agreed on. */
export interface Negotiated {
  sessionId: string;
  /** The agreed protocols with the role the server plays in each and the capabilities the peer declared for it (MaxResponseCount, MaxDataObjectSize, …). */
  protocols: { protocol: number; role: string; version: ProtocolVersion; peerCapabilities: CapabilityMap }[];
  /** "gzip" or "" (none). */
  compression: string;
  /** The smaller of both sides' MaxWebSocketMessagePayloadSize: the largest message either sends. */
  maxMessageBytes: number;
  /** Whether the peer accepts header extensions. */
  peerSupportsExtensions: boolean;
  peerInstanceId: string;
  peerApplication: string;
  /** The peer's applicationVersion, as its RequestSession or OpenSession said. */
  peerApplicationVersion: string;
  peerCapabilities: CapabilityMap;
}

function supportedProtocol(p: ProtocolOffer): SupportedProtocol {
  return { protocol: p.protocol, protocolVersion: p.version ?? ETP12, role: p.role, protocolCapabilities: p.capabilities ?? {} };
}

/** What an endpoint says of itself, from a session's options (a new instance id unless given). */
export function describeEndpoint(options: EndpointOptions, minMessageBytes: number): EndpointDescription {
  return {
    applicationName: options.applicationName ?? 'etp-codec',
    applicationVersion: options.applicationVersion ?? '0.1.0',
    instanceId: options.instanceId ?? uuidv4(),
    protocols: options.protocols ?? [],
    dataObjects: options.dataObjects ?? [],
    formats: options.formats ?? ['xml'],
    compression: options.compression ?? ['gzip'],
    capabilities: { ...DEFAULT_CAPABILITIES, ...options.capabilities },
    minMessageBytes,
    ...(options.endpointCapabilities ? { extraCapabilities: options.endpointCapabilities } : {}),
  };
}

/** The options {@link describeEndpoint} reads. */
export type EndpointOptions = Pick<
  SessionOptions,
  'applicationName' | 'applicationVersion' | 'instanceId' | 'protocols' | 'dataObjects' | 'formats' | 'compression' | 'capabilities' | 'endpointCapabilities'
>;

/**
 * A server's ServerCapabilities (ETP 1.2), what `/.well-known/etp-server-capabilities?GetVersion=
 * etp12.energistics.org` answers: the same protocols, data objects, formats, compression and
 * endpoint capabilities its OpenSession would send.
 */
export function serverCapabilitiesBody(server: EndpointDescription): ServerCapabilities {
  return {
    applicationName: server.applicationName,
    applicationVersion: server.applicationVersion,
    contactInformation: { organizationName: '', contactName: '', contactPhone: '', contactEmail: '' },
    supportedCompression: server.compression,
    supportedEncodings: ['binary'],
    supportedFormats: server.formats ?? ['xml'],
    supportedDataObjects: server.dataObjects.map((qualifiedType) => ({ qualifiedType, dataObjectCapabilities: {} })),
    supportedProtocols: server.protocols.map(supportedProtocol),
    endpointCapabilities: { ...server.extraCapabilities, ...toCapabilityMap(server.capabilities) },
  };
}

/** The RequestSession body a client sends. */
export function requestSessionBody(client: EndpointDescription, nowMicros: number): RequestSession {
  return {
    applicationName: client.applicationName,
    applicationVersion: client.applicationVersion,
    clientInstanceId: client.instanceId,
    requestedProtocols: client.protocols.map(supportedProtocol),
    supportedDataObjects: client.dataObjects.map((qualifiedType) => ({ qualifiedType, dataObjectCapabilities: {} })),
    supportedCompression: client.compression,
    supportedFormats: client.formats ?? ['xml'],
    currentDateTime: nowMicros,
    earliestRetainedChangeTime: 0,
    serverAuthorizationRequired: false,
    endpointCapabilities: { ...client.extraCapabilities, ...toCapabilityMap(client.capabilities) },
  };
}

/** A version as sent (the schema gives every field a default, so each may be absent). */
function version(v: SupportedProtocol['protocolVersion']): ProtocolVersion {
  return { major: v.major ?? 0, minor: v.minor ?? 0, revision: v.revision ?? 0, patch: v.patch ?? 0 };
}

/**
 * The server's side of the handshake: the protocols it offers in the role requested, at the
 * requested major.minor version; the first of its compressions the client lists; the smaller
 * message size. Throws NO_SUPPORTED_PROTOCOLS (ETP 2) when nothing is left.
 */
export function negotiate(server: EndpointDescription, request: unknown, sessionId: string, nowMicros: number): { openSession: OpenSession; negotiated: Negotiated } {
  const rs = request as RequestSession;
  const agreed = agreedProtocols(server, rs.requestedProtocols, ETP12);
  const compression = server.compression.find((c) => (rs.supportedCompression ?? []).includes(c)) ?? '';
  const clientCaps = (rs.endpointCapabilities ?? {}) as CapabilityMap;
  const maxMessageBytes = agreedSize(server, clientCaps, 'client');
  const offered = (p: SupportedProtocol): SupportedProtocol => ({
    ...p,
    protocolCapabilities: server.protocols.find((h) => h.protocol === p.protocol && h.role === p.role)?.capabilities ?? {},
  });
  const openSession: OpenSession = {
    applicationName: server.applicationName,
    applicationVersion: server.applicationVersion,
    serverInstanceId: server.instanceId,
    supportedProtocols: agreed.map(offered),
    supportedDataObjects: server.dataObjects.map((qualifiedType) => ({ qualifiedType, dataObjectCapabilities: {} })),
    supportedCompression: compression,
    // xml always; another format only when the client listed it too.
    supportedFormats: ['xml', ...(server.formats ?? []).filter((f) => f !== 'xml' && (rs.supportedFormats ?? []).includes(f))],
    currentDateTime: nowMicros,
    earliestRetainedChangeTime: 0,
    sessionId,
    endpointCapabilities: { ...server.extraCapabilities, ...toCapabilityMap(server.capabilities) },
  };
  return {
    openSession,
    negotiated: {
      sessionId,
      protocols: agreed.map((p) => ({
        protocol: p.protocol,
        role: p.role,
        version: version(p.protocolVersion),
        peerCapabilities: ((p as { protocolCapabilities?: unknown }).protocolCapabilities ?? {}) as CapabilityMap,
      })),
      compression,
      maxMessageBytes,
      peerSupportsExtensions: booleanCapability(clientCaps, 'SupportsMessageHeaderExtensions') ?? false,
      peerInstanceId: rs.clientInstanceId,
      peerApplication: rs.applicationName,
      peerApplicationVersion: rs.applicationVersion,
      peerCapabilities: clientCaps,
    },
  };
}

/**
 * The requested protocols the server offers in the role asked, at the requested major.minor
 * version, each (protocol, role) once however often it is asked for. NO_SUPPORTED_PROTOCOLS (ETP 2)
 * when nothing is left.
 */
function agreedProtocols<P extends { protocol: number; role: string; protocolVersion: SupportedProtocol['protocolVersion'] }>(
  server: EndpointDescription,
  requested: P[],
  defaultVersion: ProtocolVersion,
): P[] {
  const seen = new Set<string>();
  const agreed = requested.filter(
    (want) =>
      !seen.has(`${want.protocol}/${want.role}`) &&
      seen.add(`${want.protocol}/${want.role}`) &&
      server.protocols.some(
        (have) =>
          have.protocol === want.protocol &&
          have.role === want.role &&
          (have.version ?? defaultVersion).major === version(want.protocolVersion).major &&
          (have.version ?? defaultVersion).minor === version(want.protocolVersion).minor,
      ),
  );
  if (agreed.length === 0) {
    const why = requested.map((want) => refusal(server, want, defaultVersion)).join('; ') || 'nothing was requested';
    throw new EtpError('NO_SUPPORTED_PROTOCOLS', `none of the requested protocols is offered: ${why}`);
  }
  return agreed;
}

/** Why one requested protocol was not agreed: not offered, not in that role, or not at that version. */
function refusal(server: EndpointDescription, want: { protocol: number; role: string; protocolVersion: SupportedProtocol['protocolVersion'] }, defaultVersion: ProtocolVersion): string {
  const asked = version(want.protocolVersion);
  const label = `${want.protocol}/${want.role} ${asked.major}.${asked.minor}`;
  const offers = server.protocols.filter((have) => have.protocol === want.protocol);
  if (offers.length === 0) return `${label}: protocol ${want.protocol} is not offered`;
  const inRole = offers.filter((have) => have.role === want.role);
  if (inRole.length === 0) return `${label}: offered in role ${offers.map((o) => o.role).join(', ')} only`;
  const versions = inRole.map((have) => have.version ?? defaultVersion).map((v) => `${v.major}.${v.minor}`);
  return `${label}: offered at version ${versions.join(', ')} only`;
}

/** The client's reading of OpenSession. */
export function acceptOpenSession(client: EndpointDescription, open: unknown): Negotiated {
  const os = open as OpenSession;
  const serverCaps = (os.endpointCapabilities ?? {}) as CapabilityMap;
  const maxMessageBytes = agreedSize(client, serverCaps, 'server');
  const compression = os.supportedCompression ?? '';
  return {
    sessionId: os.sessionId,
    protocols: os.supportedProtocols.map((p) => ({
      protocol: p.protocol,
      role: p.role,
      version: version(p.protocolVersion),
      peerCapabilities: ((p as { protocolCapabilities?: unknown }).protocolCapabilities ?? {}) as CapabilityMap,
    })),
    compression: client.compression.includes(compression) ? compression : '',
    maxMessageBytes,
    peerSupportsExtensions: booleanCapability(serverCaps, 'SupportsMessageHeaderExtensions') ?? false,
    peerInstanceId: os.serverInstanceId,
    peerApplication: os.applicationName,
    peerApplicationVersion: os.applicationVersion,
    peerCapabilities: serverCaps,
  };
}

// ---- ETP 1.1 ------------------------------------------------------------------------------
// RequestSession and OpenSession without capabilities, compression or times: requested protocols
// with version and role, supportedObjects, and a sessionId string. Sizes stay each side's own.

function supportedProtocol11(p: ProtocolOffer, v: ProtocolVersion): Etp11.SupportedProtocolInput {
  return { protocol: p.protocol, protocolVersion: p.version ?? v, role: p.role, protocolCapabilities: (p.capabilities ?? {}) as never };
}

/** The ETP 1.1 RequestSession body a client sends. */
export function requestSessionBody11(client: EndpointDescription, v: ProtocolVersion): Etp11.RequestSessionInput {
  return {
    applicationName: client.applicationName,
    applicationVersion: client.applicationVersion,
    requestedProtocols: client.protocols.map((p) => supportedProtocol11(p, v)),
    supportedObjects: client.dataObjects,
  };
}

/** The server's side of an ETP 1.1 handshake (see {@link negotiate}). */
export function negotiate11(server: EndpointDescription, request: unknown, sessionId: string, v: ProtocolVersion): { openSession: Etp11.OpenSessionInput; negotiated: Negotiated } {
  const rs = request as Etp11.RequestSession;
  const agreed = agreedProtocols(server, rs.requestedProtocols, v);
  const offered = (p: Etp11.SupportedProtocol): Etp11.SupportedProtocol => ({
    ...p,
    protocolCapabilities: (server.protocols.find((h) => h.protocol === p.protocol && h.role === p.role)?.capabilities ?? {}) as never,
  });
  return {
    openSession: {
      applicationName: server.applicationName,
      applicationVersion: server.applicationVersion,
      sessionId,
      supportedProtocols: agreed.map(offered),
      supportedObjects: server.dataObjects,
    },
    negotiated: {
      sessionId,
      protocols: agreed.map((p) => ({
        protocol: p.protocol,
        role: p.role,
        version: version(p.protocolVersion),
        peerCapabilities: ((p as { protocolCapabilities?: unknown }).protocolCapabilities ?? {}) as CapabilityMap,
      })),
      compression: '',
      maxMessageBytes: server.capabilities.MaxWebSocketMessagePayloadSize,
      peerSupportsExtensions: false,
      peerInstanceId: '',
      peerApplication: rs.applicationName,
      peerApplicationVersion: rs.applicationVersion,
      peerCapabilities: {},
    },
  };
}

/** The client's reading of an ETP 1.1 OpenSession. */
export function acceptOpenSession11(client: EndpointDescription, open: unknown): Negotiated {
  const os = open as Etp11.OpenSession;
  return {
    sessionId: os.sessionId,
    protocols: os.supportedProtocols.map((p) => ({
      protocol: p.protocol,
      role: p.role,
      version: version(p.protocolVersion),
      peerCapabilities: ((p as { protocolCapabilities?: unknown }).protocolCapabilities ?? {}) as CapabilityMap,
    })),
    compression: '',
    maxMessageBytes: client.capabilities.MaxWebSocketMessagePayloadSize,
    peerSupportsExtensions: false,
    peerInstanceId: '',
    peerApplication: os.applicationName,
    peerApplicationVersion: os.applicationVersion,
    peerCapabilities: {},
  };
}

/** The handshake of an ETP version: what the client sends, how the server answers, how the client reads it. */
export interface Handshake {
  request(client: EndpointDescription, nowMicros: number): unknown;
  negotiate(server: EndpointDescription, request: unknown, sessionId: string, nowMicros: number): { openSession: unknown; negotiated: Negotiated };
  accept(client: EndpointDescription, open: unknown): Negotiated;
}

const V11 = ETP11_PROFILE.protocolVersion;

/** The handshake of each ETP version. */
const HANDSHAKES: Record<EtpProfile['etp'], Handshake> = {
  '1.2': { request: requestSessionBody, negotiate, accept: acceptOpenSession },
  '1.1': {
    request: (client) => requestSessionBody11(client, V11),
    negotiate: (server, request, sessionId) => negotiate11(server, request, sessionId, V11),
    accept: acceptOpenSession11,
  },
};

/** The handshake of the profile's ETP version (shared: one object per version). */
export function handshakeOf(profile: EtpProfile): Handshake {
  return HANDSHAKES[profile.etp];
}
