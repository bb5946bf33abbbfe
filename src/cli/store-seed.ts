import { v5 as uuidv5 } from 'uuid';
import type { StoreStorage } from '../store/index.js';

// `serve --store … --seed wells`: the synthetic wells and wellbores as WITSML 2.0 XML in the store,
// in the dataspace etp-codec/synthetic, each wellbore referencing its well (Discovery's edges).
// Loaded once: a store that already holds the dataspace is left as it is.

export const SEED_DATASPACE = 'etp-codec/synthetic';
const NAMESPACE = '7c1e4b2a-9d3f-4a8e-b6c5-2f0e1d9a8b7c';
const T0_US = 1_763_769_600_000_000;

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function wellXml(uuid: string, name: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Well xmlns="http://www.energistics.org/energyml/data/witsmlv2" xmlns:eml="http://www.energistics.org/energyml/data/commonv2" uuid="${uuid}" schemaVersion="2.0"><eml:Citation><eml:Title>${escapeXml(name)}</eml:Title><eml:Originator>etp-codec</eml:Originator><eml:Creation>2025-11-22T00:00:00Z</eml:Creation><eml:Format>etp-codec seed</eml:Format></eml:Citation><StatusWell>active</StatusWell></Well>`;
}

function wellboreXml(uuid: string, name: string, well: string, wellName: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Wellbore xmlns="http://www.energistics.org/energyml/data/witsmlv2" xmlns:eml="http://www.energistics.org/energyml/data/commonv2" uuid="${uuid}" schemaVersion="2.0"><eml:Citation><eml:Title>${escapeXml(name)}</eml:Title><eml:Originator>etp-codec</eml:Originator><eml:Creation>2025-11-22T00:00:00Z</eml:Creation><eml:Format>etp-codec seed</eml:Format></eml:Citation><Well><eml:ContentType>application/x-witsml+xml;version=2.0;type=Well</eml:ContentType><eml:Title>${escapeXml(wellName)}</eml:Title><eml:UUID>${well}</eml:UUID></Well></Wellbore>`;
}

/** Loads `wells` wells with one wellbore each; returns the objects written (0 when the seed was there already). */
export async function seedWells(storage: StoreStorage, wells: number): Promise<number> {
  if (await storage.getDataspace(SEED_DATASPACE)) return 0;
  await storage.putDataspace({ path: SEED_DATASPACE, created: T0_US, lastWrite: T0_US, customData: {} });
  const enc = new TextEncoder();
  let n = 0;
  for (let i = 1; i <= wells; i++) {
    const name = `well ${String(i).padStart(4, '0')}`;
    const well = uuidv5(name, NAMESPACE);
    const bore = uuidv5(`${name}/wellbore 1`, NAMESPACE);
    const t = T0_US + i;
    const base = { dataspace: SEED_DATASPACE, created: t, lastWrite: t, lastChanged: T0_US, active: true, format: 'xml' };
    await storage.putObject({ ...base, uuid: well, type: 'witsml20.Well', name, data: enc.encode(wellXml(well, name)), references: [] });
    await storage.putObject({
      ...base,
      uuid: bore,
      type: 'witsml20.Wellbore',
      name: `${name} wellbore 1`,
      data: enc.encode(wellboreXml(bore, `${name} wellbore 1`, well, name)),
      references: [{ uuid: well, type: 'witsml20.Well' }],
    });
    n += 2;
  }
  return n;
}
