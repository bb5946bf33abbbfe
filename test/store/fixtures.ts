// RESQML 2.0.1 objects shaped like what an RDDMS client puts: a CRS, the EPC external part
// reference its arrays hang under, and a 2D grid that references both.

export const DS = 'demo/store';
export const DS_URI = `eml:///dataspace('${DS}')`;
export const CRS_UUID = '0d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
export const EPC_UUID = '1a2b3c4d-5e6f-4a0b-9c8d-7e6f5a4b3c2d';
export const GRID_UUID = '2b3c4d5e-6f70-4b1c-8d9e-0f1a2b3c4d5e';

export const uriOf = (type: string, uuid: string, ds = DS): string => `eml:///dataspace('${ds}')/resqml20.${type}(${uuid})`;
export const EPC_URI = `eml:///dataspace('${DS}')/eml20.obj_EpcExternalPartReference(${EPC_UUID})`;
export const CRS_URI = uriOf('obj_LocalDepth3dCrs', CRS_UUID);
export const GRID_URI = uriOf('obj_Grid2dRepresentation', GRID_UUID);

const citation = (title: string): string =>
  `<eml:Citation><eml:Title>${title}</eml:Title><eml:Originator>etp-codec</eml:Originator><eml:Creation>2026-12-01T10:00:00Z</eml:Creation><eml:Format>etp-codec tests</eml:Format></eml:Citation>`;
const NS = 'xmlns:resqml2="http://www.energistics.org/energyml/data/resqmlv2" xmlns:eml="http://www.energistics.org/energyml/data/commonv2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

export const crsXml = (uuid = CRS_UUID, title = 'Local depth CRS'): string =>
  `<?xml version="1.0" encoding="UTF-8"?><resqml2:obj_LocalDepth3dCrs ${NS} schemaVersion="2.0" uuid="${uuid}">${citation(title)}<resqml2:YOffset>0</resqml2:YOffset><resqml2:ZIncreasingDownward>true</resqml2:ZIncreasingDownward></resqml2:obj_LocalDepth3dCrs>`;

export const epcXml = (uuid = EPC_UUID): string =>
  `<?xml version="1.0" encoding="UTF-8"?><eml:obj_EpcExternalPartReference ${NS} schemaVersion="2.0" uuid="${uuid}">${citation('Hdf Proxy')}<eml:MimeType>application/x-hdf5</eml:MimeType></eml:obj_EpcExternalPartReference>`;

export const gridXml = (uuid = GRID_UUID, crs = CRS_UUID, epc = EPC_UUID, pad = 0): string =>
  `<?xml version="1.0" encoding="UTF-8"?><resqml2:obj_Grid2dRepresentation ${NS} schemaVersion="2.0" uuid="${uuid}">${citation('Surface &amp; grid')}` +
  `<resqml2:SurfaceRole>map</resqml2:SurfaceRole><resqml2:Grid2dPatch><resqml2:Geometry><resqml2:LocalCrs xsi:type="eml:DataObjectReference">` +
  `<eml:ContentType>application/x-resqml+xml;version=2.0;type=obj_LocalDepth3dCrs</eml:ContentType><eml:Title>Local depth CRS</eml:Title><eml:UUID>${crs}</eml:UUID></resqml2:LocalCrs>` +
  `<resqml2:ZValues><resqml2:Values><eml:PathInHdfFile>/RESQML/${uuid}/zvalues</eml:PathInHdfFile><eml:HdfProxy xsi:type="eml:DataObjectReference">` +
  `<eml:ContentType>application/x-eml+xml;version=2.0;type=obj_EpcExternalPartReference</eml:ContentType><eml:Title>Hdf Proxy</eml:Title><eml:UUID>${epc}</eml:UUID></eml:HdfProxy>` +
  `</resqml2:Values></resqml2:ZValues></resqml2:Geometry></resqml2:Grid2dPatch>${pad > 0 ? `<!-- ${'x'.repeat(pad)} -->` : ''}</resqml2:obj_Grid2dRepresentation>`;

export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
