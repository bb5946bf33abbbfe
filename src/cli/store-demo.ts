import { v4 as uuidv4 } from 'uuid';
import { MemoryStoreStorage, STORE_OFFER, StoreClient, StoreServer, type StoreChange } from '../store/index.js';
import { connect, listen } from '../transport/index.js';

// The demo's store session: a store in memory behind 16 KiB messages, and a client that does what
// an RDDMS client does — a dataspace, a write transaction, RESQML objects (one too large for a
// message, sent in chunks), an array in windows, commit, a walk of the graph with edges, reads;
// and a subscriber on another connection that hears the commit's changes (StoreNotification).

type Print = (line: string) => void;

const SPACE = "eml:///dataspace('demo/field')";
const NS = 'xmlns:resqml2="http://www.energistics.org/energyml/data/resqmlv2" xmlns:eml="http://www.energistics.org/energyml/data/commonv2"';
const ref = (family: string, type: string, uuid: string): string =>
  `<eml:ContentType>application/x-${family}+xml;version=2.0;type=${type}</eml:ContentType><eml:Title>${type}</eml:Title><eml:UUID>${uuid}</eml:UUID>`;
const obj = (prefix: string, type: string, uuid: string, title: string, body = ''): string =>
  `<${prefix}:${type} ${NS} uuid="${uuid}" schemaVersion="2.0"><eml:Citation><eml:Title>${title}</eml:Title></eml:Citation>${body}</${prefix}:${type}>`;

