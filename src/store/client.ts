import { v4 as uuidv4 } from 'uuid';
import { EtpError } from '../errors.js';
import { integerOption } from '../options.js';
import type {
  ChannelMetadataRecord,
  ContextScopeKind,
  DataArrayMetadata,
  DataObject,
  DataObjectInput,
  Dataspace,
  DataspaceInput,
  DataValueInput,
  DeletedResource,
  Edge,
  PutResponse,
  RelationshipKind,
  Resource,
  SupportedType,
  ActiveStatusKind,
} from '../schema/index.js';
import { type CapabilityMap, type EtpResponse, type EtpSession, numberCapability, type RequestOptions } from '../session/index.js';
import { connect, type ConnectOptions } from '../transport/index.js';
import { textOf } from '../wire/index.js';
import { estimateBytes, pack, partBudget } from './answer.js';
import { elementCount } from './arrays.js';
import { allocate, anyArray, type ArrayInput, type ArrayKind, type ArrayOutput, fill, kindOf, memoryWidth, WHOLE_LOGICAL, windows, wireWidth } from './client-arrays.js';
import { type SubscribeOptions, type Subscription, Subscriptions } from './client-notifications.js';
import { CHANNEL_FEED_MAX_QUEUED_BYTES, ChannelFeed, type ChannelPointItem } from './client-channels.js';
import { ItemResults } from './client-results.js';
import { dataspaceRecord, nowMicros } from './records.js';
import { indexOf } from './client-channels.js';
import { STORE_OFFER } from './offer.js';

// The customer's side of a store: one call per operation. Each call of many items is split into
// requests that fit the negotiated message size, sent a few at a time, and its answers gathered
// into one ItemResults keyed by the caller's URIs; objects larger than a message go and come as
// blobId + Chunk; arrays go and come in windows that fit, as typed arrays.

const DSP = 'Energistics.Etp.v12.Protocol.Dataspace.';
const ST = 'Energistics.Etp.v12.Protocol.Store.';
const DA = 'Energistics.Etp.v12.Protocol.DataArray.';
const TX = 'Energistics.Etp.v12.Protocol.Transaction.';
const DI = 'Energistics.Etp.v12.Protocol.Discovery.';
const SUP = 'Energistics.Etp.v12.Protocol.SupportedTypes.';

/** Options of a {@link StoreClient}. */
export interface StoreClientOptions {
  /** Items in one request at most (it is also kept within the negotiated message size). Default 1000. */
  maxItemsPerRequest?: number;
  /** Requests of one call in flight at once. Default 4. */
  maxInFlight?: number;
  /** The clock for the times the client writes, in microseconds since the epoch. */
  now?: () => number;
  /** Bytes of memory one `getArray` may fill (the store declares an array's size). Default 1 GiB. */
  maxArrayReadBytes?: number;
}

/** ChannelData messages {@link StoreClient.appendPoints} sends before it waits for the store to have handled the ones before them. */
export const APPEND_WINDOW = 32;

/** Defaults of {@link StoreClientOptions}. */
export const STORE_CLIENT_DEFAULTS = { maxItemsPerRequest: 1000, maxInFlight: 4, maxArrayReadBytes: 1024 ** 3 } as const;

/** Per-call options: a timeout and a cancel signal for each request the call sends. */
export type CallOptions = Pick<RequestOptions, 'timeoutMs' | 'signal'>;

/** What {@link StoreClient.getResources} finds. */
export interface Resources {
  resources: Resource[];
  /** The edges between them, when `includeEdges` was asked. */
  edges: Edge[];
  /** False when the store stopped at its MaxResponseCount (it answered 30 after what it sent). */
  complete: boolean;
}

/** Options of {@link StoreClient.getResources}. */
export interface GetResourcesOptions extends CallOptions {
  /** Default 'self'. */
  scope?: ContextScopeKind;
  /** Default 1. */
  depth?: number;
  /** Qualified types (`resqml20.obj_Grid2dRepresentation`, `resqml20.*`); default every type. */
  dataObjectTypes?: string[];
  /** Default 'Primary'. */
  navigableEdges?: RelationshipKind;
  includeSecondaryTargets?: boolean;
  includeSecondarySources?: boolean;
  countObjects?: boolean;
  includeEdges?: boolean;
  storeLastWriteFilter?: number;
  activeStatusFilter?: ActiveStatusKind;
}

/** An array read with {@link StoreClient.getArray}. */
export interface StoreArray {
  values: ArrayOutput;
  dimensions: number[];
  metadata: DataArrayMetadata;
}

/** Options of {@link StoreClient.transaction}. */
export interface TransactionOptions extends CallOptions {
  readOnly?: boolean;
  message?: string;
}

/**
 * A store's customer on an open session (one that requested {@link STORE_OFFER}'s protocols): one
 * call per operation, typed results, nothing lost. See docs/store-client.md.
 */
