import { EtpError } from '../errors.js';
import { type AvroType, parseSchema, type RecordType, type TypeTable } from './avro.js';
import { readBundle, type SchemaSource } from './bundle.js';
import { setOwn } from './type-rules.js';
import { ACKNOWLEDGE, answeredBy, PROTOCOL_EXCEPTION } from './etp.js';

/** An ETP message type: a record schema with `protocol` and `messageType` attributes. */
export interface MessageInfo {
  /** Full name of the body record, e.g. `Energistics.Etp.v12.Protocol.Core.RequestSession`. */
  readonly name: string;
  readonly protocol: number;
  readonly messageType: number;
  /** Role that sends it (`client`, `server`, `store`, `*`, …), as the schema says. */
  readonly senderRole: string | undefined;
  /** True when the schema allows the message to be sent in several parts. */
  readonly multipart: boolean;
  /** The schema's `answers` attribute (names of the messages that answer it), when it has one. */
  readonly answers?: readonly string[];
  /** The parsed Avro type of the body. */
  readonly type: RecordType;
}

/**
 * Named Avro types from one or more ETP-style bundles, and the message types among them, keyed by
 * (protocol, messageType).
 */
export class SchemaRegistry {
  /** Every named type by full name (a base registry's types are inherited). */
  readonly types: TypeTable;
  private readonly byProtocol = new Map<number, Map<number, MessageInfo>>();
  private readonly byName = new Map<string, MessageInfo>();
  private sealed = false;
  private readonly answerCache = new Map<string, ReadonlySet<string>>();

  /**
   * An empty registry, or one layered on `base`: it sees every type and message of the base
   * without parsing them again, and what is added to it stays its own (the base is not changed).
   */
  constructor(base?: SchemaRegistry) {
    // Null-prototype at the root: a type named like an Object.prototype member is only itself.
    this.types = base ? Object.create(base.types) : Object.create(null);
    if (base) {
      for (const [protocol, messages] of base.byProtocol) this.byProtocol.set(protocol, new Map(messages));
      for (const [name, info] of base.byName) this.byName.set(name, info);
    }
  }

  /** Forbids further additions (shared registries); returns this. */
  seal(): this {
    this.sealed = true;
    return this;
  }

  /**
   * Registers every type of a bundle; later bundles may refer to types of earlier ones. A bundle
   * is added whole or not at all: its types are parsed into a staging table first.
   */
  add(source: SchemaSource): this {
    if (this.sealed) throw new EtpError('INVALID_SCHEMA', 'this registry is shared and sealed: layer a new SchemaRegistry(base) on it instead');
    const bundle = readBundle(source);
    const staged: TypeTable = Object.create(this.types);
    const messages: [AvroType, Record<string, unknown>][] = [];
    for (const schema of bundle.types) {
      let type: AvroType;
      try {
        type = parseSchema(schema, staged, bundle.namespace);
      } catch (err) {
        const name = typeof schema === 'object' && schema && 'name' in schema ? String(schema.name) : JSON.stringify(schema).slice(0, 80);
        throw new EtpError('INVALID_SCHEMA', `cannot load schema ${name}: ${(err as Error).message}`, { cause: err });
      }
      if (typeof schema === 'object' && !Array.isArray(schema) && schema.protocol !== undefined && schema.messageType !== undefined) {
        messages.push([type, schema]);
      }
    }
    const infos = this.checkMessages(messages);
    for (const name of Object.keys(staged)) setOwn(this.types, name, staged[name]!);
    for (const info of infos) {
      let inProtocol = this.byProtocol.get(info.protocol);
      if (!inProtocol) this.byProtocol.set(info.protocol, (inProtocol = new Map()));
      inProtocol.set(info.messageType, info);
      this.byName.set(info.name, info);
    }
    return this;
  }

