// The shapes of parsed Avro types: what avro.ts makes of a schema and every walker reads.

/** The primitive Avro types. */
export type PrimitiveName = 'null' | 'boolean' | 'int' | 'long' | 'float' | 'double' | 'string' | 'bytes';

/** A parsed Avro type. Named types (record, error, enum, fixed) carry their full name. */
export type AvroType = { readonly typeName: PrimitiveName; readonly name?: undefined } | RecordType | EnumType | FixedType | ArrayType | MapType | UnionType;

export interface RecordType {
  readonly typeName: 'record' | 'error';
  readonly name: string;
  readonly fields: readonly Field[];
}
export interface Field {
  readonly name: string;
  readonly type: AvroType;
  /** The default in this library's in-memory form (Uuid as a string, bytes as Uint8Array, unions as held), or undefined. */
  readonly default: unknown;
}
export interface EnumType {
  readonly typeName: 'enum';
  readonly name: string;
  readonly symbols: readonly string[];
}
export interface FixedType {
  readonly typeName: 'fixed';
  readonly name: string;
  readonly size: number;
}
export interface ArrayType {
  readonly typeName: 'array';
  readonly name?: undefined;
  readonly itemsType: AvroType;
}
export interface MapType {
  readonly typeName: 'map';
  readonly name?: undefined;
  readonly valuesType: AvroType;
}
export interface UnionType {
  readonly typeName: 'union';
  readonly name?: undefined;
  readonly types: readonly AvroType[];
}
