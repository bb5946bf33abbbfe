import { BoundedSet } from './bounded-set.js';
import type { AdmissionResult } from './types.js';

// Who may connect: the seed's admission table over the instance ids both sides remember, a
// quarantine list, and version checks. Pure decisions plus a small in-memory registry.

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
  if (hello.serverInstanceId === serverId && known) return 'Connected';
  return 'InstanceIdMismatch';
}

/** Remembered clients and the quarantine list of one server instance (memory; replace it to persist). */
export interface InstanceRegistry {
  knows(clientInstanceId: string): boolean;
  remember(clientInstanceId: string): void;
  /** A quarantine entry, or undefined. */
  quarantined(clientInstanceId: string): { machineReason: Uint8Array; humanReason: string } | undefined;
}

/**
 * The default registry: a set of clients and a quarantine map, in memory. Any peer can present a
 * new clientInstanceId, so the set is bounded: past `maxClients` (default 100,000) the client
 * remembered longest ago is forgotten (it gets InstanceIdMismatch if it comes back).
 */
export class MemoryRegistry implements InstanceRegistry {
  private readonly clients: BoundedSet;
  private readonly quarantine = new Map<string, { machineReason: Uint8Array; humanReason: string }>();

  constructor(readonly maxClients = 100_000) {
    this.clients = new BoundedSet(maxClients);
  }

  knows(id: string): boolean {
    return this.clients.has(id);
  }
  remember(id: string): void {
    this.clients.add(id);
  }
  forget(id: string): void {
    this.clients.delete(id);
  }
  quarantined(id: string): { machineReason: Uint8Array; humanReason: string } | undefined {
    return this.quarantine.get(id);
  }
  /** Puts a client in quarantine (or takes it out, with undefined). */
  setQuarantine(id: string, entry: { machineReason: Uint8Array; humanReason: string } | undefined): void {
    if (entry) this.quarantine.set(id, entry);
    else this.quarantine.delete(id);
  }
}

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
  const q = policy.registry.quarantined(hello.clientInstanceId);
  if (q) return { result: 'Quarantined', machineReason: q.machineReason, humanReason: q.humanReason };
  const result = instanceIdRule(hello, policy.serverInstanceId, policy.registry.knows(hello.clientInstanceId));
  if (result === 'HelloNewClient') policy.registry.remember(hello.clientInstanceId);
  if (result === 'InstanceIdMismatch') {
    return { result, humanReason: `this device last connected to server ${hello.serverInstanceId}, this is ${policy.serverInstanceId}${policy.registry.knows(hello.clientInstanceId) ? '' : ', which does not know it'}` };
  }
  return { result };
}
