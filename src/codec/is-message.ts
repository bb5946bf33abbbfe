import type { Etp12MessageName, Etp12Messages } from '../schema/message-map.js';
import type { DecodedMessage } from './codec.js';
import type { Utf8Text } from '../wire/utf8-text.js';

/**
 * Narrows a decoded message to a built-in ETP 1.2 message by its full schema name, typing its body:
 * `if (isMessage(m, 'Energistics.Etp.v12.Protocol.Core.Ping')) m.body.currentDateTime`.
 * With `longs: 'bigint'`, pass `bigint` as the second type argument; with `floatArrays: 'typed'`,
 * `'typed'` as the third; with `strings: 'utf8'`, `Utf8Text` as the fourth.
 */
export function isMessage<N extends Etp12MessageName, L extends number | bigint = number, F extends 'array' | 'typed' = 'array', S extends string | Utf8Text = string>(
  message: DecodedMessage,
  name: N,
): message is DecodedMessage<Etp12Messages<L, F, S>[N]> {
  return message.name === name;
}
