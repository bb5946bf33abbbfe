// A store's customer written on the session API alone, as a user had to before StoreClient: the
// same work as after.ts. test/store/consumer.test.ts runs both and counts their lines.
import { randomUUID } from 'node:crypto';
import { STORE_OFFER } from '../../../src/store/index.js';
import { connect } from '../../../src/transport/index.js';

const P = 'Energistics.Etp.v12.Protocol.';
type Obj = { resource: { uri: string; name: string }; blobId: string | null; data: Uint8Array };

export async function before(url: string, wells: { uri: string; xml: string }[], depths: Float64Array): Promise<{ names: string[]; missing: number; depths: Float64Array }> {
  const { session, negotiated } = await connect(url, { protocols: [...STORE_OFFER], capabilities: { MaxWebSocketMessagePayloadSize: 16_384 } });
  const budget = Math.floor(negotiated.maxMessageBytes * 0.8); // room for headers and framing, found by trial
  const now = Date.now() * 1000;
  const space = "eml:///dataspace('demo')";
  const ds = await session.request(`${P}Dataspace.PutDataspaces`, { dataspaces: { d: { uri: space, path: 'demo', storeLastWrite: now, storeCreated: now } } });
  if (Object.keys(ds.errors).length) throw new Error(`dataspace: ${JSON.stringify(ds.errors)}`);
  const tx = (await session.request(`${P}Transaction.StartTransaction`, { readOnly: false, dataspaceUris: [space] })).body as { transactionUuid: string; successful: boolean };
  if (!tx.successful) throw new Error('no transaction');
  try {
    // Objects in batches that fit a message.
    let batch: Record<string, unknown> = {};
    let size = 0;
    const flush = async (): Promise<void> => {
      if (!Object.keys(batch).length) return;
      const r = await session.request(`${P}Store.PutDataObjects`, { dataObjects: batch as never });
      if (Object.keys(r.errors).length) throw new Error(`put: ${JSON.stringify(r.errors)}`);
      batch = {};
      size = 0;
    };
    for (const [i, w] of wells.entries()) {
      const data = new TextEncoder().encode(w.xml);
      const name = /<Title>([^<]*)</.exec(w.xml)?.[1] ?? '';
      const record = { resource: { uri: w.uri, name, lastChanged: now, storeLastWrite: now, storeCreated: now, activeStatus: 'Active' }, format: 'xml', blobId: null, data };
      const bytes = data.length + w.uri.length * 2 + 200;
      if (size + bytes > budget) await flush();
      batch[String(i)] = record;
      size += bytes;
    }
    await flush();
    // The array: declared, then written in windows of rows that fit.
    const uid = { uri: wells[0]!.uri, pathInResource: '/depths' };
    const [rows, cols] = [1000, depths.length / 1000];
    const declared = await session.request(`${P}DataArray.PutUninitializedDataArrays`, {
      dataArrays: { a: { uid, metadata: { dimensions: [rows, cols], transportArrayType: 'arrayOfDouble', logicalArrayType: 'arrayOfDouble64LE', storeLastWrite: now, storeCreated: now } } },
    });
    if (Object.keys(declared.errors).length) throw new Error(`array: ${JSON.stringify(declared.errors)}`);
    const perWindow = Math.max(1, Math.floor(budget / 8 / cols));
    for (let row = 0; row < rows; row += perWindow) {
      const n = Math.min(perWindow, rows - row);
      const values = Array.from(depths.subarray(row * cols, (row + n) * cols));
      const r = await session.request(`${P}DataArray.PutDataSubarrays`, {
        dataSubarrays: { w: { uid, data: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values } } }, starts: [row, 0], counts: [n, cols] } },
      });
      if (Object.keys(r.errors).length) throw new Error(`window: ${JSON.stringify(r.errors)}`);
    }
  } catch (err) {
    await session.request(`${P}Transaction.RollbackTransaction`, { transactionUuid: tx.transactionUuid });
    throw err;
  }
  const commit = (await session.request(`${P}Transaction.CommitTransaction`, { transactionUuid: tx.transactionUuid })).body as { successful: boolean };
  if (!commit.successful) throw new Error('commit failed');

  // Read back in batches of URIs that fit, joining large objects from their chunks.
  const asked = [...wells.map((w) => w.uri), `${space}/witsml21.Well(${randomUUID()})`];
  const names: string[] = [];
  let missing = 0;
  for (let at = 0; at < asked.length; ) {
    const uris: Record<string, string> = {};
    let size = 0;
    for (; at < asked.length && size + asked[at]!.length + 16 < budget; at++) {
      uris[String(at)] = asked[at]!;
      size += asked[at]!.length + 16;
    }
    const r = await session.request(`${P}Store.GetDataObjects`, { uris });
    const found = (r.bodies[`${P}Store.GetDataObjectsResponse`] as { dataObjects: Record<string, Obj> } | undefined)?.dataObjects ?? {};
    for (const key of Object.keys(uris)) {
      const o = found[key];
      if (!o) {
        if (r.errors[key]?.code === 11) missing++;
        continue;
      }
      const data = o.blobId ? r.blobs.get(o.blobId)! : o.data;
      if (!data) throw new Error(`no chunks for ${o.resource.uri}`);
      names.push(o.resource.name);
    }
  }
  // The array back, window by window, into one Float64Array.
  const uid = { uri: wells[0]!.uri, pathInResource: '/depths' };
  const meta = (await session.request(`${P}DataArray.GetDataArrayMetadata`, { dataArrays: { a: uid } })).body as { arrayMetadata: Record<string, { dimensions: number[] }> };
  const [rows, cols] = meta.arrayMetadata.a!.dimensions as [number, number];
  const back = new Float64Array(rows * cols);
  const perWindow = Math.max(1, Math.floor(budget / 8 / cols));
  for (let row = 0; row < rows; row += perWindow) {
    const n = Math.min(perWindow, rows - row);
    const r = await session.request(`${P}DataArray.GetDataSubarrays`, { dataSubarrays: { w: { uid, starts: [row, 0], counts: [n, cols] } } });
    const sub = (r.body as { dataSubarrays: Record<string, { data: { item: Record<string, { values: ArrayLike<number> }> } }> }).dataSubarrays.w!;
    back.set(sub.data.item['Energistics.Etp.v12.Datatypes.ArrayOfDouble']!.values, row * cols);
  }
  session.close();
  return { names, missing, depths: back };
}