export class StoreClient {
  private readonly maxItems: number;
  private readonly maxInFlight: number;
  private readonly now: () => number;
  private readonly maxArrayReadBytes: number;
  private subscriptions: Subscriptions | undefined;
  private feed: ChannelFeed | undefined;
  /** How each channel's index travels (from its metadata): times and elapsed times as longs, depths as doubles. */
  private readonly indexTypes = new Map<number, 'long' | 'double'>();

  constructor(
    readonly session: EtpSession,
    options: StoreClientOptions = {},
  ) {
    const count = (name: string, v: number | undefined, d: number): number => {
      return v === undefined ? d : integerOption(name, v, 1);
    };
    this.maxItems = count('maxItemsPerRequest', options.maxItemsPerRequest, STORE_CLIENT_DEFAULTS.maxItemsPerRequest);
    this.maxInFlight = count('maxInFlight', options.maxInFlight, STORE_CLIENT_DEFAULTS.maxInFlight);
    this.now = options.now ?? nowMicros;
    this.maxArrayReadBytes = count('maxArrayReadBytes', options.maxArrayReadBytes, STORE_CLIENT_DEFAULTS.maxArrayReadBytes);
  }

  /** Connects to a store at `url` (requesting the store protocols, StoreNotification among them) and resolves with its client once the session is open. */
  static async connect(url: string, options: ConnectOptions & StoreClientOptions = {}): Promise<StoreClient> {
    const { maxItemsPerRequest, maxInFlight, now, maxArrayReadBytes, ...connectOptions } = options;
    const { session } = await connect(url, { protocols: [...STORE_OFFER], ...connectOptions });
    return new StoreClient(session, { maxItemsPerRequest, maxInFlight, now, maxArrayReadBytes });
  }

  /** Closes the session. */
  close(reason = ''): void {
    this.session.close(reason);
  }

  // ---- Store (4) ------------------------------------------------------------------------------

  /**
   * Reads objects by URI. Each is in the result's `values` (its bytes in `data`, joined from Chunk
   * messages when it was larger than a message) or in `errors` with the store's code.
   */
  async getDataObjects(uris: Iterable<string>, options: CallOptions & { format?: string } = {}): Promise<ItemResults<DataObject>> {
    const keys = distinct(uris, 'uri');
    const out = new ItemResults<DataObject>();
    const ask = async (group: string[]): Promise<void> => {
      const r = await this.session.request(`${ST}GetDataObjects`, { uris: keyed(group), format: options.format ?? 'xml' }, options);
      const found = (r.bodies[`${ST}GetDataObjectsResponse`] as { dataObjects: Record<string, DataObject> } | undefined)?.dataObjects ?? {};
      for (const [k, o] of Object.entries(found)) {
        const uri = group[Number(k)]!;
        if (o.blobId !== null && o.data.byteLength === 0) {
          const joined = r.blobs.get(o.blobId);
          if (!joined) {
            out.errors.set(uri, { code: 0, message: `the store named blob ${o.blobId} and sent no chunks for it` });
            continue;
          }
          out.values.set(uri, { ...o, blobId: null, data: joined });
        } else {
          out.values.set(uri, o);
        }
      }
      this.failures(r, group, out);
    };
    await this.inBatches(keys, (uri) => estimateBytes(uri) + 8, ask);
    await this.retryTooLarge(out, ask);
    return out.ordered(keys);
  }

  /**
   * Writes objects (make them with `dataObjectRecord`), keyed in the result by their URI. An object
   * larger than a message goes as a blobId and Chunk messages; one larger than the store's
   * MaxDataObjectSize fails with 17 without being sent.
   */
  async putDataObjects(objects: Iterable<DataObjectInput>, options: CallOptions & { pruneContainedObjects?: boolean } = {}): Promise<ItemResults<PutResponse>> {
    const byUri = new Map<string, DataObjectInput>();
    for (const o of objects) {
      const uri = textOf((o as { resource?: { uri?: unknown } })?.resource?.uri);
      if (uri === undefined) throw new EtpError('INVALID_VALUE', 'a data object has resource.uri (make it with dataObjectRecord)');
      if (byUri.has(uri)) throw new EtpError('INVALID_VALUE', `${uri} is put twice in one call`);
      byUri.set(uri, o);
    }
    const keys = [...byUri.keys()];
    const out = new ItemResults<PutResponse>();
    const prune = options.pruneContainedObjects ?? false;
    const budget = this.budget();
    const maxObject = numberCapability(this.peerCapabilities(4), 'MaxDataObjectSize');
    const small: string[] = [];
    const large: string[] = [];
    for (const uri of keys) {
      const o = byUri.get(uri)!;
      const size = o.data?.byteLength ?? 0;
      if (maxObject !== undefined && size > maxObject) out.errors.set(uri, { code: 17, message: `${size} bytes is more than the store's MaxDataObjectSize of ${maxObject}` });
      else (estimateBytes(o) > budget ? large : small).push(uri);
    }
    const settle = (r: EtpResponse, group: string[]): void => {
      const success = (r.bodies[`${ST}PutDataObjectsResponse`] as { success: Record<string, PutResponse> } | undefined)?.success ?? {};
      for (const [k, v] of Object.entries(success)) out.values.set(group[Number(k)]!, v);
      this.failures(r, group, out);
    };
    await this.inBatches(
      small,
      (uri) => estimateBytes(byUri.get(uri)) + 8,
      async (group) => {
        const dataObjects = Object.fromEntries(group.map((uri, i) => [String(i), byUri.get(uri)!]));
        settle(await this.session.request(`${ST}PutDataObjects`, { dataObjects, pruneContainedObjects: prune }, options), group);
      },
    );
    // Each large object alone: its record with a blobId, then its bytes in chunks, one multipart request.
    for (const uri of large) {
      const o = byUri.get(uri)!;
      const data = o.data ?? new Uint8Array(0);
      const blobId = uuidv4();
      const parts: { message: `${typeof ST}${string}`; body: unknown }[] = [
        { message: `${ST}PutDataObjects`, body: { dataObjects: { '0': { ...o, blobId, data: new Uint8Array(0) } }, pruneContainedObjects: prune } },
      ];
      for (let at = 0; at < data.byteLength; at += budget) parts.push({ message: `${ST}Chunk`, body: { blobId, data: data.subarray(at, at + budget), final: at + budget >= data.byteLength } });
      settle(await this.session.requestEach(parts as never, options), [uri]);
    }
    return out.ordered(keys);
  }

