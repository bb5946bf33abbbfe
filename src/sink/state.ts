import { createHash } from 'node:crypto';
import { integerOption } from '../options.js';
import { BoundedSet } from './bounded-set.js';

// What a Sink ingest keeps across sessions (and, stored durably, across restarts): the devices it
// knows, its quarantine list, and the identities of the events it delivered. The interface is
// small and synchronous so that a user can plug a store of their own; this file holds the
// in-memory edition, sqlite-state.ts the durable one.

/** A quarantine entry: why a device may not connect now. */
export interface QuarantineEntry {
  machineReason: Uint8Array;
  humanReason: string;
}

/** What the default admission reads and writes (a subset of {@link SinkState}). */
export interface InstanceRegistry {
  knows(clientInstanceId: string): boolean;
  /**
   * Remembers a new device. False when the registry holds its maximum of devices and cannot
   * forget one for it (every device it holds had events delivered): the device is told to retry.
   */
  remember(clientInstanceId: string): boolean;
  /** A quarantine entry, or undefined. */
  quarantined(clientInstanceId: string): QuarantineEntry | undefined;
}

/** Everything an ingest keeps. Device ids are lower-case UUIDs; identities are {@link identityOf} hashes. */
export interface SinkState extends InstanceRegistry {
  /** Puts a device in quarantine (or takes it out, with undefined). */
  setQuarantine(clientInstanceId: string, entry: QuarantineEntry | undefined): void;
  /** True when an event of this identity was delivered (and is still remembered). */
  delivered(identity: string): boolean;
  /**
   * Records the identity as delivered and the device as one that had events delivered (never
   * forgotten for a newcomer). With `work`, runs it first in the same transaction: if it throws,
   * nothing is recorded; if the process dies before the transaction ends, neither is anything.
   */
  deliver(identity: string, device: string, work?: () => void): void;
  /** True when `deliver` is atomic and durable (what exactly-once delivery needs). */
  readonly durable: boolean;
  /** What the state holds now. */
  readonly size: { devices: number; delivered: number };
  close(): void;
}

/** The bounds of a state. */
export interface SinkStateLimits {
  /** Devices known at once. Default 100,000. */
  maxDevices?: number;
  /** Delivered identities remembered (the oldest forgotten first). Default 100,000. */
  maxRemembered?: number;
}

/** The defaults of {@link SinkStateLimits}. */
export const SINK_STATE_DEFAULTS = { maxDevices: 100_000, maxRemembered: 100_000 } as const;

/**
 * Heap one remembered identity costs in a {@link MemorySinkState}, measured (the hash string, its
 * set entry and its ring slot), so `maxRemembered` × this is the bound in bytes. See the test.
 */
export const MEMORY_IDENTITY_BYTES = 160;

/** Checks the limits, filling in the defaults. */
export function stateLimits(limits: SinkStateLimits): Required<SinkStateLimits> {
  const out = { ...SINK_STATE_DEFAULTS, ...limits };
  for (const key of Object.keys(SINK_STATE_DEFAULTS) as (keyof SinkStateLimits)[]) integerOption(key, out[key], 1);
  return out;
}

/**
 * The identity of an event of a device: (device, eventTypeId, key, offset), hashed (SHA-256,
 * base64url: 43 characters), so that what is remembered per event has one size however long the
 * key a device chose.
 */
export function identityOf(device: string, e: { eventTypeId: number; key: string; offset: number | bigint }): string {
  return createHash('sha256')
    .update(`${device}\u0000${e.eventTypeId}\u0000${String(e.offset)}\u0000${e.key}`)
    .digest('base64url');
}

/**
 * The known devices, bounded: past `max`, the device that arrived longest ago and never had an
 * event delivered is forgotten for a newcomer; a device that had events delivered is never
 * forgotten that way (a flood of new ids cannot cost a real device its admission).
 */
class DeviceSet {
  private readonly confirmed = new Set<string>();
  private readonly unconfirmed = new Set<string>();
  /** Unconfirmed ids in arrival order; entries since confirmed or forgotten are skipped. */
  private order: string[] = [];
  private head = 0;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.confirmed.size + this.unconfirmed.size;
  }

  has(id: string): boolean {
    return this.confirmed.has(id) || this.unconfirmed.has(id);
  }

  add(id: string): boolean {
    if (this.has(id)) return true;
    if (this.size >= this.max && !this.forgetOne()) return false;
    this.unconfirmed.add(id);
    this.order.push(id);
    return true;
  }

  confirm(id: string): void {
    if (this.unconfirmed.delete(id) || this.size < this.max) this.confirmed.add(id);
  }

  private forgetOne(): boolean {
    while (this.head < this.order.length) {
      const id = this.order[this.head++]!;
      if (this.unconfirmed.delete(id)) {
        this.compact();
        return true;
      }
    }
    this.compact();
    return false;
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head).filter((id) => this.unconfirmed.has(id));
      this.head = 0;
    }
  }
}

/** The default state: memory, lost with the process. */
export class MemorySinkState implements SinkState {
  readonly durable = false;
  private readonly devices: DeviceSet;
  private readonly quarantine = new Map<string, QuarantineEntry>();
  private readonly identities: BoundedSet;

  constructor(limits: SinkStateLimits = {}) {
    const { maxDevices, maxRemembered } = stateLimits(limits);
    this.devices = new DeviceSet(maxDevices);
    this.identities = new BoundedSet(maxRemembered);
  }

  get size(): { devices: number; delivered: number } {
    return { devices: this.devices.size, delivered: this.identities.size };
  }

  knows(id: string): boolean {
    return this.devices.has(id);
  }
  remember(id: string): boolean {
    return this.devices.add(id);
  }
  quarantined(id: string): QuarantineEntry | undefined {
    return this.quarantine.get(id);
  }
  setQuarantine(id: string, entry: QuarantineEntry | undefined): void {
    if (entry) this.quarantine.set(id, entry);
    else this.quarantine.delete(id);
  }
  delivered(identity: string): boolean {
    return this.identities.has(identity);
  }
  deliver(identity: string, device: string, work?: () => void): void {
    work?.();
    this.identities.add(identity);
    this.devices.confirm(device);
  }
  close(): void {}
}
