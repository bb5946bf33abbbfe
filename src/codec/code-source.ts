import type { MessageInfo } from '../schema/registry.js';
import type { LongMode } from '../wire/long.js';
import { canEval, type CodegenMode } from './codegen/can-eval.js';
import { ReaderCompiler, type ReadFn } from './closures/reader.js';
import { type WriteFn, WriterCompiler } from './closures/writer.js';
import { loadTimeCode } from './codegen/runtime.js';
import { prebuiltCode } from './codegen/prebuilt.js';
import type { AvroType } from '../schema/avro-types.js';

/** Where a codec's encoder and decoder of a message type come from (see Codec.codeOf). */
export type CodeSource = 'prebuilt' | 'generated' | 'closures';

/** The encoder and decoder of one message type. */
export interface MessageCode {
  info: MessageInfo;
  read: ReadFn;
  write: WriteFn;
  source: CodeSource;
}

/**
 * The one place that decides where a message's encoder and decoder come from, made on first use
 * of each message type: code generated at build time (codegen/prebuilt.ts, the built-in
 * catalogs), else code generated with `new Function` where that is allowed (codegen/runtime.ts),
 * else closures (closures/). Every one follows the type rules of schema/type-rules.ts.
 */
export class MessageCodes {
  private readonly readers: ReaderCompiler;
  private readonly writers = new WriterCompiler();
  private readonly byMessage = new Map<MessageInfo, MessageCode>();

  constructor(
    private readonly longs: LongMode,
    private readonly codegen: CodegenMode,
  ) {
    this.readers = new ReaderCompiler(longs);
  }

  /** The closures of any type (what runs where nothing is generated, and for header extensions). */
  closures(t: AvroType): { read: ReadFn; write: WriteFn } {
    return { read: this.readers.compile(t), write: this.writers.compile(t) };
  }

  get(info: MessageInfo): MessageCode {
    let c = this.byMessage.get(info);
    if (!c) {
      const t = info.type;
      const fast = this.generated(t);
      if (fast) {
        const write = fast.write;
        const checked = (): WriteFn => this.writers.compile(t);
        c = {
          info,
          source: fast.source,
          read: fast.read,
          // Generated encoders carry no paths: a value they refuse is encoded again by the
          // closures, which throw the same error with its path (body.data[3].value: …).
          write: (w, v) => {
            const start = w.pos;
            try {
              write(w, v);
            } catch (err) {
              w.pos = start;
              checked()(w, v);
              throw err;
            }
          },
        };
      } else {
        c = { info, source: 'closures', ...this.closures(t) };
      }
      this.byMessage.set(info, c);
    }
    return c;
  }

  /** The generated encoder and decoder of a message type: built in, or made now with new Function where that is allowed. */
  private generated(t: MessageInfo['type']): { write: WriteFn; read: ReadFn; source: CodeSource } | undefined {
    if (this.codegen !== 'auto') return undefined;
    const prebuilt = prebuiltCode(t, this.longs);
    if (prebuilt) return { ...prebuilt, source: 'prebuilt' };
    return canEval() ? { ...loadTimeCode(t, this.longs), source: 'generated' } : undefined;
  }
}
