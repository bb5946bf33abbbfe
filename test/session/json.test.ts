import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.js';
import { sessionPair } from '../helpers/session-pair.js';

// A logger that serialises what it is given must not crash on a codec or a session: both say what
// they are instead (Codec.toJSON(message) is also what JSON.stringify calls, with a key string).

describe('JSON.stringify of a codec and of a session', () => {
  it('a codec, alone or inside another object, gives its description; toJSON(message) still gives the message', () => {
    const codec = createCodec({ floatArrays: 'typed' });
    expect(JSON.parse(JSON.stringify(codec))).toEqual({ codec: 'etp-codec', etp: '1.2', longs: 'number', floatArrays: 'typed', strings: 'string' });
    expect(JSON.parse(JSON.stringify({ at: 'log line', codec }))).toEqual({ at: 'log line', codec: { codec: 'etp-codec', etp: '1.2', longs: 'number', floatArrays: 'typed', strings: 'string' } });
    const ping = { header: { protocol: 0, messageType: 8, correlationId: 0, messageId: 2, messageFlags: 2 }, body: { currentDateTime: 5 } };
    expect(codec.toJSON(ping)).toMatchObject({ name: 'Energistics.Etp.v12.Protocol.Core.Ping', body: { currentDateTime: 5 } });
  });

  it('a session gives its role, state and instance id, and once open the agreed session', async () => {
    const { client, server } = sessionPair();
    expect(JSON.parse(JSON.stringify(client))).toEqual({ role: 'client', state: 'new', instanceId: client.instanceId });
    const n = await client.start();
    for (const s of [client, server]) {
      expect(JSON.parse(JSON.stringify({ session: s }))).toEqual({
        session: { role: s.role, state: 'open', instanceId: s.instanceId, sessionId: n.sessionId, peerApplication: expect.any(String), protocols: [3, 1], maxMessageBytes: n.maxMessageBytes },
      });
    }
    client.close();
    await client.closed;
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({ state: 'closed' });
  });
});