  /** Deletes objects by URI; each success is the URIs the store deleted for it (contained objects too, when pruned). */
  async deleteDataObjects(uris: Iterable<string>, options: CallOptions & { pruneContainedObjects?: boolean } = {}): Promise<ItemResults<string[]>> {
    const keys = distinct(uris, 'uri');
    const out = new ItemResults<string[]>();
    await this.inBatches(
      keys,
      (uri) => estimateBytes(uri) + 8,
      async (group) => {
        const r = await this.session.request(`${ST}DeleteDataObjects`, { uris: keyed(group), pruneContainedObjects: options.pruneContainedObjects ?? false }, options);
        const deleted = (r.bodies[`${ST}DeleteDataObjectsResponse`] as { deletedUris: Record<string, { values: string[] }> } | undefined)?.deletedUris ?? {};
        for (const [k, v] of Object.entries(deleted)) out.values.set(group[Number(k)]!, v.values);
        this.failures(r, group, out);
      },
    );
    return out.ordered(keys);
  }

  // ---- Dataspace (24) -------------------------------------------------------------------------

  /** Every dataspace (changed after `storeLastWriteFilter`, microseconds, when given). */
  async getDataspaces(options: CallOptions & { storeLastWriteFilter?: number } = {}): Promise<Dataspace[]> {
    const r = await this.session.request(`${DSP}GetDataspaces`, { storeLastWriteFilter: options.storeLastWriteFilter ?? null }, options);
    this.whole(r);
    return (r.bodies[`${DSP}GetDataspacesResponse`] as { dataspaces: Dataspace[] } | undefined)?.dataspaces ?? [];
  }

  /** Creates or updates dataspaces, each named by its URI, its path, or a whole record; keyed by URI. */
  async putDataspaces(dataspaces: Iterable<string | DataspaceInput>, options: CallOptions & { customData?: Record<string, DataValueInput> } = {}): Promise<ItemResults<true>> {
    const records = new Map<string, DataspaceInput>();
    for (const d of dataspaces) {
      const rec = typeof d === 'string' ? dataspaceRecord(d, { customData: options.customData, now: this.now }) : d;
      const uri = textOf(rec?.uri);
      if (uri === undefined) throw new EtpError('INVALID_VALUE', 'a dataspace has a uri (a string or Utf8Text)');
      records.set(uri, rec);
    }
    const keys = [...records.keys()];
    const out = new ItemResults<true>();
    await this.inBatches(
      keys,
      (uri) => estimateBytes(records.get(uri)) + 8,
      async (group) => {
        const r = await this.session.request(`${DSP}PutDataspaces`, { dataspaces: Object.fromEntries(group.map((u, i) => [String(i), records.get(u)!])) }, options);
        this.successes(r, `${DSP}PutDataspacesResponse`, group, out);
      },
    );
    return out.ordered(keys);
  }

  /** Deletes dataspaces by URI (or path). */
  async deleteDataspaces(dataspaces: Iterable<string>, options: CallOptions = {}): Promise<ItemResults<true>> {
    const keys = distinct(
      [...dataspaces].map((d) => (typeof d === 'string' && !d.startsWith('eml:') ? dataspaceRecord(d).uri : d)),
      'uri',
    );
    const out = new ItemResults<true>();
    await this.inBatches(
      keys,
      (uri) => estimateBytes(uri) + 8,
      async (group) => {
        const r = await this.session.request(`${DSP}DeleteDataspaces`, { uris: keyed(group) }, options);
        this.successes(r, `${DSP}DeleteDataspacesResponse`, group, out);
      },
    );
    return out.ordered(keys);
  }

  // ---- Transaction (18) -----------------------------------------------------------------------

