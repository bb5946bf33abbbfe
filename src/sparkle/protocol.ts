import sparkleJson from '../../schemas/sparkle/sparkle.avpr.json';
import { type Codec, type CodecOptions, createCodec } from '../codec/index.js';
import { EtpError } from '../errors.js';
import { type SchemaBundle, withProtocolNumber } from '../schema/index.js';
import type { SparkleMessageMap } from './gen/types.gen.js';

// Sparkle as an ETP-style protocol: its number, its messages by name, its bundle, its status codes.

/** Sparkle's protocol number by default (custom protocols take 2000 and up; 2100 is WitsmlSoap's). */
export const SPARKLE_PROTOCOL = 2000;

/** The roles: the server produces streams, the client consumes them (`{ protocol: 2000, role: 'producer' }` is what a client asks for). */
export const SPARKLE_ROLES = { server: 'producer', client: 'consumer' } as const;

/** The Sparkle version this library speaks: what RequestSession asks for and OpenSession agrees. */
export const SPARKLE_VERSION = { major: 1, minor: 0, revision: 0, patch: 0 } as const;

/** What a Sparkle server offers (and a client asks for) in the ETP handshake: the protocol, the server's role, the Sparkle version. */
export const SPARKLE_OFFER = { protocol: SPARKLE_PROTOCOL, role: SPARKLE_ROLES.server, version: SPARKLE_VERSION };

export { Sparkle } from './gen/names.gen.js';

/**
 * The Sparkle bundle (`schemas/sparkle/sparkle.avpr.json`), with its messages under `protocol`
 * (default {@link SPARKLE_PROTOCOL}).
 */
export function sparkleBundle(protocol: number = SPARKLE_PROTOCOL): SchemaBundle {
  return protocol === SPARKLE_PROTOCOL ? (sparkleJson as SchemaBundle) : withProtocolNumber(sparkleJson as SchemaBundle, protocol);
}

/**
 * A codec of the built-in ETP 1.2 catalog plus Sparkle, typed by {@link SparkleMessageMap}.
 * `protocol` moves Sparkle to another number (the map's literals stay 2000: call by name).
 */
export function createSparkleCodec(options: CodecOptions & { protocol?: number } = {}): Codec<SparkleMessageMap> {
  const { protocol, ...codecOptions } = options;
  return createCodec<SparkleMessageMap>({ ...codecOptions, extend: [...(codecOptions.extend ?? []), sparkleBundle(protocol)] });
}

/** The Status codes of the seed. */
export const SparkleStatusCode = {
  OK: 0,
  DATASET_NOT_FOUND: 600,
  COLUMN_NOT_FOUND: 601,
  TRANSFORM_NOT_SUPPORTED: 602,
  TRANSFORM_PARAMETER_ERROR: 603,
  SELECTOR_PARAMETER_ERROR: 604,
  SELECTOR_NOT_FOUND: 605,
  REQUEST_FORMAT_ERROR: 606,
  AUTHENTICATION_MALFORMED: 610,
  AUTHENTICATION_FAILED: 611,
  AUTHENTICATION_MISSING: 612,
  AUTHORIZATION_FAILED: 613,
  STREAM_DEAD: 750,
  SESSION_INVALID: 800,
  RELOCATE: 801,
} as const;

/**
 * What a client should do after a Status: `ok`; `do-not-retry` (600–606, 610–613: the request or
 * the credentials are wrong); `re-request` (750: the stream died, ask again); `reconnect` (800:
 * the session is invalid, reconnect and authenticate again); `relocate` (801: reconnect
 * elsewhere); `unknown` (any other code).
 */
export type RetryClass = 'ok' | 'do-not-retry' | 're-request' | 'reconnect' | 'relocate' | 'unknown';

/** The retry class of a Status code. */
export function retryClass(code: number): RetryClass {
  if (code === 0) return 'ok';
  if ((code >= 600 && code <= 606) || (code >= 610 && code <= 613)) return 'do-not-retry';
  if (code === 750) return 're-request';
  if (code === 800) return 'reconnect';
  if (code === 801) return 'relocate';
  return 'unknown';
}

/** What a Status is about: a request (it carries the request's id), a stream (`streamId`) or the whole session. */
export type StatusScope = 'request' | 'stream' | 'session';

/** A Status as the client sees it: `error.detail` of a SPARKLE_STATUS error. */
export interface SparkleStatus {
  code: number;
  description: string;
  scope: StatusScope;
  streamId?: number;
  retry: RetryClass;
}

/** The SPARKLE_STATUS error of a non-zero Status. A transform may throw one to answer its request with that code. */
export function sparkleStatusError(code: number, description: string, scope: StatusScope = 'request', streamId?: number): EtpError {
  const detail: SparkleStatus = { code, description, scope, retry: retryClass(code), ...(streamId === undefined ? {} : { streamId }) };
  return new EtpError('SPARKLE_STATUS', `sparkle status ${code} (${scope}${streamId === undefined ? '' : ` ${streamId}`}): ${description}`, { detail });
}
