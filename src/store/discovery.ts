import { EtpError } from '../errors.js';
import { parseUri } from '../schema/index.js';
import type { EtpSession } from '../session/index.js';
import { type AnswerPart, estimateBytes, pack, partBudget } from './answer.js';
import { objectUri, resourceBody } from './objects.js';
import type { StoreContext } from './context.js';
import type { ObjectFilter, ObjectSummary } from './storage.js';
import { matches } from './storage.js';

// Discovery (3) and SupportedTypes (25) over the kept objects and the graph their references make:
// an object's targets are what it references, its sources what references it. Every edge is
// Primary (the store does not tell Secondary references apart).

const D = 'Energistics.Etp.v12.Protocol.Discovery.';
const S = 'Energistics.Etp.v12.Protocol.SupportedTypes.';

interface Edge {
  sourceUri: string;
  targetUri: string;
  relationshipKind: 'Primary';
  customData: Record<string, never>;
}

/** The summary of an object, or undefined when it is not kept. */
export async function summaryOf(c: StoreContext, dataspace: string, uuid: string, txn: string | undefined): Promise<ObjectSummary | undefined> {
  const o = await c.storage.getObject(dataspace, uuid, txn);
  if (!o) return undefined;
  const { data: _d, references: _r, format: _f, ...s } = o;
  return s;
}

/** The objects reached from `start` along `scope`, up to `depth` steps, with the edges walked; at most `limit` objects. */
export async function walk(
  c: StoreContext,
  start: ObjectSummary,
  scope: string,
  depth: number,
  limit: number,
  txn: string | undefined,
): Promise<{ found: ObjectSummary[]; edges: Edge[]; more: boolean }> {
  const ds = start.dataspace;
  const seen = new Map<string, ObjectSummary>([[start.uuid, start]]);
  const edges: Edge[] = [];
  const edgeKeys = new Set<string>();
  const addEdge = (from: string, to: string): void => {
    const k = `${from} ${to}`;
    if (edgeKeys.has(k)) return;
    edgeKeys.add(k);
    edges.push({ sourceUri: from, targetUri: to, relationshipKind: 'Primary', customData: {} });
  };
  let frontier = [start];
  let more = false;
  const toTargets = scope === 'targets' || scope === 'targetsOrSelf';
  const toSources = scope === 'sources' || scope === 'sourcesOrSelf';
  for (let level = 0; level < depth && frontier.length > 0 && !more; level++) {
    const next: ObjectSummary[] = [];
    for (const node of frontier) {
      const neighbours: ObjectSummary[] = [];
      if (toTargets) {
        for (const ref of await c.storage.targets(ds, node.uuid, limit + 1, txn)) {
          const t = seen.get(ref.uuid) ?? (await summaryOf(c, ds, ref.uuid, txn));
          if (!t) continue; // a reference to an object the store does not hold
          addEdge(objectUri(node), objectUri(t));
          neighbours.push(t);
        }
      }
      if (toSources) {
        for (const s of await c.storage.sources(ds, node.uuid, limit + 1, txn)) {
          addEdge(objectUri(s), objectUri(node));
          neighbours.push(s);
        }
      }
      for (const n of neighbours) {
        if (seen.has(n.uuid)) continue;
        if (seen.size > limit) {
          more = true;
          break;
        }
        seen.set(n.uuid, n);
        next.push(n);
      }
    }
    frontier = next;
  }
  seen.delete(start.uuid);
  return { found: [...seen.values()], edges, more };
}