  /**
   * Runs `fn` in a transaction over `dataspaces` (URIs or paths): started before it, committed when
   * it resolves, rolled back when it throws (and its error rethrown). TRANSACTION_FAILED when the
   * store does not start or does not commit it.
   */
  async transaction<T>(dataspaces: string | readonly string[], fn: (client: this) => T | Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const uris = (typeof dataspaces === 'string' ? [dataspaces] : [...dataspaces]).map((d) => (d.startsWith('eml:') ? d : dataspaceRecord(d).uri));
    const started = await this.session.request(`${TX}StartTransaction`, { readOnly: options.readOnly ?? false, message: options.message ?? '', dataspaceUris: uris }, options);
    const s = started.body as { transactionUuid: string; successful: boolean; failureReason: string };
    if (!s.successful) throw new EtpError('TRANSACTION_FAILED', `the store did not start the transaction: ${s.failureReason}`, { detail: s.failureReason });
    let result: T;
    try {
      result = await fn(this);
    } catch (err) {
      if (this.session.isOpen) await this.session.request(`${TX}RollbackTransaction`, { transactionUuid: s.transactionUuid }, options).catch(() => undefined);
      throw err;
    }
    const committed = (await this.session.request(`${TX}CommitTransaction`, { transactionUuid: s.transactionUuid }, options)).body as { successful: boolean; failureReason: string };
    if (!committed.successful) throw new EtpError('TRANSACTION_FAILED', `the store did not commit the transaction: ${committed.failureReason}`, { detail: committed.failureReason });
    return result;
  }

  // ---- Discovery (3) and SupportedTypes (25) ----------------------------------------------------

  /** The resources around `uri` (a dataspace or an object), with edges when asked. */
  async getResources(uri: string, options: GetResourcesOptions = {}): Promise<Resources> {
    const r = await this.session.request(
      `${DI}GetResources`,
      {
        context: {
          uri,
          depth: options.depth ?? 1,
          dataObjectTypes: options.dataObjectTypes ?? [],
          navigableEdges: options.navigableEdges ?? 'Primary',
          includeSecondaryTargets: options.includeSecondaryTargets ?? false,
          includeSecondarySources: options.includeSecondarySources ?? false,
        },
        scope: options.scope ?? 'self',
        countObjects: options.countObjects ?? false,
        storeLastWriteFilter: options.storeLastWriteFilter ?? null,
        activeStatusFilter: options.activeStatusFilter ?? null,
        includeEdges: options.includeEdges ?? false,
      },
      options,
    );
    const complete = r.exception?.code !== 30;
    if (complete) this.whole(r);
    return {
      resources: (r.bodies[`${DI}GetResourcesResponse`] as { resources: Resource[] } | undefined)?.resources ?? [],
      edges: (r.bodies[`${DI}GetResourcesEdgesResponse`] as { edges: Edge[] } | undefined)?.edges ?? [],
      complete,
    };
  }

  /** The objects deleted from a dataspace (after `deleteTimeFilter`, microseconds, when given). */
  async getDeletedResources(dataspace: string, options: CallOptions & { deleteTimeFilter?: number; dataObjectTypes?: string[] } = {}): Promise<DeletedResource[]> {
    const uri = dataspace.startsWith('eml:') ? dataspace : dataspaceRecord(dataspace).uri;
    const r = await this.session.request(
      `${DI}GetDeletedResources`,
      { dataspaceUri: uri, deleteTimeFilter: options.deleteTimeFilter ?? null, dataObjectTypes: options.dataObjectTypes ?? [] },
      options,
    );
    this.whole(r);
    return (r.bodies[`${DI}GetDeletedResourcesResponse`] as { deletedResources: DeletedResource[] } | undefined)?.deletedResources ?? [];
  }

  /** The types of objects around `uri`, counted unless `countObjects` is false. */
  async getSupportedTypes(uri: string, options: CallOptions & { scope?: ContextScopeKind; countObjects?: boolean; returnEmptyTypes?: boolean } = {}): Promise<SupportedType[]> {
    const r = await this.session.request(
      `${SUP}GetSupportedTypes`,
      { uri, scope: options.scope ?? 'self', countObjects: options.countObjects ?? true, returnEmptyTypes: options.returnEmptyTypes ?? false },
      options,
    );
    this.whole(r);
    return (r.bodies[`${SUP}GetSupportedTypesResponse`] as { supportedTypes: SupportedType[] } | undefined)?.supportedTypes ?? [];
  }

  // ---- DataArray (9) --------------------------------------------------------------------------

