import etp11ChannelDataFrame from '../../schemas/etp11/channel-data-frame.avpr.json';
import etp11ChannelStreaming from '../../schemas/etp11/channel-streaming.avpr.json';
import etp11Core from '../../schemas/etp11/core.avpr.json';
import etp11DataArray from '../../schemas/etp11/data-array.avpr.json';
import etp11Datatypes from '../../schemas/etp11/datatypes.avpr.json';
import etp11Discovery from '../../schemas/etp11/discovery.avpr.json';
import etp11GrowingObject from '../../schemas/etp11/growing-object.avpr.json';
import etp11Store from '../../schemas/etp11/store.avpr.json';
import etp11StoreNotification from '../../schemas/etp11/store-notification.avpr.json';
import etp11WitsmlSoap from '../../schemas/etp11/witsml-soap.avpr.json';
import etp12ChannelDataFrame from '../../schemas/etp12/channel-data-frame.avpr.json';
import etp12ChannelDataLoad from '../../schemas/etp12/channel-data-load.avpr.json';
import etp12ChannelStreaming from '../../schemas/etp12/channel-streaming.avpr.json';
import etp12ChannelSubscribe from '../../schemas/etp12/channel-subscribe.avpr.json';
import etp12Core from '../../schemas/etp12/core.avpr.json';
import etp12DataArray from '../../schemas/etp12/data-array.avpr.json';
import etp12Dataspace from '../../schemas/etp12/dataspace.avpr.json';
import etp12Datatypes from '../../schemas/etp12/datatypes.avpr.json';
import etp12Discovery from '../../schemas/etp12/discovery.avpr.json';
import etp12DiscoveryQuery from '../../schemas/etp12/discovery-query.avpr.json';
import etp12GrowingObject from '../../schemas/etp12/growing-object.avpr.json';
import etp12GrowingObjectNotification from '../../schemas/etp12/growing-object-notification.avpr.json';
import etp12GrowingObjectQuery from '../../schemas/etp12/growing-object-query.avpr.json';
import etp12Store from '../../schemas/etp12/store.avpr.json';
import etp12StoreNotification from '../../schemas/etp12/store-notification.avpr.json';
import etp12StoreQuery from '../../schemas/etp12/store-query.avpr.json';
import etp12SupportedTypes from '../../schemas/etp12/supported-types.avpr.json';
import etp12Transaction from '../../schemas/etp12/transaction.avpr.json';
import etp12WitsmlSoap from '../../schemas/etp12/witsml-soap.avpr.json';
import type { SchemaBundle } from './bundle.js';
import { SchemaRegistry } from './registry.js';

/**
 * Every type of the official ETP 1.2 bundle, one bundle per protocol, written by this project and
 * wire-identical to the official one: MessageHeader, MessageHeaderExtension and the datatypes,
 * then the 18 protocols (17 public ones and the private WitsmlSoap, 2100).
 */
export const ETP12_BUILTIN_BUNDLES: readonly SchemaBundle[] = [
  etp12Datatypes,
  etp12ChannelDataFrame,
  etp12ChannelDataLoad,
  etp12ChannelStreaming,
  etp12ChannelSubscribe,
  etp12Core,
  etp12DataArray,
  etp12Dataspace,
  etp12DiscoveryQuery,
  etp12Discovery,
  etp12GrowingObjectNotification,
  etp12GrowingObjectQuery,
  etp12GrowingObject,
  etp12StoreNotification,
  etp12StoreQuery,
  etp12Store,
  etp12SupportedTypes,
  etp12Transaction,
  etp12WitsmlSoap,
] as SchemaBundle[];

/** Every type of ETP 1.1 (the official bundle says version 1.0): the datatypes, then 9 protocols. */
export const ETP11_BUILTIN_BUNDLES: readonly SchemaBundle[] = [
  etp11Datatypes,
  etp11ChannelDataFrame,
  etp11ChannelStreaming,
  etp11Core,
  etp11DataArray,
  etp11Discovery,
  etp11GrowingObject,
  etp11StoreNotification,
  etp11Store,
  etp11WitsmlSoap,
] as SchemaBundle[];

/** The built-in catalogs by ETP version. */
export const BUILTIN_BUNDLES = { '1.1': ETP11_BUILTIN_BUNDLES, '1.2': ETP12_BUILTIN_BUNDLES } as const;

const registries: Partial<Record<'1.1' | '1.2', SchemaRegistry>> = {};

/**
 * The registry of a built-in catalog, parsed on first use and then shared by every codec of the
 * process (it is sealed: nothing can be added to it). Parsing all 212 types of ETP 1.2 takes tens
 * of milliseconds once; a codec per connection pays nothing for it.
 */
export function builtinRegistry(etp: '1.1' | '1.2'): SchemaRegistry {
  let r = registries[etp];
  if (!r) {
    r = new SchemaRegistry();
    for (const b of BUILTIN_BUNDLES[etp]) r.add(b);
    registries[etp] = r.seal();
  }
  return r;
}
