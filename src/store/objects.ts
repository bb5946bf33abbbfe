import { v4 as uuidv4 } from 'uuid';
import { EtpError } from '../errors.js';
import { type ArrayOfString, type DataObjectUri, formatUri, parseUri, type PutResponseInput } from '../schema/index.js';
import type { EtpSession } from '../session/index.js';
import { type AnswerPart, eachItem, errorInfo, partBudget, perItemParts } from './answer.js';
import type { StoreChangeEvent } from './changes.js';
import { readIdentity } from './identity.js';
import type { StoreContext } from './context.js';
import type { ObjectRecord, ObjectSummary } from './storage.js';

// Store (4): GetDataObjects, PutDataObjects, DeleteDataObjects, each item answered on its own. An
// object larger than a message goes as a DataObject with a blobId and empty data, its bytes in
// Chunk messages after the response (and comes in the same way: ctx.blobs).

const P = 'Energistics.Etp.v12.Protocol.Store.';

/** The canonical URI of a kept object. */
export function objectUri(o: Pick<ObjectSummary, 'dataspace' | 'uuid' | 'type'>): string {
  const dot = o.type.indexOf('.');
  const family = /^([a-z]+)([0-9]{2})$/.exec(o.type.slice(0, dot));
  const u: DataObjectUri = { kind: 'dataObject', domain: family?.[1] ?? 'eml', domainVersion: family?.[2] ?? '20', objectType: o.type.slice(dot + 1), uuid: o.uuid };
  if (o.dataspace !== '') u.dataspace = o.dataspace;
  return formatUri(u);
}

/** A Resource record of the protocol for a kept object. */
export function resourceBody(o: ObjectSummary, counts?: { sources: number; targets: number }): Record<string, unknown> {
  return {
    uri: objectUri(o),
    alternateUris: [],
    name: o.name,
    sourceCount: counts ? counts.sources : null,
    targetCount: counts ? counts.targets : null,
    lastChanged: o.lastChanged,
    storeLastWrite: o.lastWrite,
    storeCreated: o.created,
    activeStatus: o.active ? 'Active' : 'Inactive',
    customData: {},
  };
}

/** The (dataspace, uuid, qualified type) a data object URI names; INVALID_URI when it names no object. */
export function objectKey(uri: string): { dataspace: string; uuid: string; type: string } {
  const u = parseUri(uri);
  if (u.kind !== 'dataObject') throw new EtpError('INVALID_URI', `${uri} is not a data object uri`);
  return { dataspace: u.dataspace ?? '', uuid: u.uuid.toLowerCase(), type: `${u.domain}${u.domainVersion}.${u.objectType}` };
}

