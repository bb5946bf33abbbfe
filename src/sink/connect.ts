import { connect } from '../transport/index.js';
import { SinkDevice, type SinkDeviceOptions } from './device.js';
import { createSinkCodec } from './protocol.js';
import type { SinkMessageMap } from './gen/types.gen.js';

// A Sink device over ws: the device itself knows no transport (it dials what it is given); this
// gives it `connect` to a URL, so that device.ts sits beside Sparkle's client with no transport of its own.

/** Options of {@link connectSink}: a device over ws. */
export type ConnectSinkOptions = Omit<SinkDeviceOptions, 'dial'>;

/** A device that connects to `url` over ws (and again after every cut). */
export function connectSink(url: string, options: ConnectSinkOptions): SinkDevice {
  const codec = createSinkCodec();
  return new SinkDevice({
    ...options,
    dial: async (r) =>
      (
        await connect<SinkMessageMap>(url, {
          codec,
          instanceId: r.instanceId,
          applicationVersion: r.applicationVersion,
          endpointCapabilities: r.endpointCapabilities,
          protocols: r.protocols,
          keepaliveMs: r.keepaliveMs,
          setup: r.setup,
        })
      ).session,
  });
}
