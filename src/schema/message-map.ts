// Reading a message map: the generated interfaces (Etp12MessageMap, Etp11MessageMap, a user's own)
// say, for every message name, { protocol, messageType, senderRole, multipart, body, input,
// answers }. These types turn a name, or a (protocol, messageType) pair of literals, into the body
// to send and the body that comes back. The codec and the session are generic over the map.

import type { Etp12MessageMap } from './gen/etp12-types.gen.js';
import type { Utf8Text } from '../wire/utf8-text.js';

/** What a message map holds for one message. */
export interface MessageSpec {
  protocol: number;
  messageType: number;
  senderRole: string;
  multipart: boolean;
  /** The body as decoded. */
  body: unknown;
  /** The body as encode and send accept it. */
  input: unknown;
  /** Names of the messages that answer it (`never` when none). */
  answers: string;
}

/** The message names of a map. */
export type MessageName<M> = Extract<keyof M, string>;

type Spec<M, N> = N extends keyof M ? M[N] : never;

/** The decoded body of message `N` (a union when `N` is). */
export type BodyOf<M, N> = Spec<M, N> extends { body: infer B } ? B : unknown;

/** What send and encode accept as the body of message `N`. */
export type InputOf<M, N> = Spec<M, N> extends { input: infer B } ? B : unknown;

/** The names of the messages that answer `N`. */
export type AnswersOf<M, N> = Spec<M, N> extends { answers: infer A } ? Extract<A, MessageName<M>> : never;

/** The protocol number of message `N`. */
export type ProtocolOf<M, N> = Spec<M, N> extends { protocol: infer P extends number } ? P : number;

/** The names of the messages of a map at (protocol, messageType). */
type NameAt<M, P, T> = { [K in keyof M]: M[K] extends { protocol: P; messageType: T } ? K : never }[keyof M];

/**
 * The message at (protocol, messageType) when both are literals: ProtocolException (1000) and
 * Acknowledge (1001) are Core's under any protocol. `never` when the numbers are not literals or
 * the map has no such message.
 */
export type NameOfNumbers<M, P extends number, T extends number> = number extends P ? never : number extends T ? never : T extends 1000 | 1001 ? NameAt<M, 0, T> : NameAt<M, P, T>;

/**
 * The body send accepts at (protocol, messageType): the map's input type when both numbers are
 * literals the map knows, otherwise `unknown` (a custom protocol outside the map, numbers known
 * only at run time).
 */
export type InputAt<M, P extends number, T extends number> = [NameOfNumbers<M, P, T>] extends [never] ? unknown : InputOf<M, NameOfNumbers<M, P, T>>;

/** The decoded body at (protocol, messageType), or `unknown` as for {@link InputAt}. */
export type BodyAt<M, P extends number, T extends number> = [NameOfNumbers<M, P, T>] extends [never] ? unknown : BodyOf<M, NameOfNumbers<M, P, T>>;

/** The decoded body of whatever answers `N` (the union of the answers' bodies). */
export type AnswerBodyOf<M, N> = [AnswersOf<M, N>] extends [never] ? unknown : BodyOf<M, AnswersOf<M, N>>;

/** Every message's decoded body by name: `{ [name]: body }`. */
export type BodiesOf<M> = { [K in keyof M]: BodyOf<M, K> };

/** Every built-in ETP 1.2 message body by full schema name. */
export type Etp12Messages<L extends number | bigint = number, F extends 'array' | 'typed' = 'array', S extends string | Utf8Text = string> = BodiesOf<Etp12MessageMap<L, F, S>>;

/** The full schema name of a built-in ETP 1.2 message. */
export type Etp12MessageName = MessageName<Etp12MessageMap>;
