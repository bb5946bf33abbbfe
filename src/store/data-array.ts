import { EtpError } from '../errors.js';
import type { AnyLogicalArrayType, DataArrayMetadataInput, DataValueInput } from '../schema/index.js';
import type { EtpSession } from '../session/index.js';
import { eachItem, errorInfo, partBudget } from './answer.js';
import { elementBytes, elementCount, fromAnyArray, isElementType, readWindow, toAnyArray, WHOLE_LOGICAL, writeWindow } from './arrays.js';
import { objectKey } from './objects.js';
import type { StoreContext } from './context.js';
import type { ArrayElementType, ArrayRecord } from './storage.js';

// DataArray (9): arrays named by (data object URI, pathInResource), declared uninitialized or put
// whole, written and read by window (subarrays). Values go to and from the storage a block at a
// time; an answer holds at most what fits the negotiated size per array (a larger one is read with
// GetDataSubarrays, as its 17 says) and maxResponseBytes in all.

const P = 'Energistics.Etp.v12.Protocol.DataArray.';

const numbers = (xs: readonly (number | bigint)[]): number[] => xs.map((x) => Number(x));

type Failure = [string, { message: string; code: number }];

export function serveDataArrays(session: EtpSession, c: StoreContext, on: EtpSession['on']): void {
  /** The array a uid names (NOT_FOUND when none), and the transaction its dataspace reads through. */
  const find = async (uid: { uri: string; pathInResource: string }): Promise<ArrayRecord> => {
    const k = objectKey(uid.uri);
    const a = await c.storage.getArray(uid.uri, uid.pathInResource, c.readTxn(session, k.dataspace));
    if (!a) throw new EtpError('NOT_FOUND', `no array ${uid.pathInResource} under ${uid.uri}`);
    return a;
  };

  /** Checks that the object an array hangs under is kept, and that the array's size is within bounds; returns the write transaction. */
  const declare = async (uri: string, type: ArrayElementType, dimensions: number[]): Promise<string | undefined> => {
    const k = objectKey(uri);
    const txn = await c.writeTxn(session, k.dataspace);
    if (!(await c.storage.getObject(k.dataspace, k.uuid, txn))) throw new EtpError('NOT_FOUND', `no object ${uri}: put it before its arrays`);
    const bytes = elementCount(dimensions) * elementBytes(type);
    if (bytes > c.maxArrayBytes) throw new EtpError('LIMIT_EXCEEDED', `an array of ${dimensions.join(' × ')} ${type} takes ${bytes} bytes, more than the store's ${c.maxArrayBytes}`);
    return txn;
  };

  on(`${P}PutUninitializedDataArrays`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.dataArrays, async (item): Promise<string> => {
      const m = item.metadata;
      if (!isElementType(m.transportArrayType)) throw new EtpError('INVALID_ARGUMENT', `transport type ${String(m.transportArrayType)} is not an AnyArray type`);
      const dimensions = numbers(m.dimensions);
      const txn = await declare(item.uid.uri, m.transportArrayType, dimensions);
      const now = c.now();
      await c.storage.putArray(
        {
          uri: item.uid.uri,
          pathInResource: item.uid.pathInResource,
          dataspace: objectKey(item.uid.uri).dataspace,
          dimensions,
          preferredSubarrayDimensions: numbers(m.preferredSubarrayDimensions),
          transportType: m.transportArrayType,
          logicalType: m.logicalArrayType,
          created: now,
          lastWrite: now,
          customData: m.customData,
        },
        txn,
      );
      return '';
    });
    ctx.reply(`${P}PutUninitializedDataArraysResponse`, { success }, { errors });
  });

  on(`${P}PutDataArrays`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.dataArrays, async (item): Promise<string> => {
      const values = fromAnyArray(item.array.data);
      const dimensions = numbers(item.array.dimensions);
      const txn = await declare(item.uid.uri, values.type, dimensions);
      if (values.values.length !== elementCount(dimensions)) throw new EtpError('INVALID_ARGUMENT', `${values.values.length} values for an array of ${dimensions.join(' × ')}`);
      const now = c.now();
      const a = await c.storage.putArray(
        {
          uri: item.uid.uri,
          pathInResource: item.uid.pathInResource,
          dataspace: objectKey(item.uid.uri).dataspace,
          dimensions,
          preferredSubarrayDimensions: [],
          transportType: values.type,
          logicalType: WHOLE_LOGICAL[values.type],
          created: now,
          lastWrite: now,
          customData: item.customData,
        },
        txn,
      );
      await writeWindow(
        c.storage,
        a,
        dimensions.map(() => 0),
        dimensions,
        values,
      );
      return '';
    });
    ctx.reply(`${P}PutDataArraysResponse`, { success }, { errors });
  });

  on(`${P}PutDataSubarrays`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.dataSubarrays, async (item): Promise<string> => {
      const k = objectKey(item.uid.uri);
      const txn = await c.writeTxn(session, k.dataspace);
      const a = await c.storage.arrayForWrite(item.uid.uri, item.uid.pathInResource, c.now(), txn);
      if (!a) throw new EtpError('NOT_FOUND', `no array ${item.uid.pathInResource} under ${item.uid.uri}: put it first (PutUninitializedDataArrays)`);
      await writeWindow(c.storage, a, numbers(item.starts), numbers(item.counts), fromAnyArray(item.data));
      return '';
    });
    ctx.reply(`${P}PutDataSubarraysResponse`, { success }, { errors });
  });

  on(`${P}GetDataArrayMetadata`, async (ctx) => {
    const ok: [string, DataArrayMetadataInput][] = [];
    const failed: Failure[] = [];
    for (const [key, uid] of Object.entries(ctx.body.dataArrays)) {
      try {
        const a = await find(uid);
        ok.push([
          key,
          {
            dimensions: a.dimensions,
            preferredSubarrayDimensions: a.preferredSubarrayDimensions,
            transportArrayType: a.transportType,
            // Kept as the codec decoded them from the request that declared the array.
            logicalArrayType: a.logicalType as AnyLogicalArrayType,
            storeLastWrite: a.lastWrite,
            storeCreated: a.created,
            customData: a.customData as Record<string, DataValueInput>,
          },
        ]);
      } catch (err) {
        failed.push([key, errorInfo(err)]);
      }
    }
    ctx.reply(`${P}GetDataArrayMetadataResponse`, { arrayMetadata: Object.fromEntries(ok) }, { errors: Object.fromEntries(failed) });
  });

  /** Reads windows into one answer, each within one message and all within maxResponseBytes. */
  const readAll = async (
    items: [string, { uid: { uri: string; pathInResource: string }; starts?: readonly (number | bigint)[]; counts?: readonly (number | bigint)[] }][],
    field: string,
  ): Promise<{ body: unknown; errors: Record<string, { message: string; code: number }> }> => {
    const budget = partBudget(session.negotiated!.maxMessageBytes);
    const ok: [string, unknown][] = [];
    const failed: Failure[] = [];
    let bytes = 0;
    for (const [key, item] of items) {
      try {
        const a = await find(item.uid);
        const whole = !item.starts || item.starts.length === 0;
        const starts = whole ? a.dimensions.map(() => 0) : numbers(item.starts!);
        const counts = whole ? a.dimensions : numbers(item.counts ?? []);
        const size = elementCount(counts) * elementBytes(a.transportType);
        if (size > budget)
          throw new EtpError('MESSAGE_TOO_LARGE', `${size} bytes of ${a.pathInResource} do not fit one ${session.negotiated!.maxMessageBytes}-byte message: read it with GetDataSubarrays`);
        if (bytes + size > c.maxResponseBytes)
          throw new EtpError('MESSAGE_TOO_LARGE', `the answer would hold more than ${c.maxResponseBytes} bytes of arrays: ask for ${a.pathInResource} in another request`);
        bytes += size;
        const values = await readWindow(c.storage, a, starts, counts);
        ok.push([key, { dimensions: counts, data: toAnyArray(values) }]);
      } catch (err) {
        failed.push([key, errorInfo(err)]);
      }
    }
    return { body: { [field]: Object.fromEntries(ok) }, errors: Object.fromEntries(failed) };
  };

  on(`${P}GetDataArrays`, async (ctx) => {
    const { body, errors } = await readAll(
      Object.entries(ctx.body.dataArrays).map(([k, uid]) => [k, { uid }]),
      'dataArrays',
    );
    ctx.reply(`${P}GetDataArraysResponse`, body as never, { errors });
  });

  on(`${P}GetDataSubarrays`, async (ctx) => {
    const { body, errors } = await readAll(Object.entries(ctx.body.dataSubarrays), 'dataSubarrays');
    ctx.reply(`${P}GetDataSubarraysResponse`, body as never, { errors });
  });
}
