import { request as httpRequest, type Agent, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createCodec } from '../codec/codec.js';
import { fromJSONValue } from '../codec/json-form.js';
import type { AvroType } from '../schema/avro-types.js';
import { EtpError } from '../errors.js';
import type { ServerCapabilities } from '../schema/index.js';
import { checkUrl } from './common.js';

// The client's reading of `/.well-known/etp-server-capabilities`: what a server offers, before any
// session (fetpapi reads it before each one). The document comes from the network: its size and
// the time it takes are bounded, and it must be a ServerCapabilities record.

/** Options of {@link fetchServerCapabilities}. */
export interface ServerCapabilitiesOptions {
  headers?: Record<string, string>;
  ca?: string | Buffer | Array<string | Buffer>;
  cert?: string | Buffer;
  key?: string | Buffer;
  rejectUnauthorized?: boolean;
  agent?: Agent;
  /** The whole answer within this time, else TIMED_OUT. Default 10,000 ms. */
  timeoutMs?: number;
  /** The largest document read, else WELL_KNOWN_FAILED. Default 1 MiB. */
  maxBytes?: number;
}

/** Defaults of {@link ServerCapabilitiesOptions}. */
export const SERVER_CAPABILITIES_DEFAULTS = { timeoutMs: 10_000, maxBytes: 1024 * 1024 } as const;

const SERVER_CAPABILITIES = 'Energistics.Etp.v12.Datatypes.ServerCapabilities';

/**
 * Reads the ServerCapabilities document of the ETP 1.2 endpoint at `url` (ws:// or wss://): over
 * http(s) at the endpoint's path + `/.well-known/etp-server-capabilities?GetVersion=etp12.energistics.org`.
 * CONNECTION_FAILED for the network, TIMED_OUT, WELL_KNOWN_FAILED for an HTTP status other than 200
 * (`error.status`), a document past `maxBytes` or one that is not a ServerCapabilities record.
 */
export async function fetchServerCapabilities(url: string, options: ServerCapabilitiesOptions = {}): Promise<ServerCapabilities> {
  checkUrl(url);
  const target = new URL(url);
  target.protocol = target.protocol === 'wss:' ? 'https:' : 'http:';
  target.pathname = `${target.pathname.replace(/\/$/, '')}/.well-known/etp-server-capabilities`;
  target.search = '?GetVersion=etp12.energistics.org';
  const timeoutMs = options.timeoutMs ?? SERVER_CAPABILITIES_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? SERVER_CAPABILITIES_DEFAULTS.maxBytes;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const { headers, ca, cert, key, rejectUnauthorized, agent } = options;
  const tls = Object.fromEntries(Object.entries({ ca, cert, key, rejectUnauthorized, agent }).filter(([, v]) => v !== undefined));
  const text = await new Promise<string>((resolve, reject) => {
    const req = send(target, { method: 'GET', headers: { accept: 'application/json', ...headers }, ...tls });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new EtpError('TIMED_OUT', `${target.href} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const fail = (err: EtpError): void => {
      clearTimeout(timer);
      req.destroy();
      reject(err);
    };
    req.on('error', (err: Error & { code?: string }) => fail(new EtpError('CONNECTION_FAILED', `cannot read ${target.href}: ${err.code ?? err.message}`, { cause: err })));
    req.on('response', (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        res.resume();
        fail(new EtpError('WELL_KNOWN_FAILED', `${target.href} answered http ${res.statusCode}`, { status: res.statusCode }));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) fail(new EtpError('WELL_KNOWN_FAILED', `${target.href} sent more than ${maxBytes} bytes`));
        else chunks.push(chunk);
      });
      res.on('error', (err) => fail(new EtpError('CONNECTION_FAILED', `cannot read ${target.href}: ${err.message}`, { cause: err })));
      res.on('end', () => {
        clearTimeout(timer);
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
    });
    req.end();
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EtpError('WELL_KNOWN_FAILED', `${target.href} sent a document that is not json`);
  }
  const type = createCodec().registry.type(SERVER_CAPABILITIES) as AvroType;
  try {
    return fromJSONValue(type, json, { longs: 'number', floatArrays: 'array' }) as ServerCapabilities;
  } catch (err) {
    throw new EtpError('WELL_KNOWN_FAILED', `${target.href} sent a document that is not a ServerCapabilities record: ${(err as Error).message}`, { cause: err });
  }
}
