/**
 * etp-codec/store: the store side of ETP 1.2 — Dataspace, Store, DataArray, Transaction,
 * Discovery and SupportedTypes — on a storage backend (SQLite by default), built on the library's
 * public session API. See docs/store.md.
 */
export {
  ARRAY_BLOCK_ELEMENTS,
  ARRAY_WRITE_BATCH,
  type ArrayBlock,
  type StoreStorage,
  type Awaitable,
  type DataspaceRecord,
  type ObjectRecord,
  type ObjectSummary,
  type ObjectReference,
  type ObjectFilter,
  type Tombstone,
  type ArrayRecord,
  type ArrayElementType,
  type SharedLocks,
  type ChannelRecord,
  type ChannelMeta,
  type ChannelPoint,
  type ChannelExtent,
  type ChannelIndexType,
  type PointRange,
} from './storage.js';
export { SqliteStoreStorage, type SqliteStoreStorageOptions } from './sqlite-storage.js';
export { MemoryStoreStorage } from './memory-storage.js';
export { PostgresStoreStorage, type PostgresStoreStorageOptions } from './postgres-storage.js';
export { PostgresChangeFeed, type PostgresChangeFeedOptions } from './postgres-changes.js';
export { readWindow, writeWindow, fromAnyArray, toAnyArray, type ArrayValues } from './arrays.js';
export { readIdentity, qualifiedType, type ObjectIdentity } from './identity.js';
export { StoreServer } from './server.js';
export { StoreContext, STORE_DEFAULTS, type StoreServerOptions, type OpenTransaction } from './context.js';
export { STORE_OFFER, STORE_DATA_OBJECTS } from './offer.js';
export { objectUri, objectKey, resourceBody } from './objects.js';
export {
  StoreClient,
  STORE_CLIENT_DEFAULTS,
  APPEND_WINDOW,
  type StoreClientOptions,
  type CallOptions,
  type Resources,
  type GetResourcesOptions,
  type StoreArray,
  type TransactionOptions,
} from './client.js';
export { ItemResults } from './client-results.js';
export type { ArrayInput, ArrayOutput } from './client-arrays.js';
export { channelXml, dataObjectRecord, dataspaceRecord, type ChannelXmlOptions, type DataObjectRecordOptions } from './records.js';
export { Subscription, SUBSCRIPTION_MAX_QUEUED_BYTES, type StoreChange, type SubscribeOptions } from './client-notifications.js';
export { ChannelFeed, CHANNEL_FEED_MAX_QUEUED_BYTES, type ChannelEvent, type ChannelPointItem } from './client-channels.js';
export { CHANNEL_PAGE_POINTS, QUEUED_NOTICE_BYTES } from './channel-subscribe.js';
export { MAX_CHANNEL_FIELD } from './channel-meta.js';
export { LocalChangeFeed, type ChangeFeed, type StoreChangeEvent } from './changes.js';
export { QUEUED_CHANGE_BYTES } from './notification.js';
