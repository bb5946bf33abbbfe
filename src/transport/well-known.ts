import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AnyCodec, createCodec } from '../codec/codec.js';
import { toJSONValue } from '../codec/json-form.js';
import type { AvroType } from '../schema/avro-types.js';
import type { EtpProfile } from '../schema/profile.js';
import { describeEndpoint, type SessionOptions, serverCapabilitiesBody } from '../session/index.js';

// `/.well-known/etp-server-capabilities` beside an ETP endpoint: what clients such as fetpapi's read
// before they open a session. `?GetVersions=true` lists the ETP versions served (["etp12.energistics.org"]);
// `?GetVersion=etp12.energistics.org` is the server's ServerCapabilities record in Avro's JSON form
// (the protocols, data objects, formats, compression and endpoint capabilities its OpenSession
// would send). Without a query the answer is 422, for another version 404, as fetpapi's own server does.

/** Answers a request for the capabilities document; false when the request is not for it. */
export type WellKnownAnswer = (request: IncomingMessage, response: ServerResponse) => boolean;

const SERVER_CAPABILITIES = 'Energistics.Etp.v12.Datatypes.ServerCapabilities';

/** The answerer for an endpoint at `path` with these session options. */
export function wellKnown(path: string, options: Partial<SessionOptions>, profile: EtpProfile): WellKnownAnswer {
  const at = `${path.replace(/\/$/, '')}/.well-known/etp-server-capabilities`;
  let document: string | undefined;
  const capabilities = (): string => {
    if (document === undefined) {
      const endpoint = describeEndpoint(options, 0);
      const codec = (options.codec as AnyCodec | undefined) ?? createCodec();
      document = JSON.stringify(toJSONValue(codec.registry.type(SERVER_CAPABILITIES) as AvroType, serverCapabilitiesBody(endpoint)), null, 2);
    }
    return document;
  };
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname !== at) return false;
    const send = (status: number, type: string, body: string): void => {
      response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') send(405, 'text/plain; charset=utf-8', 'GET or HEAD');
    else if (url.searchParams.get('GetVersions') === 'true') send(200, 'application/json', JSON.stringify([profile.subprotocol]));
    else if (!url.searchParams.has('GetVersion')) send(422, 'text/plain; charset=utf-8', 'ask with ?GetVersions=true or ?GetVersion=<subprotocol>');
    else if (url.searchParams.get('GetVersion') !== profile.subprotocol || profile.etp !== '1.2')
      send(404, 'text/plain; charset=utf-8', `this endpoint serves ${profile.subprotocol}; a capabilities document exists for etp12.energistics.org`);
    else send(200, 'application/json', capabilities());
    return true;
  };
}
