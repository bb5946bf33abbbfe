import type { EtpMessage } from '../../src/codec/codec.js';
import type { ChannelStreamingChannelDataInput } from '../../src/schema/gen/etp12-types.gen.js';
import { MessageFlags } from '../../src/wire/flags.js';

// Realistic sample messages, shared by the tests and the benchmarks.

const FIN = MessageFlags.FinalPart;
const NOW_US = 1_763_769_600_000_000; // 2025-11-22T00:00:00Z in microseconds

/** A client's RequestSession asking for ChannelStreaming and Discovery. */
export function sampleRequestSession(): EtpMessage {
  return {
    header: { protocol: 0, messageType: 1, correlationId: 0, messageId: 2, messageFlags: FIN },
    body: {
      applicationName: 'etp-codec demo client',
      applicationVersion: '0.1.0',
      clientInstanceId: '6f1c5a52-8a1e-4f6b-9d43-2b1e0c7a9f10',
      requestedProtocols: [
        { protocol: 1, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, role: 'producer', protocolCapabilities: {} },
        { protocol: 3, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, role: 'store', protocolCapabilities: {} },
      ],
      supportedDataObjects: [{ qualifiedType: 'witsml20.*', dataObjectCapabilities: {} }],
      supportedCompression: ['gzip'],
      supportedFormats: ['xml'],
      currentDateTime: NOW_US,
      earliestRetainedChangeTime: 0,
      serverAuthorizationRequired: false,
      endpointCapabilities: {
        MaxWebSocketMessagePayloadSize: { item: { long: 16_000_000 } },
        SupportsMessageHeaderExtensions: { item: { boolean: false } },
      },
    },
  };
}

/** The server's OpenSession answer. */
export function sampleOpenSession(): EtpMessage {
  return {
    header: { protocol: 0, messageType: 2, correlationId: 2, messageId: 1, messageFlags: FIN },
    body: {
      applicationName: 'etp-codec demo server',
      applicationVersion: '0.1.0',
      serverInstanceId: '0d9e3f5c-7b21-4c0a-8e55-91a4f2d6b3c8',
      supportedProtocols: [{ protocol: 1, protocolVersion: { major: 1, minor: 2, revision: 0, patch: 0 }, role: 'producer', protocolCapabilities: {} }],
      supportedDataObjects: [{ qualifiedType: 'witsml20.*', dataObjectCapabilities: {} }],
      supportedCompression: 'gzip',
      supportedFormats: ['xml'],
      currentDateTime: NOW_US,
      earliestRetainedChangeTime: 0,
      sessionId: 'a3b1c2d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      endpointCapabilities: { MaxWebSocketMessagePayloadSize: { item: { long: 16_000_000 } } },
    },
  };
}

/** ChannelData with `n` DataItems: a time index and a double value each, over 4 channels. */
export function sampleChannelData(n: number, messageFlags: number = FIN): EtpMessage<ChannelStreamingChannelDataInput> {
  const data: ChannelStreamingChannelDataInput['data'] = [];
  for (let i = 0; i < n; i++) {
    data.push({
      channelId: i % 4,
      indexes: [{ item: { long: NOW_US + i * 1_000_000 } }],
      value: { item: { double: 1000 + Math.sin(i / 10) * 25 } },
      valueAttributes: [],
    });
  }
  return { header: { protocol: 1, messageType: 2, correlationId: 0, messageId: 3, messageFlags }, body: { data } };
}