export function serveDiscovery(session: EtpSession, c: StoreContext, on: EtpSession['on']): void {
  on(`${D}GetResources`, async (ctx) => {
    const b = ctx.body;
    const u = parseUri(b.context.uri);
    const dataspace = u.dataspace ?? '';
    const txn = c.readTxn(session, dataspace);
    const filter: ObjectFilter = {
      types: b.context.dataObjectTypes,
      ...(b.storeLastWriteFilter !== null ? { lastWriteAfter: Number(b.storeLastWriteFilter) } : {}),
      ...(b.activeStatusFilter !== null ? { active: b.activeStatusFilter === 'Active' } : {}),
    };
    const limit = c.maxResponseCount;
    let resources: ObjectSummary[];
    let edges: Edge[] = [];
    let more = false;
    if (u.kind === 'dataspace') {
      if (dataspace !== '' && !(await c.storage.getDataspace(dataspace, txn))) throw new EtpError('NOT_FOUND', `no dataspace ${b.context.uri}`);
      // A dataspace's objects are all one step from it, whatever the scope.
      resources = await c.storage.listObjects(dataspace, filter, limit + 1, txn);
      more = resources.length > limit;
      resources = resources.slice(0, limit);
      if (b.includeEdges) {
        for (const r of resources) {
          for (const ref of await c.storage.targets(dataspace, r.uuid, limit, txn)) {
            if (edges.length >= limit) break;
            edges.push({ sourceUri: objectUri(r), targetUri: objectUri({ dataspace, uuid: ref.uuid, type: ref.type }), relationshipKind: 'Primary', customData: {} });
          }
        }
      }
    } else {
      const start = await summaryOf(c, dataspace, u.uuid.toLowerCase(), txn);
      if (!start || `${u.domain}${u.domainVersion}.${u.objectType}` !== start.type) throw new EtpError('NOT_FOUND', `no object ${b.context.uri}`);
      const self = b.scope === 'self' || b.scope.endsWith('OrSelf');
      const reached = b.scope === 'self' ? { found: [], edges: [], more: false } : await walk(c, start, b.scope, Math.max(1, b.context.depth), limit, txn);
      resources = [...(self ? [start] : []), ...reached.found.filter((r) => matches(r, filter))].slice(0, limit);
      edges = b.includeEdges ? reached.edges.slice(0, limit) : [];
      more = reached.more;
    }
    const counted = await Promise.all(
      resources.map(async (r) =>
        resourceBody(
          r,
          b.countObjects ? { sources: (await c.storage.sources(r.dataspace, r.uuid, limit, txn)).length, targets: (await c.storage.targets(r.dataspace, r.uuid, limit, txn)).length } : undefined,
        ),
      ),
    );
    const budget = partBudget(session.negotiated!.maxMessageBytes);
    const parts: AnswerPart[] = pack(counted, estimateBytes, budget).map((group) => ({ message: `${D}GetResourcesResponse`, body: { resources: group } }));
    if (parts.length === 0) parts.push({ message: `${D}GetResourcesResponse`, body: { resources: [] } });
    for (const group of pack(edges, estimateBytes, budget)) parts.push({ message: `${D}GetResourcesEdgesResponse`, body: { edges: group } });
    if (more) parts.push({ message: 1000, body: { error: { message: `more than ${limit} resources: narrow the request`, code: 30 }, errors: {} } });
    ctx.replyEach(parts as never);
  });

  on(`${D}GetDeletedResources`, async (ctx) => {
    const u = parseUri(ctx.body.dataspaceUri);
    if (u.kind !== 'dataspace') throw new EtpError('INVALID_URI', `${ctx.body.dataspaceUri} is not a dataspace uri`);
    const after = ctx.body.deleteTimeFilter === null ? undefined : Number(ctx.body.deleteTimeFilter);
    const types = ctx.body.dataObjectTypes;
    const all = await c.storage.deleted(u.dataspace ?? '', after, c.maxResponseCount);
    const kept = all.filter((t) => matches({ ...t, name: '', created: 0, lastWrite: 0, lastChanged: 0, active: true }, { types }));
    ctx.reply(`${D}GetDeletedResourcesResponse`, { deletedResources: kept.map((t) => ({ uri: objectUri(t), deletedTime: t.deleted, customData: {} })) });
  });

  on(`${S}GetSupportedTypes`, async (ctx) => {
    const b = ctx.body;
    const u = parseUri(b.uri);
    const dataspace = u.dataspace ?? '';
    const txn = c.readTxn(session, dataspace);
    let counts: Map<string, number>;
    if (u.kind === 'dataspace') {
      if (dataspace !== '' && !(await c.storage.getDataspace(dataspace, txn))) throw new EtpError('NOT_FOUND', `no dataspace ${b.uri}`);
      counts = await c.storage.countTypes(dataspace, txn);
    } else {
      const start = await summaryOf(c, dataspace, u.uuid.toLowerCase(), txn);
      if (!start) throw new EtpError('NOT_FOUND', `no object ${b.uri}`);
      counts = new Map();
      const add = (type: string): void => void counts.set(type, (counts.get(type) ?? 0) + 1);
      if (b.scope === 'self' || b.scope.endsWith('OrSelf')) add(start.type);
      if (b.scope !== 'self') for (const r of (await walk(c, start, b.scope, 1, c.maxResponseCount, txn)).found) add(r.type);
    }
    if (b.returnEmptyTypes) for (const t of c.acceptTypes) if (!t.endsWith('*') && !counts.has(t)) counts.set(t, 0);
    const supportedTypes = [...counts]
      .sort(([a], [z]) => (a < z ? -1 : 1))
      .map(([dataObjectType, n]) => ({ dataObjectType, objectCount: b.countObjects ? n : null, relationshipKind: 'Primary' as const }));
    ctx.reply(`${S}GetSupportedTypesResponse`, { supportedTypes });
  });
}
