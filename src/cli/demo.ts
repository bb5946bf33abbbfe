import { createCodec } from '../codec/codec.js';
import { MessageFlags } from '../wire/flags.js';
import { sampleChannelData, sampleOpenSession, sampleRequestSession } from './samples.js';

const HEX_SHOWN = 48;

/** Encodes and decodes a few real ETP 1.2 messages, printing each with its size and hex. */
export function runDemo(print: (line: string) => void): void {
  const codec = createCodec();
  const show = (title: string, message: ReturnType<typeof sampleRequestSession>): void => {
    const bytes = codec.encode(message);
    const decoded = codec.decode(bytes);
    const json = JSON.stringify(codec.toJSON(decoded));
    const hex = bytes.toString('hex');
    print(`== ${title}: ${decoded.name}`);
    print(`   header  ${JSON.stringify(decoded.header)}`);
    print(`   size    ${bytes.length} bytes`);
    print(`   hex     ${hex.length > HEX_SHOWN * 2 ? `${hex.slice(0, HEX_SHOWN * 2)}… (${bytes.length - HEX_SHOWN} more bytes)` : hex}`);
    print(`   json    ${json.length > 400 ? `${json.slice(0, 400)}… (${json.length} chars)` : json}`);
    print(`   round trip ${JSON.stringify(codec.toJSON(message)) === json ? 'identical' : 'DIFFERS'}`);
  };
  show('RequestSession', sampleRequestSession());
  show('OpenSession', sampleOpenSession());
  show('ChannelData, 1000 items', sampleChannelData(1000));
  show('ChannelData, 1000 items, gzip', sampleChannelData(1000, MessageFlags.FinalPart | MessageFlags.Compressed));
}