  /** The message infos of a bundle's messages, checked against each other and the registry's. */
  private checkMessages(messages: [AvroType, Record<string, unknown>][]): MessageInfo[] {
    const infos: MessageInfo[] = [];
    for (const [type, schema] of messages) {
      const info = this.messageInfo(type, schema);
      const existing = this.byProtocol.get(info.protocol)?.get(info.messageType) ?? infos.find((i) => i.protocol === info.protocol && i.messageType === info.messageType);
      if (existing && existing.name !== info.name) {
        throw new EtpError('INVALID_SCHEMA', `messages ${existing.name} and ${info.name} both claim protocol ${info.protocol} type ${info.messageType}`);
      }
      infos.push(info);
    }
    return infos;
  }

  private messageInfo(type: AvroType, schema: Record<string, unknown>): MessageInfo {
    const protocol = Number(schema.protocol);
    const messageType = Number(schema.messageType);
    const name = type.name ?? type.typeName;
    if (!Number.isInteger(protocol) || !Number.isInteger(messageType) || type.typeName !== 'record') {
      throw new EtpError('INVALID_SCHEMA', `message ${name} needs integer protocol and messageType attributes on a record`);
    }
    return {
      name,
      protocol,
      messageType,
      senderRole: typeof schema.senderRole === 'string' ? schema.senderRole : undefined,
      multipart: schema.multipartFlag === true,
      type,
      ...(Array.isArray(schema.answers) ? { answers: schema.answers.map(String) } : {}),
    };
  }

  /**
   * The message type for a header's (protocol, messageType). ProtocolException (1000) and
   * Acknowledge (1001) are found under any protocol number. Throws UNKNOWN_PROTOCOL or
   * UNKNOWN_MESSAGE_TYPE.
   */
  lookup(protocol: number, messageType: number): MessageInfo {
    const found = this.byProtocol.get(protocol)?.get(messageType);
    if (found) return found;
    if (messageType === PROTOCOL_EXCEPTION || messageType === ACKNOWLEDGE) {
      const core = this.byProtocol.get(0)?.get(messageType);
      if (core) return core;
    }
    if (!this.byProtocol.has(protocol)) {
      throw new EtpError('UNKNOWN_PROTOCOL', `protocol ${protocol} is not registered`);
    }
    throw new EtpError('UNKNOWN_MESSAGE_TYPE', `message type ${messageType} is not registered in protocol ${protocol}`);
  }

  /** The message type with this full (or unique short) name, if any. */
  message(name: string): MessageInfo | undefined {
    return this.byName.get(name);
  }

  /**
   * The names of the messages that answer message `name` (see `answeredBy`): the request's own
   * answer types, for the session to accept in its response.
   */
  answersOf(name: string): ReadonlySet<string> {
    const info = this.byName.get(name);
    if (!info) return new Set();
    let cached = this.answerCache.get(name);
    if (!cached) {
      const names = [...(this.byProtocol.get(info.protocol)?.values() ?? [])].map((m) => m.name);
      this.answerCache.set(name, (cached = new Set(answeredBy(name, names, info.answers))));
    }
    return cached;
  }

  /** Every registered message type. */
  messages(): MessageInfo[] {
    return [...this.byName.values()];
  }

  /** The named type with this full name; throws INVALID_SCHEMA when absent. */
  type(name: string): AvroType {
    const t = this.types[name];
    if (!t) throw new EtpError('INVALID_SCHEMA', `type ${name} is not registered`);
    return t;
  }

  /**
   * The ETP version of the registered schemas: 1.1 when ETP 1.1's MessageHeader
   * (`Energistics.Datatypes.MessageHeader`) is registered without 1.2's, 1.2 otherwise. (Bundle
   * `version` attributes are not reliable: the official 1.1 bundle says "1.0".)
   */
  etpVersion(): '1.1' | '1.2' {
    return this.types['Energistics.Datatypes.MessageHeader'] && !this.types['Energistics.Etp.v12.Datatypes.MessageHeader'] ? '1.1' : '1.2';
  }

  /** The registered MessageHeaderExtension type (ETP 1.2), if any. */
  headerExtension(): RecordType | undefined {
    // for…in walks the base registry's types too.
    for (const name in this.types) {
      const t = this.types[name]!;
      if (name.endsWith('.MessageHeaderExtension') && t.typeName === 'record') return t;
    }
    return undefined;
  }
}