export async function storeDemo(print: Print): Promise<void> {
  const size = 16_384;
  const store = new StoreServer({ storage: new MemoryStoreStorage() });
  const server = await listen({ applicationName: 'etp-codec demo store', protocols: [...STORE_OFFER], capabilities: { MaxWebSocketMessagePayloadSize: size }, setup: (s) => store.attach(s) });
  const { session } = await connect(server.url, { applicationName: 'etp-codec demo client', protocols: [...STORE_OFFER], capabilities: { MaxWebSocketMessagePayloadSize: size } });
  const req = (name: string, body: unknown) => session.request(`Energistics.Etp.v12.Protocol.${name}` as never, body as never);
  let watcher: StoreClient | undefined;
  try {
    print(`== Store: a store in memory at ${server.url}, messages of at most ${size} bytes`);
    await req('Dataspace.PutDataspaces', { dataspaces: { a: { uri: SPACE, storeLastWrite: 0, storeCreated: 0 } } });
    // A watcher on another connection, subscribed to the dataspace before anything is written.
    watcher = await StoreClient.connect(server.url, { applicationName: 'etp-codec demo watcher', capabilities: { MaxWebSocketMessagePayloadSize: size } });
    const watching = watcher.subscribe(SPACE);
    await watching.ready;
    const heard: StoreChange[] = [];
    const heardAll = (async () => {
      for await (const change of watching) if (heard.push(change) === 3) break;
    })();
    const tx = (await req('Transaction.StartTransaction', { readOnly: false, dataspaceUris: [SPACE] })).body as { transactionUuid: string };
    print(`  dataspace ${SPACE}, transaction ${tx.transactionUuid}`);
    const [crs, epc, grid] = [uuidv4(), uuidv4(), uuidv4()];
    const uri = (family: string, type: string, uuid: string) => `${SPACE}/${family}20.${type}(${uuid})`;
    const gridXml = obj(
      'resqml2',
      'obj_Grid2dRepresentation',
      grid,
      'Top reservoir',
      `<resqml2:LocalCrs>${ref('resqml', 'obj_LocalDepth3dCrs', crs)}</resqml2:LocalCrs><resqml2:HdfProxy>${ref('eml', 'obj_EpcExternalPartReference', epc)}</resqml2:HdfProxy><!-- ${'interpretation notes '.repeat(2000)} -->`,
    );
    const put = (u: string, xml: string, blobId: string | null = null) => ({
      resource: { uri: u, name: '', lastChanged: 0, storeLastWrite: 0, storeCreated: 0, activeStatus: 'Active' },
      blobId,
      data: blobId ? new Uint8Array(0) : new TextEncoder().encode(xml),
    });
    await req('Store.PutDataObjects', { dataObjects: { crs: put(uri('resqml', 'obj_LocalDepth3dCrs', crs), obj('resqml2', 'obj_LocalDepth3dCrs', crs, 'Depth CRS')) } });
    await req('Store.PutDataObjects', { dataObjects: { epc: put(uri('eml', 'obj_EpcExternalPartReference', epc), obj('eml', 'obj_EpcExternalPartReference', epc, 'Hdf proxy')) } });
    // The grid's 42 KB do not fit a message: a blobId, and its bytes in Chunk messages of the same request.
    const bytes = new TextEncoder().encode(gridXml);
    const blobId = uuidv4();
    const step = size - 1024;
    const chunks = [];
    for (let at = 0; at < bytes.length; at += step)
      chunks.push({ message: 'Energistics.Etp.v12.Protocol.Store.Chunk', body: { blobId, data: bytes.subarray(at, at + step), final: at + step >= bytes.length } });
    await session.requestEach([
      { message: 'Energistics.Etp.v12.Protocol.Store.PutDataObjects', body: { dataObjects: { grid: put(uri('resqml', 'obj_Grid2dRepresentation', grid), '', blobId) } } },
      ...chunks,
    ] as never);
    print(`  3 objects put; the grid's ${bytes.length} bytes in ${chunks.length} Chunk messages`);
    const uid = { uri: uri('eml', 'obj_EpcExternalPartReference', epc), pathInResource: `/RESQML/${grid}/points` };
    await req('DataArray.PutUninitializedDataArrays', {
      dataArrays: { a: { uid, metadata: { dimensions: [100, 50], transportArrayType: 'arrayOfDouble', logicalArrayType: 'arrayOfDouble64LE', storeLastWrite: 0, storeCreated: 0 } } },
    });
    for (let row = 0; row < 100; row += 25) {
      const values = Array.from({ length: 25 * 50 }, (_, i) => 1800 + (row * 50 + i) / 100);
      await req('DataArray.PutDataSubarrays', { dataSubarrays: { w: { uid, data: { item: { 'Energistics.Etp.v12.Datatypes.ArrayOfDouble': { values } } }, starts: [row, 0], counts: [25, 50] } } });
    }
    print('  a 100 × 50 array of depths in 4 windows of 25 rows');
    const before = heard.length;
    const commit = (await req('Transaction.CommitTransaction', { transactionUuid: tx.transactionUuid })).body as { successful: boolean };
    print(`  commit: ${commit.successful ? 'successful' : 'FAILED'}`);
    await heardAll;
    const names = heard.map((c) => (c.kind === 'changed' ? `${c.changeKind} ${c.dataObject.resource.name}` : c.kind));
    print(`  the watcher heard ${before} changes before the commit, then ${heard.length}: ${names.join(', ')}`);
    const walk = await req('Discovery.GetResources', {
      context: { uri: uri('resqml', 'obj_Grid2dRepresentation', grid), depth: 1, navigableEdges: 'Primary' },
      scope: 'targetsOrSelf',
      includeEdges: true,
    });
    const found = walk.bodies as Record<string, { resources?: { name: string }[]; edges?: unknown[] }>;
    print(
      `  the grid and its targets: ${found['Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse']!.resources!.map((r) => r.name).join(', ')}; ${found['Energistics.Etp.v12.Protocol.Discovery.GetResourcesEdgesResponse']?.edges?.length ?? 0} edges`,
    );
    const back = await req('Store.GetDataObjects', { uris: { grid: uri('resqml', 'obj_Grid2dRepresentation', grid), gone: uri('resqml', 'obj_LocalDepth3dCrs', uuidv4()) } });
    const g = (back.body as { dataObjects: Record<string, { blobId: string }> }).dataObjects.grid!;
    print(
      `  GetDataObjects: the grid back in chunks, ${back.blobs.get(g.blobId)?.length ?? 0} bytes, identical: ${Buffer.from(back.blobs.get(g.blobId) ?? []).equals(Buffer.from(bytes))}; the missing one: ProtocolException ${back.errors.gone?.code}`,
    );
  } finally {
    watcher?.close('demo finished');
    session.close('demo finished');
    await server.close();
  }
}
