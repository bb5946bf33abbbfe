import { readFileSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EtpError } from '../../src/index.js';
import { connect, listen } from '../../src/transport/index.js';
import { ROOT } from '../helpers/shared.js';

// wss:// with the connection's own TLS options: a private CA, a client certificate, an agent. The
// certificates in test/fixtures/tls are a test CA's (valid until 2126): the server's for localhost
// and 127.0.0.1, and a client's (CN "etp client").

const pem = (name: string): Buffer => readFileSync(join(ROOT, 'test/fixtures/tls', name));
const STORE = [{ protocol: 3, role: 'store' }];
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** An https server with the ETP endpoint mounted at /etp; `mutual` asks clients for a certificate of the test CA. */
async function tlsStore(mutual = false): Promise<{ url: string; users: string[] }> {
  const https: Server = createServer({ cert: pem('server.crt'), key: pem('server.key'), ...(mutual ? { ca: pem('ca.crt'), requestCert: true, rejectUnauthorized: true } : {}) });
  await new Promise<void>((r) => https.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise((r) => https.close(r)));
  const users: string[] = [];
  const etp = await listen({
    server: https,
    path: '/etp',
    protocols: STORE,
    authenticate: (request) => {
      const cn = (request.socket as TLSSocket).getPeerCertificate?.()?.subject?.CN;
      if (cn) users.push(String(cn));
      return { cn };
    },
  });
  cleanups.push(() => etp.close());
  return { url: `wss://127.0.0.1:${(https.address() as AddressInfo).port}/etp`, users };
}

describe('wss with the connection’s TLS options', () => {
  it('a private CA is trusted with `ca`; without it the connection fails with the verification error as cause; rejectUnauthorized: false accepts it', async () => {
    const { url } = await tlsStore();
    const trusted = await connect(url, { protocols: STORE, ca: pem('ca.crt') });
    expect(trusted.negotiated.protocols.map((p) => p.protocol)).toEqual([3]);
    trusted.session.close();
    const refused = (await connect(url, { protocols: STORE }).catch((e: EtpError) => e)) as EtpError;
    expect(refused).toMatchObject({ code: 'CONNECTION_FAILED', cause: expect.objectContaining({ code: expect.stringMatching(/CERT|VERIFY/) }) });
    const lax = await connect(url, { protocols: STORE, rejectUnauthorized: false });
    lax.session.close();
  });

  it('mutual TLS: the client certificate and key are presented (the server reads its CN); without them the handshake is refused', async () => {
    const { url, users } = await tlsStore(true);
    const withCert = await connect(url, { protocols: STORE, ca: pem('ca.crt'), cert: pem('client.crt'), key: pem('client.key') });
    withCert.session.close();
    expect(users).toEqual(['etp client']);
    await expect(connect(url, { protocols: STORE, ca: pem('ca.crt') })).rejects.toMatchObject({ code: 'CONNECTION_FAILED' });
  });

  it('an agent carries the upgrade request (here one that trusts the private CA)', async () => {
    const { url } = await tlsStore();
    const agent = new Agent({ ca: pem('ca.crt') });
    cleanups.push(() => agent.destroy());
    const viaAgent = await connect(url, { protocols: STORE, agent });
    viaAgent.session.close();
  });
});
