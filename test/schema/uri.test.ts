import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerGetResources, channelMetadata, SYNTHETIC_DATASPACE, syntheticResources, syntheticUuid } from '../../src/cli/synthetic.js';
import { type DataObjectUri, formatUri, isEtpUri, parseUri } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const UUID = '2d3c5e1a-6b7f-4c8d-9e0f-1a2b3c4d5e6f';
// An RFC 9562 UUID of version 4 or 5: what a real store's objects carry.
const RFC_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ETP 1.2 URIs', () => {
  it('parses dataspaces and data objects, with and without a dataspace or a version', () => {
    expect(parseUri('eml:///')).toEqual({ kind: 'dataspace' });
    expect(parseUri("eml:///dataspace('field-a/2025')")).toEqual({ kind: 'dataspace', dataspace: 'field-a/2025' });
    expect(parseUri(`eml:///witsml20.Well(${UUID})`)).toEqual({ kind: 'dataObject', domain: 'witsml', domainVersion: '20', objectType: 'Well', uuid: UUID });
    expect(parseUri(`eml:///dataspace('o''brien')/resqml20.obj_TriangulatedSetRepresentation(uuid=${UUID},version='2.0')`)).toEqual({
      kind: 'dataObject',
      dataspace: "o'brien",
      domain: 'resqml',
      domainVersion: '20',
      objectType: 'obj_TriangulatedSetRepresentation',
      uuid: UUID,
      version: '2.0',
    });
  });

  it('refuses what is not an ETP 1.2 URI with INVALID_URI (ETP 9), saying why', () => {
    const e = thrown(() => parseUri('eml:///witsml20.Well(000998)'));
    expect([e.code, e.etpCode]).toEqual(['INVALID_URI', 9]);
    expect(e.message).toBe('"eml:///witsml20.Well(000998)" is not an etp 1.2 uri: "000998" is not a uuid (or uuid=…,version=\'…\')');
    for (const bad of [
      '',
      'eml://',
      'http:///witsml20.Well(x)',
      `eml:///Witsml20.Well(${UUID})`,
      `eml:///witsml2.Well(${UUID})`,
      `eml:///witsml20.Well(${UUID}`,
      "eml:///dataspace('a'b')",
      `eml:///witsml20.Well(${UUID})/witsml20.Wellbore`,
      `eml:///witsml20.Well(uuid=${UUID})`,
    ]) {
      expect(isEtpUri(bad)).toBe(false);
      expect(thrown(() => parseUri(bad)).code).toBe('INVALID_URI');
    }
  });

  it('formats every parsed URI back to the same string, and parses every formatted one to its parts', () => {
    const name = fc.string({ maxLength: 12 });
    const object: fc.Arbitrary<DataObjectUri> = fc.record(
      {
        kind: fc.constant('dataObject' as const),
        dataspace: name,
        domain: fc.constantFrom('witsml', 'resqml', 'prodml', 'eml'),
        domainVersion: fc.constantFrom('20', '21', '22'),
        objectType: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/),
        uuid: fc.uuid(),
        version: name,
      },
      { requiredKeys: ['kind', 'domain', 'domainVersion', 'objectType', 'uuid'] },
    );
    fc.assert(
      fc.property(object, (u) => {
        const text = formatUri(u);
        expect(isEtpUri(text)).toBe(true);
        expect(parseUri(text)).toEqual(u);
        expect(formatUri(parseUri(text))).toBe(text);
      }),
    );
    expect(thrown(() => formatUri({ kind: 'dataObject', domain: 'WITSML', domainVersion: '20', objectType: 'Well', uuid: UUID })).code).toBe('INVALID_URI');
  });
});

describe('what etp-codec serve returns is what a real store sends', () => {
  it('wells have canonical URIs with RFC UUIDs derived from their names, the same in every run', () => {
    const wells = syntheticResources(50);
    for (const w of wells) {
      const u = parseUri(w.uri);
      expect(u.kind).toBe('dataObject');
      expect((u as DataObjectUri).uuid).toMatch(RFC_UUID);
      expect(w.uri).toMatch(/^eml:\/\/\/witsml20\.Well\(/);
    }
    expect(new Set(wells.map((w) => w.uri)).size).toBe(50);
    // Name-based (v5): the same well has the same URI in every run and on every machine.
    expect(syntheticUuid('Synthetic well 7')).toBe('3d310243-f62c-598d-802f-1aedd77eac60');
    expect(syntheticResources(3)).toEqual(syntheticResources(3));
    expect(parseUri(syntheticResources(1, SYNTHETIC_DATASPACE)[0]!.uri)).toMatchObject({ dataspace: SYNTHETIC_DATASPACE });
  });

  it('GetResources: wells under a dataspace, wellbores under a well, nothing elsewhere, 9 for a malformed URI', () => {
    const wells = answerGetResources('eml:///', 5);
    expect('resources' in wells && wells.resources).toHaveLength(5);
    const well = 'resources' in wells ? wells.resources[3]!.uri : '';
    const bores = answerGetResources(well, 5);
    expect('resources' in bores && bores.resources.map((r) => parseUri(r.uri))).toEqual([expect.objectContaining({ objectType: 'Wellbore' }), expect.objectContaining({ objectType: 'Wellbore' })]);
    expect(answerGetResources(`eml:///witsml20.Well(${UUID})`, 5)).toEqual({ resources: [] });
    expect(answerGetResources("eml:///dataspace('elsewhere')", 5)).toEqual({ resources: [] });
    expect(answerGetResources('eml:///witsml20.Well(000998)', 5)).toMatchObject({ error: 9 });
  });

  it('channel metadata carries canonical channel URIs and drilling units', () => {
    const { channels } = channelMetadata();
    expect(channels.map((c) => [c.channelName, c.uom])).toEqual([
      ['HKLD', 'kN'],
      ['ROP', 'm/h'],
      ['SPPA', 'kPa'],
      ['TORQUE', 'kN.m'],
    ]);
    for (const c of channels) expect(parseUri(String(c.uri))).toMatchObject({ kind: 'dataObject', objectType: 'Channel', uuid: expect.stringMatching(RFC_UUID) });
  });
});
