import { v5 as uuidv5 } from 'uuid';
import { readIdentity } from './identity.js';
import type { ObjectRecord, ObjectSummary } from './storage.js';

// The rddms profile's record of a write commit, as open-etp-server keeps one: a RESQML 2.0.1
// obj_Activity per dataspace a commit wrote, naming the objects it put as output parameters, and
// the obj_ActivityTemplate it follows (one per dataspace, made on first need). Their references
// are read like any object's, so Discovery shows the activity beside what it wrote.

const NS = 'xmlns:resqml2="http://www.energistics.org/energyml/data/resqmlv2" xmlns:eml="http://www.energistics.org/energyml/data/commonv2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const TEMPLATE_TYPE = 'resqml20.obj_ActivityTemplate';
const ACTIVITY_TYPE = 'resqml20.obj_Activity';
/** The namespace of the template's uuid: the same template uuid in every dataspace. */
const TEMPLATE_NS = '0d5d1f0e-6a3b-5c8e-9f4a-2b7c8d9e0f1a';
export const ACTIVITY_TEMPLATE_UUID = uuidv5('etp-codec store: ETP write transaction', TEMPLATE_NS);
const TEMPLATE_TITLE = 'ETP write transaction';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isoTime = (micros: number): string => new Date(Math.floor(micros / 1000)).toISOString();
/** `resqml20.obj_X` → `application/x-resqml+xml;version=2.0;type=obj_X` (the family and version of the type's own). */
function contentType(type: string): string {
  const dot = type.indexOf('.');
  const family = type.slice(0, dot).replace(/\d+$/, '');
  const digits = type.slice(family.length, dot);
  return `application/x-${family}+xml;version=${digits.slice(0, 1)}.${digits.slice(1) || '0'};type=${type.slice(dot + 1)}`;
}

function citation(title: string, micros: number): string {
  return `<eml:Citation><eml:Title>${escapeXml(title)}</eml:Title><eml:Originator>etp-codec</eml:Originator><eml:Creation>${isoTime(micros)}</eml:Creation><eml:Format>etp-codec store</eml:Format></eml:Citation>`;
}

function record(dataspace: string, uuid: string, type: string, xml: string, micros: number): ObjectRecord {
  const data = new TextEncoder().encode(xml);
  const id = readIdentity(data, 'xml');
  return { dataspace, uuid, type, name: id.title, created: micros, lastWrite: micros, lastChanged: micros, active: true, format: 'xml', data, references: id.references };
}

/** The activity template of a dataspace: one output parameter that any number of data objects fill. */
export function templateRecord(dataspace: string, micros: number): ObjectRecord {
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><resqml2:obj_ActivityTemplate ${NS} uuid="${ACTIVITY_TEMPLATE_UUID}" schemaVersion="2.0">` +
    citation(TEMPLATE_TITLE, micros) +
    '<resqml2:Parameter><resqml2:Title>written</resqml2:Title><resqml2:IsInput>false</resqml2:IsInput><resqml2:AllowedKind>dataObject</resqml2:AllowedKind>' +
    '<resqml2:IsOutput>true</resqml2:IsOutput><resqml2:MinOccurs>0</resqml2:MinOccurs><resqml2:MaxOccurs>-1</resqml2:MaxOccurs></resqml2:Parameter>' +
    '</resqml2:obj_ActivityTemplate>';
  return record(dataspace, ACTIVITY_TEMPLATE_UUID, TEMPLATE_TYPE, xml, micros);
}

/** The activity of one commit in one dataspace: each object it put, as a `written` parameter. */
export function activityRecord(dataspace: string, uuid: string, transaction: string, written: readonly ObjectSummary[], micros: number): ObjectRecord {
  const ref = (type: string, title: string, id: string): string =>
    `<eml:ContentType>${escapeXml(contentType(type))}</eml:ContentType><eml:Title>${escapeXml(title)}</eml:Title><eml:UUID>${id}</eml:UUID>`;
  const parameters = written
    .map(
      (o) =>
        `<resqml2:Parameter xsi:type="resqml2:DataObjectParameter"><resqml2:Title>written</resqml2:Title><resqml2:DataObject xsi:type="eml:DataObjectReference">${ref(o.type, o.name, o.uuid)}</resqml2:DataObject></resqml2:Parameter>`,
    )
    .join('');
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><resqml2:obj_Activity ${NS} uuid="${uuid}" schemaVersion="2.0">` +
    citation(`ETP transaction ${transaction}`, micros) +
    `<resqml2:ActivityDescriptor xsi:type="eml:DataObjectReference">${ref(TEMPLATE_TYPE, TEMPLATE_TITLE, ACTIVITY_TEMPLATE_UUID)}</resqml2:ActivityDescriptor>` +
    parameters +
    '</resqml2:obj_Activity>';
  return record(dataspace, uuid, ACTIVITY_TYPE, xml, micros);
}
