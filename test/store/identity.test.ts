import { expect, it } from 'vitest';
import { channelXml, qualifiedType, readIdentity } from '../../src/store/index.js';
import { bytes, CRS_UUID, crsXml, EPC_UUID, GRID_UUID, gridXml } from './fixtures.js';

it('a RESQML 2.0.1 grid: uuid, schema version, title (entities decoded), change time and both references', () => {
  const id = readIdentity(bytes(gridXml()), 'xml');
  expect(id).toEqual({
    root: 'obj_Grid2dRepresentation',
    uuid: GRID_UUID,
    schemaVersion: '2.0',
    title: 'Surface & grid',
    changed: Date.parse('2026-12-01T10:00:00Z') * 1000,
    references: [
      { uuid: CRS_UUID, type: 'resqml20.obj_LocalDepth3dCrs' },
      { uuid: EPC_UUID, type: 'eml20.obj_EpcExternalPartReference' },
    ],
    arrays: [{ uuid: EPC_UUID, type: 'eml20.obj_EpcExternalPartReference', pathInResource: `/RESQML/${GRID_UUID}/zvalues` }],
    fields: expect.any(Object),
    index: undefined,
  });
  expect(readIdentity(bytes(crsXml()), 'xml').references).toEqual([]);
});

it('content types and qualified types of every family name the same qualified type', () => {
  expect(qualifiedType('application/x-resqml+xml;version=2.0;type=obj_LocalDepth3dCrs')).toBe('resqml20.obj_LocalDepth3dCrs');
  expect(qualifiedType('application/x-eml+xml;version=2.0.1;type=obj_EpcExternalPartReference')).toBe('eml20.obj_EpcExternalPartReference');
  expect(qualifiedType('application/x-witsml+xml;version=2.1;type=witsml21.Well')).toBe('witsml21.Well');
  expect(qualifiedType('resqml22.Grid2dRepresentation')).toBe('resqml22.Grid2dRepresentation');
  expect(qualifiedType('text/plain')).toBeUndefined();
});

it('EML 2.3 references (Uuid before QualifiedType) and JSON objects', () => {
  const u = '3c4d5e6f-7081-4c2d-9e0f-1a2b3c4d5e6f';
  const xml = `<resqml:Grid2dRepresentation xmlns:resqml="r" xmlns:eml="e" uuid="${GRID_UUID}" schemaVersion="2.2"><eml:Citation><eml:Title>g</eml:Title></eml:Citation><resqml:Crs><eml:Uuid>${u}</eml:Uuid><eml:QualifiedType>eml23.LocalEngineeringCompoundCrs</eml:QualifiedType><eml:Title>crs</eml:Title></resqml:Crs></resqml:Grid2dRepresentation>`;
  expect(readIdentity(bytes(xml), 'xml').references).toEqual([{ uuid: u, type: 'eml23.LocalEngineeringCompoundCrs' }]);
  const json = JSON.stringify({ $type: 'witsml21.Wellbore', Uuid: GRID_UUID, SchemaVersion: '2.1', Citation: { Title: 'wb' }, Well: { Uuid: u, QualifiedType: 'witsml21.Well' } });
  expect(readIdentity(bytes(json), 'json')).toMatchObject({ root: 'Wellbore', uuid: GRID_UUID, title: 'wb', references: [{ uuid: u, type: 'witsml21.Well' }] });
});

it('bytes that are not an object are INVALID_OBJECT (14), each with its reason', () => {
  const bad = (s: string | Uint8Array, format = 'xml'): string => {
    try {
      readIdentity(typeof s === 'string' ? bytes(s) : s, format);
    } catch (err) {
      expect((err as { code: string; etpCode: number }).etpCode).toBe(14);
      return (err as Error).message;
    }
    throw new Error('accepted');
  };
  expect(bad('just text')).toBe('the object has no xml root element');
  expect(bad('<a><b></a>')).toBe('the xml closes a where b is open');
  expect(bad('<a><b>')).toBe('the xml ends inside b');
  expect(bad('<a/><b/>')).toBe('the xml has more than one root element');
  expect(bad(new Uint8Array([0x3c, 0xff, 0x3e]))).toBe('the object is not utf-8');
  expect(bad('{', 'json')).toBe('the object is not json');
});

it('hostile XML costs one pass: 1 MB of unterminated comments, quotes, attributes and spaces are refused or read, never rescanned from every <', () => {
  // Each of these made the first, regular-expression scanner rescan the rest of the document from
  // every '<' (or every space): minutes for 1 MB. One pass takes milliseconds.
  const MB4 = 1024 * 1024;
  const cases: [string, string | undefined][] = [
    ['<!--'.repeat(MB4 / 4), 'the xml ends inside <!--'],
    ['<a b="'.repeat(MB4 / 6), 'does not end'],
    [`<a${' '.repeat(MB4)}/>`, undefined],
    [`<a ${'x'.repeat(MB4)}/>`, undefined],
    [`<a>${'&#1'.repeat(MB4 / 3)}</a>`, undefined],
    [`<a>${'<b>'.repeat(MB4 / 3)}`, 'the xml ends inside b'],
  ];
  for (const [xml, error] of cases) {
    if (error === undefined) expect(readIdentity(bytes(xml), 'xml').root).toBe('a');
    else expect(() => readIdentity(bytes(xml), 'xml')).toThrow(error);
  }
  expect(readIdentity(bytes('<a>&#99999999999;</a>'), 'xml').root).toBe('a');
});

it('a WITSML 2.1 Channel: the text of its top elements and of its Index', () => {
  const id = readIdentity(bytes(channelXml({ uuid: CRS_UUID, mnemonic: 'GR <raw>', uom: 'gAPI', indexKind: 'date time' })), 'xml');
  expect(id.root).toBe('Channel');
  expect(id.title).toBe('GR <raw>');
  expect({ ...id.fields }).toMatchObject({ Mnemonic: 'GR <raw>', DataKind: 'double', Uom: 'gAPI', GrowingStatus: 'active' });
  expect(id.index).toEqual({ IndexKind: 'date time', Uom: 'us', Direction: 'increasing', Mnemonic: 'TIME' });
});