export function serveObjects(session: EtpSession, c: StoreContext, on: EtpSession['on']): void {
  on(`${P}GetDataObjects`, async (ctx) => {
    const max = session.negotiated!.maxMessageBytes;
    const budget = partBudget(max);
    const ok: [string, unknown][] = [];
    const failed: [string, { message: string; code: number }][] = [];
    const chunks: AnswerPart[] = [];
    let bytes = 0;
    for (const [key, uri] of Object.entries(ctx.body.uris)) {
      try {
        const k = objectKey(uri);
        const o = await c.storage.getObject(k.dataspace, k.uuid, c.readTxn(session, k.dataspace));
        if (!o || o.type !== k.type) throw new EtpError('NOT_FOUND', `no object ${uri}`);
        if (bytes + o.data.byteLength > c.maxResponseBytes)
          throw new EtpError('MESSAGE_TOO_LARGE', `the answer would hold more than ${c.maxResponseBytes} bytes of objects: ask for ${uri} in another request`);
        bytes += o.data.byteLength;
        const resource = resourceBody(o);
        if (o.data.byteLength + 1024 <= budget) {
          ok.push([key, { resource, format: o.format, blobId: null, data: o.data }]);
          continue;
        }
        const blobId = uuidv4();
        ok.push([key, { resource, format: o.format, blobId, data: new Uint8Array(0) }]);
        const step = budget - 64;
        for (let at = 0; at < o.data.byteLength; at += step) {
          chunks.push({ message: `${P}Chunk`, body: { blobId, data: o.data.subarray(at, at + step), final: at + step >= o.data.byteLength } });
        }
      } catch (err) {
        failed.push([key, errorInfo(err)]);
      }
    }
    ctx.replyEach(perItemParts(`${P}GetDataObjectsResponse`, 'dataObjects', ok, failed, max, chunks) as never);
  });

  on(`${P}PutDataObjects`, async (ctx) => {
    const ok: [string, PutResponseInput][] = [];
    const failed: [string, { message: string; code: number }][] = Object.entries(ctx.errors);
    const touched = new Map<string, string | undefined>();
    const spaces = new Map<string, boolean>();
    // What passed every check, by transaction: written together (one database transaction each).
    const batches = new Map<string | undefined, { key: string; record: ObjectRecord }[]>();
    for (const [key, d] of Object.entries(ctx.body.dataObjects)) {
      try {
        const k = objectKey(d.resource.uri);
        if (!c.accepts(k.type)) throw new EtpError('TYPE_NOT_SUPPORTED', `this store does not accept ${k.type}`);
        const txn = await c.writeTxn(session, k.dataspace);
        let space = spaces.get(k.dataspace);
        if (space === undefined) spaces.set(k.dataspace, (space = k.dataspace === '' || (await c.storage.getDataspace(k.dataspace, txn)) !== undefined));
        if (!space) throw new EtpError('NOT_FOUND', `no dataspace ${JSON.stringify(k.dataspace)}: put it first`);
        const data = d.blobId ? ctx.blobs.get(d.blobId) : d.data;
        if (!data) throw new EtpError('INVALID_ARGUMENT', `no Chunk messages with the final part came for blob ${d.blobId}`);
        const format = d.format || 'xml';
        const id = readIdentity(data, format);
        if (id.uuid !== undefined && id.uuid.toLowerCase() !== k.uuid) throw new EtpError('INVALID_OBJECT', `the object's uuid ${id.uuid} is not the uuid of ${d.resource.uri}`);
        const objectType = k.type.slice(k.type.indexOf('.') + 1);
        if (id.root && id.root !== objectType) throw new EtpError('INVALID_OBJECT', `the object is a ${id.root}, its uri names a ${objectType}`);
        const now = c.now();
        const record: ObjectRecord = {
          dataspace: k.dataspace,
          uuid: k.uuid,
          type: k.type,
          name: id.title || d.resource.name,
          created: now, // the storage keeps the creation time of an object it replaces
          lastWrite: now,
          lastChanged: id.changed ?? (Number(d.resource.lastChanged) || now),
          active: d.resource.activeStatus !== 'Inactive',
          format,
          data,
          references: id.references,
        };
        let batch = batches.get(txn);
        if (!batch) batches.set(txn, (batch = []));
        batch.push({ key, record });
        touched.set(k.dataspace, txn);
      } catch (err) {
        failed.push([key, errorInfo(err)]);
      }
    }
    for (const [txn, batch] of batches) {
      try {
        // What each object's status was, for ObjectActiveStatusChanged: read only when someone may be listening.
        const before = c.changes.listening ? await Promise.all(batch.map((b) => c.storage.getObject(b.record.dataspace, b.record.uuid, txn))) : [];
        const created = await c.storage.putObjects(
          batch.map((b) => b.record),
          txn,
        );
        c.changed(
          txn,
          batch.map((b, i): StoreChangeEvent => {
            const r = b.record;
            const was = before[i];
            return {
              kind: 'put',
              dataspace: r.dataspace,
              uuid: r.uuid,
              type: r.type,
              time: r.lastWrite,
              created: created[i] ?? false,
              active: r.active,
              activeChanged: was !== undefined && was.active !== r.active,
              name: r.name,
              lastChanged: r.lastChanged,
              storeCreated: was?.created ?? r.created,
            };
          }),
        );
        for (const b of batch) ok.push([b.key, { createdContainedObjectUris: [], deletedContainedObjectUris: [], joinedContainedObjectUris: [], unjoinedContainedObjectUris: [] }]);
      } catch (err) {
        for (const b of batch) failed.push([b.key, errorInfo(err)]);
      }
    }
    for (const [ds, txn] of touched) if (ds !== '') await c.storage.touchDataspace(ds, c.now(), txn);
    ctx.reply(`${P}PutDataObjectsResponse`, { success: Object.fromEntries(ok) }, { errors: Object.fromEntries(failed) });
  });

  on(`${P}DeleteDataObjects`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.uris, async (uri): Promise<ArrayOfString> => {
      const k = objectKey(uri);
      const txn = await c.writeTxn(session, k.dataspace);
      const o = await c.storage.getObject(k.dataspace, k.uuid, txn);
      if (!o || o.type !== k.type) throw new EtpError('NOT_FOUND', `no object ${uri}`);
      const time = c.now();
      await c.storage.deleteObject(k.dataspace, k.uuid, time, txn);
      c.changed(txn, [{ kind: 'deleted', dataspace: k.dataspace, uuid: k.uuid, type: o.type, time, created: false, active: false, activeChanged: false }]);
      // open-etp-server deletes the arrays an object's XML points at (kept under another object's URI) with it.
      if (c.profile === 'rddms') {
        for (const a of readIdentity(o.data, o.format).arrays) {
          await c.storage.deleteArray(objectUri({ dataspace: k.dataspace, uuid: a.uuid, type: a.type }), a.pathInResource, txn);
        }
      }
      return { values: [objectUri(o)] };
    });
    ctx.reply(`${P}DeleteDataObjectsResponse`, { deletedUris: success }, { errors });
  });
}
