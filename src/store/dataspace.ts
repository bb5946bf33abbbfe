import { EtpError } from '../errors.js';
import { formatUri, parseUri } from '../schema/index.js';
import type { EtpSession } from '../session/index.js';
import { eachItem } from './answer.js';
import type { StoreContext } from './context.js';
import type { DataspaceRecord } from './storage.js';

// Dataspace (24): GetDataspaces, PutDataspaces, DeleteDataspaces.

const P = 'Energistics.Etp.v12.Protocol.Dataspace.';

/** A Dataspace record of the protocol from what is kept. */
export function dataspaceBody(d: DataspaceRecord): { uri: string; path: string; storeLastWrite: number; storeCreated: number; customData: Record<string, never> } {
  return {
    uri: formatUri(d.path === '' ? { kind: 'dataspace' } : { kind: 'dataspace', dataspace: d.path }),
    path: d.path,
    storeLastWrite: d.lastWrite,
    storeCreated: d.created,
    customData: d.customData as Record<string, never>,
  };
}

/** The path a dataspace URI names; INVALID_URI when the URI names an object, INVALID_ARGUMENT for the default dataspace. */
function pathOf(uri: string): string {
  const u = parseUri(uri);
  if (u.kind !== 'dataspace') throw new EtpError('INVALID_URI', `${uri} is not a dataspace uri`);
  if (u.dataspace === undefined || u.dataspace === '') throw new EtpError('INVALID_ARGUMENT', 'the default dataspace eml:/// is always there: it is not put or deleted');
  return u.dataspace;
}

export function serveDataspaces(session: EtpSession, c: StoreContext, on: EtpSession['on']): void {
  on(`${P}GetDataspaces`, async (ctx) => {
    const after = ctx.body.storeLastWriteFilter;
    const t = c.transactionOf(session);
    const all = await c.storage.getDataspaces(after === null ? undefined : Number(after), t && !t.readOnly ? t.id : undefined);
    // One response, split by the session into parts when it does not fit one message.
    ctx.reply(`${P}GetDataspacesResponse`, { dataspaces: all.slice(0, c.maxResponseCount).map(dataspaceBody) });
  });

  on(`${P}PutDataspaces`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.dataspaces, async (ds): Promise<string> => {
      const path = pathOf(ds.uri);
      if (ds.path !== '' && ds.path !== path) throw new EtpError('INVALID_ARGUMENT', `path ${JSON.stringify(ds.path)} is not the path in ${ds.uri}`);
      const txn = await c.writeTxn(session, path);
      const existing = await c.storage.getDataspace(path, txn);
      if (existing && c.profile === 'rddms') throw new EtpError('INVALID_ARGUMENT', `dataspace ${ds.uri} already exists`);
      const now = c.now();
      // The specification's PutDataspaces creates or updates: an existing dataspace keeps its creation time.
      await c.storage.putDataspace({ path, created: existing?.created ?? now, lastWrite: now, customData: ds.customData }, txn);
      return '';
    });
    ctx.reply(`${P}PutDataspacesResponse`, { success }, { errors });
  });

  on(`${P}DeleteDataspaces`, async (ctx) => {
    const { success, errors } = await eachItem(ctx.body.uris, async (uri): Promise<string> => {
      const path = pathOf(uri);
      const txn = await c.writeTxn(session, path);
      const time = c.now();
      if (!(await c.storage.deleteDataspace(path, time, txn))) throw new EtpError('NOT_FOUND', `no dataspace ${uri}`);
      c.changed(txn, [{ kind: 'reset', dataspace: path, uuid: '', type: '', time, created: false, active: false, activeChanged: false, reason: 'the dataspace was deleted' }]);
      return '';
    });
    ctx.reply(`${P}DeleteDataspacesResponse`, { success }, { errors });
  });
}