  /**
   * Writes an array at (uri, path): in one message when it fits (and its logical type is the one a
   * store gives an array put whole), else declared and then written in windows that each fit. `dimensions` defaults to one dimension of all the values.
   * ITEMS_FAILED when the store refuses it.
   */
  async putArray(uri: string, path: string, values: ArrayInput, options: CallOptions & { dimensions?: readonly number[]; customData?: Record<string, DataValueInput> } = {}): Promise<void> {
    const kind = kindOf(values);
    const dimensions = [...(options.dimensions ?? [values.length])];
    if (elementCount(dimensions) !== values.length) throw new EtpError('INVALID_VALUE', `${values.length} values do not fill an array of ${dimensions.join(' × ')}`);
    const uid = { uri, pathInResource: path };
    const key = `${uri}#${path}`;
    const width = wireWidth(kind.transport, kind.transport === 'arrayOfString' ? (values as readonly string[]) : undefined);
    const perMessage = Math.max(1, Math.floor((this.budget() - estimateBytes(uid)) / width));
    const customData = options.customData ?? {};
    if (values.length <= perMessage && kind.logical === WHOLE_LOGICAL[kind.transport]) {
      const r = await this.session.request(`${DA}PutDataArrays`, { dataArrays: { a: { uid, array: { dimensions, data: anyArray(kind.transport, values) as never }, customData } } }, options);
      this.one(r, `${DA}PutDataArraysResponse`, key);
      return;
    }
    const now = this.now();
    const declared = await this.session.request(
      `${DA}PutUninitializedDataArrays`,
      { dataArrays: { a: { uid, metadata: { dimensions, transportArrayType: kind.transport, logicalArrayType: kind.logical, storeLastWrite: now, storeCreated: now, customData } } } },
      options,
    );
    this.one(declared, `${DA}PutUninitializedDataArraysResponse`, key);
    await this.inFlight(windows(dimensions, perMessage), async (w) => {
      const data = anyArray(
        kind.transport,
        (values as Float64Array).subarray ? (values as Float64Array).subarray(w.offset, w.offset + w.length) : (values as readonly number[]).slice(w.offset, w.offset + w.length),
      );
      const r = await this.session.request(`${DA}PutDataSubarrays`, { dataSubarrays: { w: { uid, data: data as never, starts: w.starts, counts: w.counts } } }, options);
      this.one(r, `${DA}PutDataSubarraysResponse`, key);
    });
  }

  /** The metadata of the array at (uri, path); ITEMS_FAILED when the store has none. */
  async getArrayMetadata(uri: string, path: string, options: CallOptions = {}): Promise<DataArrayMetadata> {
    const r = await this.session.request(`${DA}GetDataArrayMetadata`, { dataArrays: { a: { uri, pathInResource: path } } }, options);
    const found = (r.bodies[`${DA}GetDataArrayMetadataResponse`] as { arrayMetadata: Record<string, DataArrayMetadata> } | undefined)?.arrayMetadata.a;
    if (!found) this.one(r, `${DA}GetDataArrayMetadataResponse`, `${uri}#${path}`);
    return found!;
  }

  /**
   * Reads the array at (uri, path) — whole, or the window `starts`/`counts` of it — in requests
   * that each fit a message, into the typed array of its type (row-major). LIMIT_EXCEEDED, before
   * anything is allocated, when what would be read is larger than `maxArrayReadBytes`: the store
   * declares the size, and it is not trusted with the client's memory.
   */
  async getArray(uri: string, path: string, options: CallOptions & { starts?: readonly number[]; counts?: readonly number[] } = {}): Promise<StoreArray> {
    const metadata = await this.getArrayMetadata(uri, path, options);
    const whole = metadata.dimensions.map(Number);
    const starts = [...(options.starts ?? whole.map(() => 0))];
    const dimensions = [...(options.counts ?? whole.map((d, i) => d - starts[i]!))];
    if (
      starts.length !== whole.length ||
      dimensions.length !== whole.length ||
      dimensions.some((c, i) => !Number.isSafeInteger(c) || !Number.isSafeInteger(starts[i]) || c < 0 || starts[i]! < 0 || starts[i]! + c > whole[i]!)
    ) {
      throw new EtpError('INVALID_VALUE', `window at [${starts.join(', ')}] of [${dimensions.join(', ')}] is not inside an array of ${whole.join(' × ')}`);
    }
    const kind: ArrayKind = { transport: metadata.transportArrayType, logical: metadata.logicalArrayType };
    const count = elementCount(dimensions);
    const bytes = count * memoryWidth(kind);
    if (bytes > this.maxArrayReadBytes)
      throw new EtpError('LIMIT_EXCEEDED', `${uri} ${path}: ${count} elements take about ${bytes} bytes, more than maxArrayReadBytes (${this.maxArrayReadBytes}): read a window of it`);
    const values = allocate(kind, count);
    const uid = { uri, pathInResource: path };
    const perMessage = Math.max(1, Math.floor((this.budget() - estimateBytes(uid)) / wireWidth(kind.transport)));
    const key = `${uri}#${path}`;
    await this.inFlight(windows(dimensions, perMessage), async (w) => {
      const at = w.starts.map((s, i) => s + starts[i]!);
      const r = await this.session.request(`${DA}GetDataSubarrays`, { dataSubarrays: { w: { uid, starts: at, counts: w.counts } } }, options);
      const got = (r.bodies[`${DA}GetDataSubarraysResponse`] as { dataSubarrays: Record<string, { data: unknown }> } | undefined)?.dataSubarrays.w;
      if (!got) this.one(r, `${DA}GetDataSubarraysResponse`, key);
      fill(values, w.offset, w.length, kind, got!.data);
    });
    return { values, dimensions, metadata };
  }

