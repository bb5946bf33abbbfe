import type { InstanceRegistry } from './state.js';
import type { AdmissionResult } from './gen/types.gen.js';

// Who may connect: the seed's admission table over the instance ids both sides remember, a
// quarantine list, and version checks. Pure decisions over a registry (see state.ts).

/** What a device presents (from its RequestSession; see docs/sink.md for where each travels). */
export interface SinkHello {
  clientInstanceId: string;
  /** The server instance id of the device's last successful connection; undefined on first contact. */
  serverInstanceId: string | undefined;
  /** The Sink protocol version asked for, `major.minor`. */
  protocolVersion: string;
  applicationVersion: string;
}

/** The server's answer. */
export interface AdmissionDecision {
  result: AdmissionResult;
  machineReason?: Uint8Array;
  humanReason?: string;
}

/**
 * The seed's instance-id rule, for a server of id `serverId` that knows (`known`) the client or
 * not: both remembered pairs equal → Connected; neither side knew the other → HelloNewClient; the
 * client's id is known but the client lost the server's → HelloNewClient again; anything else →
 * InstanceIdMismatch.
 */
export function instanceIdRule(hello: Pick<SinkHello, 'serverInstanceId'>, serverId: string, known: boolean): AdmissionResult {
  if (hello.serverInstanceId === undefined) return 'HelloNewClient';
  // UUIDs compare case-insensitively (a device may keep the id in upper case).
  if (hello.serverInstanceId.toLowerCase() === serverId.toLowerCase() && known) return 'Connected';
  return 'InstanceIdMismatch';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A machine reason: the registry is full of devices that had events delivered (retry later). */
export const REGISTRY_FULL = Uint8Array.of(1);

/** The checks of the default admission, in order. */
export interface AdmissionPolicy {
  serverInstanceId: string;
  registry: InstanceRegistry;
  /** Sink versions accepted (`major.minor`). Default ['1.0']. */
  protocolVersions?: readonly string[];
  /** Whether a device's application version may connect. Default: every version. */
  applicationVersion?: (version: string) => boolean;
}

/**
 * The default decision: an unsupported protocol version, then an unsupported application
 * version, then quarantine, then the instance-id rule. A HelloNewClient is remembered.
 */
export function admit(hello: SinkHello, policy: AdmissionPolicy): AdmissionDecision {
  if (!(policy.protocolVersions ?? ['1.0']).includes(hello.protocolVersion)) {
    return { result: 'UnsupportedProtocolVersion', humanReason: `sink ${hello.protocolVersion} is not spoken here (${(policy.protocolVersions ?? ['1.0']).join(', ')})` };
  }
  if (policy.applicationVersion && !policy.applicationVersion(hello.applicationVersion)) {
    return { result: 'UnsupportedApplicationVersion', humanReason: `application version ${hello.applicationVersion} must be updated` };
  }
  const device = hello.clientInstanceId.toLowerCase();
  const q = policy.registry.quarantined(device);
  if (q) return { result: 'Quarantined', machineReason: q.machineReason, humanReason: q.humanReason };
  // What the device presents is echoed back only when it is what it should be: a UUID.
  if (hello.serverInstanceId !== undefined && !UUID.test(hello.serverInstanceId)) {
    return { result: 'InstanceIdMismatch', humanReason: `the ${hello.serverInstanceId.length}-character SinkServerInstanceId this device presented is not a uuid` };
  }
  const known = policy.registry.knows(device);
  const result = instanceIdRule(hello, policy.serverInstanceId, known);
  if (result === 'HelloNewClient' && !known && !policy.registry.remember(device)) {
    // Full of devices that had events delivered: none is forgotten for a newcomer, who retries.
    return { result: 'Quarantined', machineReason: REGISTRY_FULL, humanReason: 'this server knows its maximum of devices: try again later' };
  }
  if (result === 'InstanceIdMismatch') {
    return { result, humanReason: `this device last connected to server ${hello.serverInstanceId}, this is ${policy.serverInstanceId}${known ? '' : ', which does not know it'}` };
  }
  return { result };
}