  // ---- StoreNotification (5) ------------------------------------------------------------------

  /**
   * Subscribes to changes around `uri`: `for await (const change of client.subscribe(uri))`. The
   * client handles StoreNotification's messages on its session from the first call. See
   * {@link Subscription}.
   */
  subscribe(uri: string, options: SubscribeOptions = {}): Subscription {
    this.subscriptions ??= new Subscriptions(this.session);
    return this.subscriptions.subscribe(uri, options);
  }

  // ---- ChannelDataLoad (22) and ChannelSubscribe (21) --------------------------------------------

  /** Each channel's ChannelMetadataRecord by the URI of its Channel data object: its `id` names it in every other channel call. */
  async getChannelMetadata(uris: Iterable<string>, options: CallOptions = {}): Promise<ItemResults<ChannelMetadataRecord>> {
    return this.channelRecords(uris, 'Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChannelMetadata', 'metadata', options);
  }

  /** Opens channels to load points into (the store holds their Channel data objects); each one's metadata, with its id and what it holds. */
  async openChannels(uris: Iterable<string>, options: CallOptions = {}): Promise<ItemResults<ChannelMetadataRecord>> {
    return this.channelRecords(uris, 'Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannels', 'channels', options);
  }

  /**
   * Sends points of open channels (each channel's in increasing index order, after what it holds)
   * in ChannelData messages that fit the session, and resolves with the number of messages once
   * the store has handled them all. ChannelData has no answer of its own: every
   * {@link APPEND_WINDOW} messages (and at the end) the client asks the store an empty OpenChannels,
   * which the store answers after what came before — so at most twice that many wait in the
   * store's queue (never past its maxQueuedRequests), and once this resolves the points are kept.
   * A message the store refused came back as a ProtocolException (the session's onReport) and
   * none of its points were kept.
   */
  async appendPoints(points: Iterable<ChannelPointItem>, options: { pointsPerMessage?: number } = {}): Promise<number> {
    const perMessage = options.pointsPerMessage ?? 10_000;
    const budget = this.budget();
    let batch: unknown[] = [];
    let bytes = 0;
    let sent = 0;
    let handled: Promise<unknown> = Promise.resolve();
    const handledSoFar = (): Promise<unknown> => this.session.request('Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannels', { uris: {} });
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      if (!this.session.writable) await this.session.drained();
      this.session.send('Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelData', { data: batch as never });
      sent++;
      batch = [];
      bytes = 0;
      if (sent % APPEND_WINDOW === 0) {
        await handled; // the window before this one is handled: one window waits at most
        handled = handledSoFar();
      }
    };
    for (const p of points) {
      const item = this.dataItem(p);
      const n = 48 + estimateBytes(p.value);
      if (batch.length >= perMessage || (batch.length > 0 && bytes + n > budget)) await flush();
      batch.push(item);
      bytes += n;
    }
    await flush();
    await handled;
    await handledSoFar();
    return sent;
  }

  /** Replaces what channels hold in [start, end] (inclusive) by `points`; resolves with the store's change time. */
  async replaceRange(channelIds: readonly number[], start: number, end: number, points: Iterable<ChannelPointItem>, options: CallOptions = {}): Promise<number> {
    const type = this.indexType(channelIds[0]!);
    const index = (n: number) => (type === 'long' ? { item: { long: n } } : { item: { double: n } });
    const r = await this.session.request(
      'Energistics.Etp.v12.Protocol.ChannelDataLoad.ReplaceRange',
      { changedInterval: { startIndex: index(start), endIndex: index(end), uom: '', depthDatum: '' }, channelIds: [...channelIds], data: [...points].map((p) => this.dataItem(p)) as never },
      options,
    );
    this.whole(r);
    return Number((r.body as { channelChangeTime: number }).channelChangeTime);
  }

  /** Deletes the points after `newEnd` of each channel; each channel's change time by its id. */
  async truncateChannels(ends: readonly { channelId: number; newEnd: number }[], options: CallOptions = {}): Promise<ItemResults<number>> {
    const channels = Object.fromEntries(ends.map((e, i) => [String(i), { channelId: e.channelId, newEndIndex: this.index(e.channelId, e.newEnd) }]));
    const r = await this.session.request('Energistics.Etp.v12.Protocol.ChannelDataLoad.TruncateChannels', { channels: channels as never }, options);
    const out = new ItemResults<number>();
    const keys = ends.map((e) => String(e.channelId));
    for (const [k, t] of Object.entries(
      (r.bodies['Energistics.Etp.v12.Protocol.ChannelDataLoad.TruncateChannelsResponse'] as { channelsTruncatedTime?: Record<string, number> } | undefined)?.channelsTruncatedTime ?? {},
    ))
      out.values.set(keys[Number(k)]!, Number(t));
    this.failures(r, keys, out);
    return out.ordered(keys);
  }

  /** Closes channels this session opened (the store answers with ChannelsClosed). */
  closeChannels(channelIds: readonly number[]): void {
    this.session.send('Energistics.Etp.v12.Protocol.ChannelDataLoad.CloseChannels', { id: Object.fromEntries(channelIds.map((id, i) => [String(i), id])) });
  }

  /**
   * Subscribes to channels, each from an index (`from`, inclusive), its `latest` few points, or
   * (neither) what comes next; keyed by channel id. Their points and changes arrive on
   * {@link StoreClient.channelEvents}: history first, then live, each point once, in order.
   */
  async subscribeChannels(channels: readonly { channelId: number; from?: number; latest?: number; dataChanges?: boolean }[], options: CallOptions = {}): Promise<ItemResults<true>> {
    const feed = this.channelEvents();
    const body = Object.fromEntries(
      channels.map((c, i) => [
        String(i),
        { channelId: c.channelId, startIndex: c.from === undefined ? { item: null } : this.index(c.channelId, c.from), dataChanges: c.dataChanges ?? true, requestLatestIndexCount: c.latest ?? null },
      ]),
    );
    const keys = channels.map((c) => String(c.channelId));
    for (const c of channels) feed.subscribed.add(c.channelId);
    const r = await this.session.request('Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscribeChannels', { channels: body as never }, options);
    const out = new ItemResults<true>();
    this.successes(r, 'Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscribeChannelsResponse', keys, out);
    out.ordered(keys);
    for (const k of out.errors.keys()) feed.subscribed.delete(Number(k));
    return out;
  }

  /** Stops subscriptions (the store answers with SubscriptionsStopped on the channel events). */
  unsubscribeChannels(channelIds: readonly number[]): void {
    this.session.send('Energistics.Etp.v12.Protocol.ChannelSubscribe.UnsubscribeChannels', { channelIds: Object.fromEntries(channelIds.map((id, i) => [String(i), id])) });
  }

  /** The channel events of this session (one feed, made on first use): see {@link ChannelFeed}. */
  channelEvents(options: { maxQueuedBytes?: number } = {}): ChannelFeed {
    this.feed ??= new ChannelFeed(this.session, options.maxQueuedBytes ?? CHANNEL_FEED_MAX_QUEUED_BYTES);
    return this.feed;
  }

  /**
   * The points channels hold in [start, end] (either open), in order per channel. `complete` is
   * false when the store stopped at its bound (MaxResponseCount or bytes): ask again after the last.
   */
  async getRanges(channelIds: readonly number[], range: { start?: number; end?: number } = {}, options: CallOptions = {}): Promise<{ points: ChannelPointItem[]; complete: boolean }> {
    const id = channelIds[0]!;
    const bound = (n: number | undefined) => (n === undefined ? { item: null } : this.index(id, n));
    const r = await this.session.request(
      'Energistics.Etp.v12.Protocol.ChannelSubscribe.GetRanges',
      {
        requestUuid: uuidv4(),
        channelRanges: [{ channelIds: [...channelIds], interval: { startIndex: bound(range.start), endIndex: bound(range.end), uom: '', depthDatum: '' }, secondaryIntervals: [] }],
      },
      options,
    );
    const complete = r.exception?.code !== 30;
    if (r.exception && complete) this.whole(r);
    const data =
      (r.bodies['Energistics.Etp.v12.Protocol.ChannelSubscribe.GetRangesResponse'] as { data?: { channelId: number; indexes: { item: unknown }[]; value: { item: unknown } }[] } | undefined)?.data ??
      [];
    return { points: data.map((d) => ({ channelId: Number(d.channelId), index: indexOf(d.indexes[0])!, value: d.value as DataValueInput })), complete };
  }

  private async channelRecords(uris: Iterable<string>, message: string, field: string, options: CallOptions): Promise<ItemResults<ChannelMetadataRecord>> {
    const keys = distinct(uris, 'channel uri');
    const out = new ItemResults<ChannelMetadataRecord>();
    await this.inBatches(
      keys,
      (k) => k.length + 16,
      async (group) => {
        const r = await this.session.request(message as never, { uris: keyed(group) } as never, options);
        const answer = Object.values(r.bodies)[0] as Record<string, Record<string, unknown>> | undefined;
        for (const [k, v] of Object.entries(answer?.[field] ?? {})) {
          const record = ((v as { metadata?: ChannelMetadataRecord }).metadata ?? v) as ChannelMetadataRecord;
          this.indexTypes.set(Number(record.id), record.indexes[0]?.indexKind === 'DateTime' || record.indexes[0]?.indexKind === 'ElapsedTime' ? 'long' : 'double');
          out.values.set(group[Number(k)]!, record);
        }
        this.failures(r, group, out);
      },
    );
    return out.ordered(keys);
  }

  private indexType(channelId: number): 'long' | 'double' {
    const t = this.indexTypes.get(channelId);
    if (!t) throw new EtpError('INVALID_STATE', `channel ${channelId} is unknown to this client: openChannels or getChannelMetadata first`);
    return t;
  }

  private index(channelId: number, n: number): { item: { long: number } | { double: number } } {
    return this.indexType(channelId) === 'long' ? { item: { long: n } } : { item: { double: n } };
  }

  private dataItem(p: ChannelPointItem): unknown {
    if (!p || typeof p.index !== 'number' || !p.value || typeof p.value !== 'object') throw new EtpError('INVALID_VALUE', 'a channel point is { channelId, index: number, value: DataValue }');
    return { channelId: p.channelId, indexes: [this.index(p.channelId, p.index)], value: p.value, valueAttributes: [] };
  }

  // ---- plumbing -------------------------------------------------------------------------------

  /** What one request's items may take: the negotiated size less room for the header and framing. */
  private budget(): number {
    const n = this.session.negotiated;
    if (!n) throw new EtpError('INVALID_STATE', 'the session is not open');
    return partBudget(n.maxMessageBytes);
  }

  /** The capabilities the store declared for a protocol (empty when it did not agree it). */
  private peerCapabilities(protocol: number): CapabilityMap {
    return this.session.negotiated?.protocols.find((p) => p.protocol === protocol)?.peerCapabilities ?? {};
  }

  /** Sends `items` in groups that fit a message and `maxItemsPerRequest`, `maxInFlight` at a time. */
  private async inBatches(items: string[], size: (item: string) => number, send: (group: string[]) => Promise<void>): Promise<void> {
    const groups = pack(items, size, this.budget()).flatMap((g) => {
      const out: string[][] = [];
      for (let i = 0; i < g.length; i += this.maxItems) out.push(g.slice(i, i + this.maxItems));
      return out;
    });
    await this.inFlight(groups, send);
  }

  /** Runs `fn` on each of `items` with at most `maxInFlight` running; the first failure stops the rest and is thrown. */
  private async inFlight<I>(items: Iterable<I>, fn: (item: I) => Promise<void>): Promise<void> {
    const it = items[Symbol.iterator]();
    let failed: unknown;
    const worker = async (): Promise<void> => {
      for (let next = it.next(); !next.done && failed === undefined; next = it.next()) {
        try {
          await fn(next.value);
        } catch (err) {
          failed ??= err;
        }
      }
    };
    await Promise.all(Array.from({ length: this.maxInFlight }, worker));
    if (failed !== undefined) throw failed;
  }

  /** Items that got 17 in a request of several (the store's answer grew past what it sends at once) are asked again one by one. */
  private async retryTooLarge(out: ItemResults<unknown>, ask: (group: string[]) => Promise<void>): Promise<void> {
    const again = [...out.errors].filter(([, e]) => e.code === 17).map(([k]) => k);
    if (again.length < 2) return;
    for (const k of again) out.errors.delete(k);
    await this.inFlight(
      again.map((k) => [k]),
      ask,
    );
  }

  /** Per-item failures of one request, keyed back to the caller's keys; a whole-request exception fails every item without an answer. */
  private failures(r: EtpResponse, group: string[], out: ItemResults<unknown>): void {
    for (const [k, e] of Object.entries(r.errors)) {
      const key = group[Number(k)];
      if (key !== undefined) out.errors.set(key, e);
    }
    if (r.exception) for (const key of group) if (!out.values.has(key) && !out.errors.has(key)) out.errors.set(key, r.exception);
  }

  /** Successes of a response whose `success` map holds strings. */
  private successes(r: EtpResponse, name: string, group: string[], out: ItemResults<true>): void {
    const success = (r.bodies[name] as { success: Record<string, unknown> } | undefined)?.success ?? {};
    for (const k of Object.keys(success)) out.values.set(group[Number(k)]!, true);
    this.failures(r, group, out);
  }

  /** A one-item request's answer: ITEMS_FAILED when its item failed or was not answered. */
  private one(r: EtpResponse, name: string, key: string): void {
    const out = new ItemResults<true>();
    const body = r.bodies[name] as Record<string, Record<string, unknown>> | undefined;
    if (body && Object.values(body).some((m) => m && typeof m === 'object' && Object.keys(m).length > 0)) out.values.set(key, true);
    this.failures(r, [key], out);
    out.ordered([key]).orThrow();
  }

  /** A request answered as a whole: PROTOCOL_EXCEPTION when the store sent an exception after part of it. */
  private whole(r: EtpResponse): void {
    const e = r.exception ?? Object.values(r.errors)[0];
    if (e) throw new EtpError('PROTOCOL_EXCEPTION', `peer answered with ProtocolException ${e.code}: ${e.message}`, { detail: e });
  }
}

/** The strings of `items`, each once, in order; INVALID_VALUE for anything else. */
function distinct(items: Iterable<string>, what: string): string[] {
  const seen = new Set<string>();
  for (const s of items) {
    if (typeof s !== 'string') throw new EtpError('INVALID_VALUE', `each ${what} is a string, got ${typeof s}`);
    seen.add(s);
  }
  return [...seen];
}

/** A request map of `group` keyed by position ('0', '1', …): short keys, mapped back by the caller. */
function keyed(group: string[]): Record<string, string> {
  return Object.fromEntries(group.map((v, i) => [String(i), v]));
}
