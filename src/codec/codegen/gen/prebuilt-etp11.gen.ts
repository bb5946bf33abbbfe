// Generated: the encoders and decoders of every message of the built-in ETP 1.1 catalog, written by `npm run generate` (scripts/generate.ts): do not edit.
// @ts-nocheck
import type { PrebuiltCode } from '../runtime.js';

const code: PrebuiltCode = (runtime) => {
  const { invalid, writeLong, onlyKey, F64, B64, F32, B32, mapRead, mapWrite, enumRead, unknownField, writeText } = runtime;
const K0 = ["channels","data"];
const K1 = ["index","data"];
const K2 = "a {branch: value} object with one of null, double, float, int, long, string, Energistics.Datatypes.ArrayOfDouble, boolean, bytes";
const K3 = ["item"];
const K4 = ["values"];
const K5 = ["channels"];
const K6 = ["channelUri","channelId","indexes","channelName","dataType","uom","startIndex","endIndex","description","status","contentType","source","measureClass","uuid","customData","domainObject"];
const K7 = ["Active","Inactive","Closed"];
const K8 = ["indexType","uom","depthDatum","direction","mnemonic","description","uri","customData","scale","timeDatum"];
const K9 = ["Time","Depth"];
const K10 = ["Increasing","Decreasing"];
const K11 = ["resource","contentEncoding","data"];
const K12 = ["uri","contentType","name","channelSubscribable","customData","resourceType","hasChildren","uuid","lastChanged","objectNotifiable"];
const K13 = ["uri","fromIndex","toIndex"];
const K14 = ["data"];
const K15 = ["indexes","channelId","value","valueAttributes"];
const K16 = ["attributeId","attributeValue"];
const K17 = ["channelId","startIndex","endIndex","data"];
const K18 = ["uris"];
const K19 = ["channelRanges"];
const K20 = ["channelId","startIndex","endIndex"];
const K21 = ["channelId","removeReason"];
const K22 = ["channelId","status"];
const K23 = ["channelId","startIndex","receiveChangeNotification"];
const K24 = "a {branch: value} object with one of null, int, long";
const K25 = ["maxMessageRate","maxDataItems"];
const K26 = [];
const K27 = ["reason"];
const K28 = ["applicationName","applicationVersion","sessionId","supportedProtocols","supportedObjects"];
const K29 = ["protocol","protocolVersion","role","protocolCapabilities"];
const K30 = ["major","minor","revision","patch"];
const K31 = ["errorCode","errorMessage"];
const K32 = ["token"];
const K33 = ["applicationName","applicationVersion","requestedProtocols","supportedObjects"];
const K34 = ["dimensions","data"];
const K35 = "a {branch: value} object with one of null, Energistics.Datatypes.ArrayOfBoolean, bytes, Energistics.Datatypes.ArrayOfInt, Energistics.Datatypes.ArrayOfLong, Energistics.Datatypes.ArrayOfFloat, Energistics.Datatypes.ArrayOfDouble";
const K36 = ["uri"];
const K37 = ["uri","start","count"];
const K38 = ["uri","data","dimensions"];
const K39 = ["uri","data","dimensions","start","count"];
const K40 = ["resource"];
const K41 = ["uri","uid"];
const K42 = ["uri","startIndex","endIndex","uom","depthDatum"];
const K43 = "a {branch: value} object with one of null, long, double";
const K44 = ["uri","contentType","contentEncoding","data"];
const K45 = ["requestUuid"];
const K46 = ["change"];
const K47 = ["changeType","changeTime","dataObject"];
const K48 = ["Upsert","Delete"];
const K49 = ["delete"];
const K50 = ["request"];
const K51 = ["uri","uuid","includeObjectData","startTime","objectTypes"];
const K52 = ["dataObject"];
const K53 = ["WMLtypeIn","XMLin","OptionsIn","CapabilitiesIn"];
const K54 = ["ReturnValueIn"];
const K55 = ["OptionsIn"];
const K56 = ["Result","SuppMsgOut"];
const K57 = ["Result"];
const K58 = ["Result","CapabilitiesOut","SuppMsgOut"];
const K59 = ["Result","XMLout","SuppMsgOut"];
function W0(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelDataFrame.ChannelDataFrameSet record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["data"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t5 = x.length;
  if (t5 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t6 = t5 * 2;
    if (t6 < 0x80000000) { while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6; } else { w.pos = pos; w.long(t5); buf = w.buf; pos = w.pos; }
    for (let t7 = 0; t7 < t5; t7++) {
      const t8 = x[t7];
      w.pos = pos; W1(w, t8); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K0); break; }
  w.pos = pos;
}
function R0(r) { return { "channels": A0(r), "data": A1(r) }; }
function W1(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ChannelData.DataFrame record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["index"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["data"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t5 = x.length;
  if (t5 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t6 = t5 * 2;
    if (t6 < 0x80000000) { while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6; } else { w.pos = pos; w.long(t5); buf = w.buf; pos = w.pos; }
    for (let t7 = 0; t7 < t5; t7++) {
      const t8 = x[t7];
      w.pos = pos; W2(w, t8); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K1); break; }
  w.pos = pos;
}
function R1(r) { return { "index": A0(r), "data": A2(r) }; }
function W2(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.DataValue record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["item"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (typeof x !== 'object') throw invalid(K2, x);
    let t0;
    if ((t0 = x["double"]) !== undefined) {
      onlyKey(x, "double", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 2;
      if (typeof t0 !== 'number') throw invalid('a double', t0);
      if (pos + 8 > buf.length) { w.pos = pos; w.ensure(8); buf = w.buf; }
      F64[0] = t0; buf[pos] = B64[0]; buf[pos + 1] = B64[1]; buf[pos + 2] = B64[2]; buf[pos + 3] = B64[3]; buf[pos + 4] = B64[4]; buf[pos + 5] = B64[5]; buf[pos + 6] = B64[6]; buf[pos + 7] = B64[7]; pos += 8;
    }
    else if ((t0 = x["float"]) !== undefined) {
      onlyKey(x, "float", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 4;
      if (typeof t0 !== 'number') throw invalid('a float', t0);
      if (pos + 4 > buf.length) { w.pos = pos; w.ensure(4); buf = w.buf; }
      F32[0] = t0; buf[pos] = B32[0]; buf[pos + 1] = B32[1]; buf[pos + 2] = B32[2]; buf[pos + 3] = B32[3]; pos += 4;
    }
    else if ((t0 = x["int"]) !== undefined) {
      onlyKey(x, "int", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 6;
      if (typeof t0 !== 'number' || (t0 | 0) !== t0) throw invalid('an int', t0);
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t1 = ((t0 << 1) ^ (t0 >> 31)) >>> 0;
      while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
    }
    else if ((t0 = x["long"]) !== undefined) {
      onlyKey(x, "long", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 8;
      if (typeof t0 === 'number' && t0 >= -0x40000000 && t0 < 0x40000000 && (t0 | 0) === t0) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t2 = ((t0 << 1) ^ (t0 >> 31)) >>> 0;
        while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
      } else {
        w.pos = pos; writeLong(w, t0); buf = w.buf; pos = w.pos;
      }
    }
    else if ((t0 = x["string"]) !== undefined) {
      onlyKey(x, "string", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 10;
      w.pos = pos; typeof t0 === 'string' ? w.string(t0) : writeText(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Datatypes.ArrayOfDouble"]) !== undefined) {
      onlyKey(x, "Energistics.Datatypes.ArrayOfDouble", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 12;
      w.pos = pos; W3(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfDouble"]) !== undefined) {
      onlyKey(x, "ArrayOfDouble", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 12;
      w.pos = pos; W3(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["boolean"]) !== undefined) {
      onlyKey(x, "boolean", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 14;
      if (typeof t0 !== 'boolean') throw invalid('a boolean', t0);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = t0 ? 1 : 0;
    }
    else if ((t0 = x["bytes"]) !== undefined) {
      onlyKey(x, "bytes", K2);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 16;
      if (!(t0 instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', t0);
      w.pos = pos; w.bytes(t0); buf = w.buf; pos = w.pos;
    }
    else throw invalid(K2, x);
  }
  for (const k in v) if (--given < 0) { unknownField(v, K3); break; }
  w.pos = pos;
}
function R2(r) { return { "item": U3(r) }; }
function W3(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ArrayOfDouble record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["values"]; if (x !== undefined) given++;
  if (!Array.isArray(x) && !(x instanceof Float64Array)) throw invalid('an array', x);
  w.pos = pos; const t0 = w.doubles(x); buf = w.buf; pos = w.pos;
  if (t0 >= 0) throw invalid("a double", x[t0]);
  for (const k in v) if (--given < 0) { unknownField(v, K4); break; }
  w.pos = pos;
}
function R3(r) { return { "values": A4(r) }; }
function W4(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelDataFrame.ChannelMetadata record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W5(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K5); break; }
  w.pos = pos;
}
function R4(r) { return { "channels": A5(r) }; }
function W5(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ChannelData.ChannelMetadataRecord record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelUri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["channelId"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["indexes"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t1 = x.length;
  if (t1 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t2 = t1 * 2;
    if (t2 < 0x80000000) { while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2; } else { w.pos = pos; w.long(t1); buf = w.buf; pos = w.pos; }
    for (let t3 = 0; t3 < t1; t3++) {
      const t4 = x[t3];
      w.pos = pos; W6(w, t4); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["channelName"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["dataType"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["startIndex"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t5 = ((x << 1) ^ (x >> 31)) >>> 0;
      while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5;
    } else {
      w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
    }
  }
  x = v["endIndex"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t6 = ((x << 1) ^ (x >> 31)) >>> 0;
      while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6;
    } else {
      w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
    }
  }
  x = v["description"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["status"]; if (x !== undefined) given++;
  let t7;
  switch (x) { case "Active": t7 = 0; break; case "Inactive": t7 = 2; break; case "Closed": t7 = 4; break; default: throw invalid("a Energistics.Datatypes.ChannelData.ChannelStatuses symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t7 > 0x7f) { buf[pos++] = (t7 & 0x7f) | 0x80; t7 >>>= 7; } buf[pos++] = t7;
  x = v["contentType"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["source"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["measureClass"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["uuid"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["customData"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W2); buf = w.buf; pos = w.pos;
  x = v["domainObject"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; W7(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K6); break; }
  w.pos = pos;
}
function R5(r) { return { "channelUri": r.text(), "channelId": r.long(), "indexes": A6(r), "channelName": r.text(), "dataType": r.text(), "uom": r.text(), "startIndex": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()), "endIndex": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()), "description": r.text(), "status": (r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? K7[r.buf[r.pos++] >> 1] : enumRead(r, K7, "Energistics.Datatypes.ChannelData.ChannelStatuses")), "contentType": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()), "source": r.text(), "measureClass": r.text(), "uuid": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V7)), "domainObject": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : R7(r)) }; }
function W6(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ChannelData.IndexMetadataRecord record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["indexType"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "Time": t0 = 0; break; case "Depth": t0 = 2; break; default: throw invalid("a Energistics.Datatypes.ChannelData.ChannelIndexTypes symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depthDatum"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["direction"]; if (x !== undefined) given++;
  let t1;
  switch (x) { case "Increasing": t1 = 0; break; case "Decreasing": t1 = 2; break; default: throw invalid("a Energistics.Datatypes.ChannelData.IndexDirections symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  x = v["mnemonic"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["description"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["uri"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["customData"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W2); buf = w.buf; pos = w.pos;
  x = v["scale"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t2 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
  x = v["timeDatum"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K8); break; }
  w.pos = pos;
}
function R6(r) { return { "indexType": (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K9[r.buf[r.pos++] >> 1] : enumRead(r, K9, "Energistics.Datatypes.ChannelData.ChannelIndexTypes")), "uom": r.text(), "depthDatum": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()), "direction": (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K10[r.buf[r.pos++] >> 1] : enumRead(r, K10, "Energistics.Datatypes.ChannelData.IndexDirections")), "mnemonic": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()), "description": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()), "uri": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V7)), "scale": r.int(), "timeDatum": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()) }; }
function W7(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.Object.DataObject record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["resource"]; if (x !== undefined) given++;
  w.pos = pos; W8(w, x); buf = w.buf; pos = w.pos;
  x = v["contentEncoding"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["data"]; if (x !== undefined) given++;
  if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
  w.pos = pos; w.bytes(x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R7(r) { return { "resource": R8(r), "contentEncoding": r.text(), "data": r.bytes() }; }
function W8(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.Object.Resource record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["contentType"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["name"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["channelSubscribable"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["customData"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  x = v["resourceType"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["hasChildren"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["uuid"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["lastChanged"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["objectNotifiable"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K12); break; }
  w.pos = pos;
}
function R8(r) { return { "uri": r.text(), "contentType": r.text(), "name": r.text(), "channelSubscribable": r.boolean(), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V8)), "resourceType": r.text(), "hasChildren": r.int(), "uuid": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()), "lastChanged": r.long(), "objectNotifiable": r.boolean() }; }
function W9(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelDataFrame.RequestChannelData record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["fromIndex"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
      while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
    } else {
      w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
    }
  }
  x = v["toIndex"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
      while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
    } else {
      w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
    }
  }
  for (const k in v) if (--given < 0) { unknownField(v, K13); break; }
  w.pos = pos;
}
function R9(r) { return { "uri": r.text(), "fromIndex": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()), "toIndex": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()) }; }
function W10(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelData record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["data"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W11(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K14); break; }
  w.pos = pos;
}
function R10(r) { return { "data": A9(r) }; }
function W11(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ChannelData.DataItem record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["indexes"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["channelId"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["value"]; if (x !== undefined) given++;
  w.pos = pos; W2(w, x); buf = w.buf; pos = w.pos;
  x = v["valueAttributes"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t6 = x.length;
  if (t6 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t7 = t6 * 2;
    if (t7 < 0x80000000) { while (t7 > 0x7f) { buf[pos++] = (t7 & 0x7f) | 0x80; t7 >>>= 7; } buf[pos++] = t7; } else { w.pos = pos; w.long(t6); buf = w.buf; pos = w.pos; }
    for (let t8 = 0; t8 < t6; t8++) {
      const t9 = x[t8];
      w.pos = pos; W12(w, t9); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K15); break; }
  w.pos = pos;
}
function R11(r) { return { "indexes": A0(r), "channelId": r.long(), "value": R2(r), "valueAttributes": A10(r) }; }
function W12(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.DataAttribute record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["attributeId"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["attributeValue"]; if (x !== undefined) given++;
  w.pos = pos; W2(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K16); break; }
  w.pos = pos;
}
function R12(r) { return { "attributeId": r.int(), "attributeValue": R2(r) }; }
function W13(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelDataChange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelId"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["startIndex"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["endIndex"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t2 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["data"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t3 = x.length;
  if (t3 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t4 = t3 * 2;
    if (t4 < 0x80000000) { while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4; } else { w.pos = pos; w.long(t3); buf = w.buf; pos = w.pos; }
    for (let t5 = 0; t5 < t3; t5++) {
      const t6 = x[t5];
      w.pos = pos; W11(w, t6); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K17); break; }
  w.pos = pos;
}
function R13(r) { return { "channelId": r.long(), "startIndex": r.long(), "endIndex": r.long(), "data": A9(r) }; }
function W14(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelDescribe record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uris"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; typeof t3 === 'string' ? w.string(t3) : writeText(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K18); break; }
  w.pos = pos;
}
function R14(r) { return { "uris": A11(r) }; }
function W15(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelMetadata record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W5(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K5); break; }
  w.pos = pos;
}
function R15(r) { return { "channels": A5(r) }; }
function W16(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelRangeRequest record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelRanges"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W17(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K19); break; }
  w.pos = pos;
}
function R16(r) { return { "channelRanges": A12(r) }; }
function W17(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ChannelData.ChannelRangeInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelId"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["startIndex"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["endIndex"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t6 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K20); break; }
  w.pos = pos;
}
function R17(r) { return { "channelId": A0(r), "startIndex": r.long(), "endIndex": r.long() }; }
function W18(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelRemove record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelId"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["removeReason"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K21); break; }
  w.pos = pos;
}
function R18(r) { return { "channelId": r.long(), "removeReason": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()) }; }
function W19(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelStatusChange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelId"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["status"]; if (x !== undefined) given++;
  let t1;
  switch (x) { case "Active": t1 = 0; break; case "Inactive": t1 = 2; break; case "Closed": t1 = 4; break; default: throw invalid("a Energistics.Datatypes.ChannelData.ChannelStatuses symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  for (const k in v) if (--given < 0) { unknownField(v, K22); break; }
  w.pos = pos;
}
function R19(r) { return { "channelId": r.long(), "status": (r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? K7[r.buf[r.pos++] >> 1] : enumRead(r, K7, "Energistics.Datatypes.ChannelData.ChannelStatuses")) }; }
function W20(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelStreamingStart record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W21(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K5); break; }
  w.pos = pos;
}
function R20(r) { return { "channels": A13(r) }; }
function W21(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ChannelData.ChannelStreamingInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelId"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["startIndex"]; if (x !== undefined) given++;
  w.pos = pos; W22(w, x); buf = w.buf; pos = w.pos;
  x = v["receiveChangeNotification"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K23); break; }
  w.pos = pos;
}
function R21(r) { return { "channelId": r.long(), "startIndex": R22(r), "receiveChangeNotification": r.boolean() }; }
function W22(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ChannelData.StreamingStartIndex record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["item"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (typeof x !== 'object') throw invalid(K24, x);
    let t0;
    if ((t0 = x["int"]) !== undefined) {
      onlyKey(x, "int", K24);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 2;
      if (typeof t0 !== 'number' || (t0 | 0) !== t0) throw invalid('an int', t0);
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t1 = ((t0 << 1) ^ (t0 >> 31)) >>> 0;
      while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
    }
    else if ((t0 = x["long"]) !== undefined) {
      onlyKey(x, "long", K24);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 4;
      if (typeof t0 === 'number' && t0 >= -0x40000000 && t0 < 0x40000000 && (t0 | 0) === t0) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t2 = ((t0 << 1) ^ (t0 >> 31)) >>> 0;
        while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
      } else {
        w.pos = pos; writeLong(w, t0); buf = w.buf; pos = w.pos;
      }
    }
    else throw invalid(K24, x);
  }
  for (const k in v) if (--given < 0) { unknownField(v, K3); break; }
  w.pos = pos;
}
function R22(r) { return { "item": U14(r) }; }
function W23(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.ChannelStreamingStop record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K5); break; }
  w.pos = pos;
}
function R23(r) { return { "channels": A0(r) }; }
function W24(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.ChannelStreaming.Start record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["maxMessageRate"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["maxDataItems"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  for (const k in v) if (--given < 0) { unknownField(v, K25); break; }
  w.pos = pos;
}
function R24(r) { return { "maxMessageRate": r.int(), "maxDataItems": r.int() }; }
function W25(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Core.Acknowledge record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K26); break; }
  w.pos = pos;
}
function R25(r) { return {  }; }
function W26(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Core.CloseSession record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["reason"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K27); break; }
  w.pos = pos;
}
function R26(r) { return { "reason": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.text()) }; }
function W27(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Core.OpenSession record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["applicationName"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["applicationVersion"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["sessionId"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["supportedProtocols"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W28(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["supportedObjects"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t4 = x.length;
  if (t4 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = t4 * 2;
    if (t5 < 0x80000000) { while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5; } else { w.pos = pos; w.long(t4); buf = w.buf; pos = w.pos; }
    for (let t6 = 0; t6 < t4; t6++) {
      const t7 = x[t6];
      w.pos = pos; typeof t7 === 'string' ? w.string(t7) : writeText(w, t7); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K28); break; }
  w.pos = pos;
}
function R27(r) { return { "applicationName": r.text(), "applicationVersion": r.text(), "sessionId": r.text(), "supportedProtocols": A15(r), "supportedObjects": A11(r) }; }
function W28(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.SupportedProtocol record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["protocol"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["protocolVersion"]; if (x !== undefined) given++;
  w.pos = pos; W29(w, x); buf = w.buf; pos = w.pos;
  x = v["role"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["protocolCapabilities"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W2); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K29); break; }
  w.pos = pos;
}
function R28(r) { return { "protocol": r.int(), "protocolVersion": R29(r), "role": r.text(), "protocolCapabilities": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V7)) }; }
function W29(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.Version record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["major"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["minor"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  x = v["revision"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t2 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
  x = v["patch"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t3 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t3 > 0x7f) { buf[pos++] = (t3 & 0x7f) | 0x80; t3 >>>= 7; } buf[pos++] = t3;
  for (const k in v) if (--given < 0) { unknownField(v, K30); break; }
  w.pos = pos;
}
function R29(r) { return { "major": r.int(), "minor": r.int(), "revision": r.int(), "patch": r.int() }; }
function W30(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Core.ProtocolException record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["errorCode"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["errorMessage"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K31); break; }
  w.pos = pos;
}
function R30(r) { return { "errorCode": r.int(), "errorMessage": r.text() }; }
function W31(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Core.RenewSecurityToken record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["token"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K32); break; }
  w.pos = pos;
}
function R31(r) { return { "token": r.text() }; }
function W32(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Core.RequestSession record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["applicationName"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["applicationVersion"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["requestedProtocols"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W28(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["supportedObjects"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t4 = x.length;
  if (t4 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = t4 * 2;
    if (t5 < 0x80000000) { while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5; } else { w.pos = pos; w.long(t4); buf = w.buf; pos = w.pos; }
    for (let t6 = 0; t6 < t4; t6++) {
      const t7 = x[t6];
      w.pos = pos; typeof t7 === 'string' ? w.string(t7) : writeText(w, t7); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K33); break; }
  w.pos = pos;
}
function R32(r) { return { "applicationName": r.text(), "applicationVersion": r.text(), "requestedProtocols": A15(r), "supportedObjects": A11(r) }; }
function W33(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.DataArray.DataArray record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dimensions"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["data"]; if (x !== undefined) given++;
  w.pos = pos; W34(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K34); break; }
  w.pos = pos;
}
function R33(r) { return { "dimensions": A0(r), "data": R34(r) }; }
function W34(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.AnyArray record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["item"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (typeof x !== 'object') throw invalid(K35, x);
    let t0;
    if ((t0 = x["Energistics.Datatypes.ArrayOfBoolean"]) !== undefined) {
      onlyKey(x, "Energistics.Datatypes.ArrayOfBoolean", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 2;
      w.pos = pos; W35(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfBoolean"]) !== undefined) {
      onlyKey(x, "ArrayOfBoolean", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 2;
      w.pos = pos; W35(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["bytes"]) !== undefined) {
      onlyKey(x, "bytes", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 4;
      if (!(t0 instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', t0);
      w.pos = pos; w.bytes(t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Datatypes.ArrayOfInt"]) !== undefined) {
      onlyKey(x, "Energistics.Datatypes.ArrayOfInt", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 6;
      w.pos = pos; W36(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfInt"]) !== undefined) {
      onlyKey(x, "ArrayOfInt", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 6;
      w.pos = pos; W36(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Datatypes.ArrayOfLong"]) !== undefined) {
      onlyKey(x, "Energistics.Datatypes.ArrayOfLong", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 8;
      w.pos = pos; W37(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfLong"]) !== undefined) {
      onlyKey(x, "ArrayOfLong", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 8;
      w.pos = pos; W37(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Datatypes.ArrayOfFloat"]) !== undefined) {
      onlyKey(x, "Energistics.Datatypes.ArrayOfFloat", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 10;
      w.pos = pos; W38(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfFloat"]) !== undefined) {
      onlyKey(x, "ArrayOfFloat", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 10;
      w.pos = pos; W38(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Datatypes.ArrayOfDouble"]) !== undefined) {
      onlyKey(x, "Energistics.Datatypes.ArrayOfDouble", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 12;
      w.pos = pos; W3(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfDouble"]) !== undefined) {
      onlyKey(x, "ArrayOfDouble", K35);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 12;
      w.pos = pos; W3(w, t0); buf = w.buf; pos = w.pos;
    }
    else throw invalid(K35, x);
  }
  for (const k in v) if (--given < 0) { unknownField(v, K3); break; }
  w.pos = pos;
}
function R34(r) { return { "item": U16(r) }; }
function W35(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ArrayOfBoolean record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["values"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 !== 'boolean') throw invalid('a boolean', t3);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = t3 ? 1 : 0;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K4); break; }
  w.pos = pos;
}
function R35(r) { return { "values": A17(r) }; }
function W36(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ArrayOfInt record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["values"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 !== 'number' || (t3 | 0) !== t3) throw invalid('an int', t3);
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
      while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K4); break; }
  w.pos = pos;
}
function R36(r) { return { "values": A18(r) }; }
function W37(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ArrayOfLong record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["values"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K4); break; }
  w.pos = pos;
}
function R37(r) { return { "values": A0(r) }; }
function W38(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.ArrayOfFloat record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["values"]; if (x !== undefined) given++;
  if (!Array.isArray(x) && !(x instanceof Float32Array)) throw invalid('an array', x);
  w.pos = pos; const t0 = w.floats(x); buf = w.buf; pos = w.pos;
  if (t0 >= 0) throw invalid("a float", x[t0]);
  for (const k in v) if (--given < 0) { unknownField(v, K4); break; }
  w.pos = pos;
}
function R38(r) { return { "values": A19(r) }; }
function W39(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.DataArray.GetDataArray record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K36); break; }
  w.pos = pos;
}
function R39(r) { return { "uri": r.text() }; }
function W40(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.DataArray.GetDataArraySlice record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["start"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["count"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t5 = x.length;
  if (t5 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t6 = t5 * 2;
    if (t6 < 0x80000000) { while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6; } else { w.pos = pos; w.long(t5); buf = w.buf; pos = w.pos; }
    for (let t7 = 0; t7 < t5; t7++) {
      const t8 = x[t7];
      if (typeof t8 === 'number' && t8 >= -0x40000000 && t8 < 0x40000000 && (t8 | 0) === t8) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t9 = ((t8 << 1) ^ (t8 >> 31)) >>> 0;
        while (t9 > 0x7f) { buf[pos++] = (t9 & 0x7f) | 0x80; t9 >>>= 7; } buf[pos++] = t9;
      } else {
        w.pos = pos; writeLong(w, t8); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K37); break; }
  w.pos = pos;
}
function R40(r) { return { "uri": r.text(), "start": A0(r), "count": A0(r) }; }
function W41(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.DataArray.PutDataArray record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["data"]; if (x !== undefined) given++;
  w.pos = pos; W34(w, x); buf = w.buf; pos = w.pos;
  x = v["dimensions"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K38); break; }
  w.pos = pos;
}
function R41(r) { return { "uri": r.text(), "data": R34(r), "dimensions": A0(r) }; }
function W42(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.DataArray.PutDataArraySlice record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["data"]; if (x !== undefined) given++;
  w.pos = pos; W34(w, x); buf = w.buf; pos = w.pos;
  x = v["dimensions"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      } else {
        w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["start"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t5 = x.length;
  if (t5 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t6 = t5 * 2;
    if (t6 < 0x80000000) { while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6; } else { w.pos = pos; w.long(t5); buf = w.buf; pos = w.pos; }
    for (let t7 = 0; t7 < t5; t7++) {
      const t8 = x[t7];
      if (typeof t8 === 'number' && t8 >= -0x40000000 && t8 < 0x40000000 && (t8 | 0) === t8) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t9 = ((t8 << 1) ^ (t8 >> 31)) >>> 0;
        while (t9 > 0x7f) { buf[pos++] = (t9 & 0x7f) | 0x80; t9 >>>= 7; } buf[pos++] = t9;
      } else {
        w.pos = pos; writeLong(w, t8); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["count"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t10 = x.length;
  if (t10 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t11 = t10 * 2;
    if (t11 < 0x80000000) { while (t11 > 0x7f) { buf[pos++] = (t11 & 0x7f) | 0x80; t11 >>>= 7; } buf[pos++] = t11; } else { w.pos = pos; w.long(t10); buf = w.buf; pos = w.pos; }
    for (let t12 = 0; t12 < t10; t12++) {
      const t13 = x[t12];
      if (typeof t13 === 'number' && t13 >= -0x40000000 && t13 < 0x40000000 && (t13 | 0) === t13) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t14 = ((t13 << 1) ^ (t13 >> 31)) >>> 0;
        while (t14 > 0x7f) { buf[pos++] = (t14 & 0x7f) | 0x80; t14 >>>= 7; } buf[pos++] = t14;
      } else {
        w.pos = pos; writeLong(w, t13); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K39); break; }
  w.pos = pos;
}
function R42(r) { return { "uri": r.text(), "data": R34(r), "dimensions": A0(r), "start": A0(r), "count": A0(r) }; }
function W43(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Discovery.GetResources record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K36); break; }
  w.pos = pos;
}
function R43(r) { return { "uri": r.text() }; }
function W44(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Discovery.GetResourcesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["resource"]; if (x !== undefined) given++;
  w.pos = pos; W8(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K40); break; }
  w.pos = pos;
}
function R44(r) { return { "resource": R8(r) }; }
function W45(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.GrowingObject.GrowingObjectDelete record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["uid"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K41); break; }
  w.pos = pos;
}
function R45(r) { return { "uri": r.text(), "uid": r.text() }; }
function W46(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.GrowingObject.GrowingObjectDeleteRange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["startIndex"]; if (x !== undefined) given++;
  w.pos = pos; W47(w, x); buf = w.buf; pos = w.pos;
  x = v["endIndex"]; if (x !== undefined) given++;
  w.pos = pos; W47(w, x); buf = w.buf; pos = w.pos;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depthDatum"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K42); break; }
  w.pos = pos;
}
function R46(r) { return { "uri": r.text(), "startIndex": R47(r), "endIndex": R47(r), "uom": r.text(), "depthDatum": r.text() }; }
function W47(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.Object.GrowingObjectIndex record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["item"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (typeof x !== 'object') throw invalid(K43, x);
    let t0;
    if ((t0 = x["long"]) !== undefined) {
      onlyKey(x, "long", K43);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 2;
      if (typeof t0 === 'number' && t0 >= -0x40000000 && t0 < 0x40000000 && (t0 | 0) === t0) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t1 = ((t0 << 1) ^ (t0 >> 31)) >>> 0;
        while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
      } else {
        w.pos = pos; writeLong(w, t0); buf = w.buf; pos = w.pos;
      }
    }
    else if ((t0 = x["double"]) !== undefined) {
      onlyKey(x, "double", K43);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 4;
      if (typeof t0 !== 'number') throw invalid('a double', t0);
      if (pos + 8 > buf.length) { w.pos = pos; w.ensure(8); buf = w.buf; }
      F64[0] = t0; buf[pos] = B64[0]; buf[pos + 1] = B64[1]; buf[pos + 2] = B64[2]; buf[pos + 3] = B64[3]; buf[pos + 4] = B64[4]; buf[pos + 5] = B64[5]; buf[pos + 6] = B64[6]; buf[pos + 7] = B64[7]; pos += 8;
    }
    else throw invalid(K43, x);
  }
  for (const k in v) if (--given < 0) { unknownField(v, K3); break; }
  w.pos = pos;
}
function R47(r) { return { "item": U20(r) }; }
function W48(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.GrowingObject.GrowingObjectGet record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["uid"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K41); break; }
  w.pos = pos;
}
function R48(r) { return { "uri": r.text(), "uid": r.text() }; }
function W49(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.GrowingObject.GrowingObjectGetRange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["startIndex"]; if (x !== undefined) given++;
  w.pos = pos; W47(w, x); buf = w.buf; pos = w.pos;
  x = v["endIndex"]; if (x !== undefined) given++;
  w.pos = pos; W47(w, x); buf = w.buf; pos = w.pos;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depthDatum"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K42); break; }
  w.pos = pos;
}
function R49(r) { return { "uri": r.text(), "startIndex": R47(r), "endIndex": R47(r), "uom": r.text(), "depthDatum": r.text() }; }
function W50(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.GrowingObject.GrowingObjectPut record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["contentType"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["contentEncoding"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["data"]; if (x !== undefined) given++;
  if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
  w.pos = pos; w.bytes(x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K44); break; }
  w.pos = pos;
}
function R50(r) { return { "uri": r.text(), "contentType": r.text(), "contentEncoding": r.text(), "data": r.bytes() }; }
function W51(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.GrowingObject.ObjectFragment record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["contentType"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["contentEncoding"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["data"]; if (x !== undefined) given++;
  if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
  w.pos = pos; w.bytes(x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K44); break; }
  w.pos = pos;
}
function R51(r) { return { "uri": r.text(), "contentType": r.text(), "contentEncoding": r.text(), "data": r.bytes() }; }
function W52(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.StoreNotification.CancelNotification record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["requestUuid"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K45); break; }
  w.pos = pos;
}
function R52(r) { return { "requestUuid": r.text() }; }
function W53(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.StoreNotification.ChangeNotification record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["change"]; if (x !== undefined) given++;
  w.pos = pos; W54(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K46); break; }
  w.pos = pos;
}
function R53(r) { return { "change": R54(r) }; }
function W54(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.Object.ObjectChange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["changeType"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "Upsert": t0 = 0; break; case "Delete": t0 = 2; break; default: throw invalid("a Energistics.Datatypes.Object.ObjectChangeTypes symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["changeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["dataObject"]; if (x !== undefined) given++;
  w.pos = pos; W7(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K47); break; }
  w.pos = pos;
}
function R54(r) { return { "changeType": (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K48[r.buf[r.pos++] >> 1] : enumRead(r, K48, "Energistics.Datatypes.Object.ObjectChangeTypes")), "changeTime": r.long(), "dataObject": R7(r) }; }
function W55(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.StoreNotification.DeleteNotification record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["delete"]; if (x !== undefined) given++;
  w.pos = pos; W54(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K49); break; }
  w.pos = pos;
}
function R55(r) { return { "delete": R54(r) }; }
function W56(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.StoreNotification.NotificationRequest record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["request"]; if (x !== undefined) given++;
  w.pos = pos; W57(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K50); break; }
  w.pos = pos;
}
function R56(r) { return { "request": R57(r) }; }
function W57(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Datatypes.Object.NotificationRequestRecord record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["uuid"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["includeObjectData"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["startTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["objectTypes"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t1 = x.length;
  if (t1 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t2 = t1 * 2;
    if (t2 < 0x80000000) { while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2; } else { w.pos = pos; w.long(t1); buf = w.buf; pos = w.pos; }
    for (let t3 = 0; t3 < t1; t3++) {
      const t4 = x[t3];
      w.pos = pos; typeof t4 === 'string' ? w.string(t4) : writeText(w, t4); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K51); break; }
  w.pos = pos;
}
function R57(r) { return { "uri": r.text(), "uuid": r.text(), "includeObjectData": r.boolean(), "startTime": r.long(), "objectTypes": A11(r) }; }
function W58(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Store.DeleteObject record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K36); break; }
  w.pos = pos;
}
function R58(r) { return { "uri": r.text() }; }
function W59(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Store.GetObject record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K36); break; }
  w.pos = pos;
}
function R59(r) { return { "uri": r.text() }; }
function W60(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Store.Object record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataObject"]; if (x !== undefined) given++;
  w.pos = pos; W7(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K52); break; }
  w.pos = pos;
}
function R60(r) { return { "dataObject": R7(r) }; }
function W61(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.Store.PutObject record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataObject"]; if (x !== undefined) given++;
  w.pos = pos; W7(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K52); break; }
  w.pos = pos;
}
function R61(r) { return { "dataObject": R7(r) }; }
function W62(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMLS_AddToStore record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["WMLtypeIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["XMLin"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["CapabilitiesIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K53); break; }
  w.pos = pos;
}
function R62(r) { return { "WMLtypeIn": r.text(), "XMLin": r.text(), "OptionsIn": r.text(), "CapabilitiesIn": r.text() }; }
function W63(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMLS_DeleteFromStore record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["WMLtypeIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["XMLin"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["CapabilitiesIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K53); break; }
  w.pos = pos;
}
function R63(r) { return { "WMLtypeIn": r.text(), "XMLin": r.text(), "OptionsIn": r.text(), "CapabilitiesIn": r.text() }; }
function W64(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMLS_GetBaseMsg record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["ReturnValueIn"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  for (const k in v) if (--given < 0) { unknownField(v, K54); break; }
  w.pos = pos;
}
function R64(r) { return { "ReturnValueIn": r.int() }; }
function W65(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMLS_GetCap record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K55); break; }
  w.pos = pos;
}
function R65(r) { return { "OptionsIn": r.text() }; }
function W66(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMLS_GetFromStore record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["WMLtypeIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["XMLin"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["CapabilitiesIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K53); break; }
  w.pos = pos;
}
function R66(r) { return { "WMLtypeIn": r.text(), "XMLin": r.text(), "OptionsIn": r.text(), "CapabilitiesIn": r.text() }; }
function W67(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMLS_GetVersion record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K26); break; }
  w.pos = pos;
}
function R67(r) { return {  }; }
function W68(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMLS_UpdateInStore record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["WMLtypeIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["XMLin"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["CapabilitiesIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K53); break; }
  w.pos = pos;
}
function R68(r) { return { "WMLtypeIn": r.text(), "XMLin": r.text(), "OptionsIn": r.text(), "CapabilitiesIn": r.text() }; }
function W69(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMSL_AddToStoreResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["SuppMsgOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K56); break; }
  w.pos = pos;
}
function R69(r) { return { "Result": r.int(), "SuppMsgOut": r.text() }; }
function W70(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMSL_DeleteFromStoreResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["SuppMsgOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K56); break; }
  w.pos = pos;
}
function R70(r) { return { "Result": r.int(), "SuppMsgOut": r.text() }; }
function W71(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMSL_GetBaseMsgResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K57); break; }
  w.pos = pos;
}
function R71(r) { return { "Result": r.text() }; }
function W72(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMSL_GetCapResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["CapabilitiesOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["SuppMsgOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K58); break; }
  w.pos = pos;
}
function R72(r) { return { "Result": r.int(), "CapabilitiesOut": r.text(), "SuppMsgOut": r.text() }; }
function W73(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMSL_GetFromStoreResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["XMLout"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["SuppMsgOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K59); break; }
  w.pos = pos;
}
function R73(r) { return { "Result": r.int(), "XMLout": r.text(), "SuppMsgOut": r.text() }; }
function W74(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMSL_GetVersionResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K57); break; }
  w.pos = pos;
}
function R74(r) { return { "Result": r.text() }; }
function W75(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Protocol.WitsmlSoap.WMSL_UpdateInStoreResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["SuppMsgOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K56); break; }
  w.pos = pos;
}
function R75(r) { return { "Result": r.int(), "SuppMsgOut": r.text() }; }
function A0(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.long(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.long()); } return out; }
function A1(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R1(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R1(r)); } return out; }
function A2(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R2(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R2(r)); } return out; }
function U3(r) { switch ((r.buf[r.pos] < 18 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(9))) { case 0: return null; case 1: return { "double": r.double() }; case 2: return { "float": r.float() }; case 3: return { "int": r.int() }; case 4: return { "long": r.long() }; case 5: return { "string": r.text() }; case 6: return { "Energistics.Datatypes.ArrayOfDouble": R3(r) }; case 7: return { "boolean": r.boolean() }; case 8: return { "bytes": r.bytes() }; } return null; }
function A4(r) { if (r.typedFloats) return r.floatArray(Float64Array); if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(8, 'array'); if (n === 0) return []; const out = new Array(n); r.doubles(out, 0, n); while ((n = r.block(8, 'array')) !== 0) { const at = out.length; out.length = at + n; r.doubles(out, at, n); } return out; }
function A5(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(16, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R5(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(16, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R5(r)); } return out; }
function A6(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(10, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R6(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(10, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R6(r)); } return out; }
function V7(r) { return R2(r); }
function V8(r) { return r.text(); }
function A9(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(4, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R11(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(4, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R11(r)); } return out; }
function A10(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R12(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R12(r)); } return out; }
function A11(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.text(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.text()); } return out; }
function A12(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(3, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R17(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(3, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R17(r)); } return out; }
function A13(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(3, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R21(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(3, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R21(r)); } return out; }
function U14(r) { switch ((r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(3))) { case 0: return null; case 1: return { "int": r.int() }; case 2: return { "long": r.long() }; } return null; }
function A15(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(7, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R28(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(7, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R28(r)); } return out; }
function U16(r) { switch ((r.buf[r.pos] < 14 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(7))) { case 0: return null; case 1: return { "Energistics.Datatypes.ArrayOfBoolean": R35(r) }; case 2: return { "bytes": r.bytes() }; case 3: return { "Energistics.Datatypes.ArrayOfInt": R36(r) }; case 4: return { "Energistics.Datatypes.ArrayOfLong": R37(r) }; case 5: return { "Energistics.Datatypes.ArrayOfFloat": R38(r) }; case 6: return { "Energistics.Datatypes.ArrayOfDouble": R3(r) }; } return null; }
function A17(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.boolean(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.boolean()); } return out; }
function A18(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.int(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.int()); } return out; }
function A19(r) { if (r.typedFloats) return r.floatArray(Float32Array); if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(4, 'array'); if (n === 0) return []; const out = new Array(n); r.floats(out, 0, n); while ((n = r.block(4, 'array')) !== 0) { const at = out.length; out.length = at + n; r.floats(out, at, n); } return out; }
function U20(r) { switch ((r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(3))) { case 0: return null; case 1: return { "long": r.long() }; case 2: return { "double": r.double() }; } return null; }
return { write: {
  "Energistics.Protocol.ChannelDataFrame.ChannelDataFrameSet": W0,
  "Energistics.Datatypes.ChannelData.DataFrame": W1,
  "Energistics.Datatypes.DataValue": W2,
  "Energistics.Datatypes.ArrayOfDouble": W3,
  "Energistics.Protocol.ChannelDataFrame.ChannelMetadata": W4,
  "Energistics.Datatypes.ChannelData.ChannelMetadataRecord": W5,
  "Energistics.Datatypes.ChannelData.IndexMetadataRecord": W6,
  "Energistics.Datatypes.Object.DataObject": W7,
  "Energistics.Datatypes.Object.Resource": W8,
  "Energistics.Protocol.ChannelDataFrame.RequestChannelData": W9,
  "Energistics.Protocol.ChannelStreaming.ChannelData": W10,
  "Energistics.Datatypes.ChannelData.DataItem": W11,
  "Energistics.Datatypes.DataAttribute": W12,
  "Energistics.Protocol.ChannelStreaming.ChannelDataChange": W13,
  "Energistics.Protocol.ChannelStreaming.ChannelDescribe": W14,
  "Energistics.Protocol.ChannelStreaming.ChannelMetadata": W15,
  "Energistics.Protocol.ChannelStreaming.ChannelRangeRequest": W16,
  "Energistics.Datatypes.ChannelData.ChannelRangeInfo": W17,
  "Energistics.Protocol.ChannelStreaming.ChannelRemove": W18,
  "Energistics.Protocol.ChannelStreaming.ChannelStatusChange": W19,
  "Energistics.Protocol.ChannelStreaming.ChannelStreamingStart": W20,
  "Energistics.Datatypes.ChannelData.ChannelStreamingInfo": W21,
  "Energistics.Datatypes.ChannelData.StreamingStartIndex": W22,
  "Energistics.Protocol.ChannelStreaming.ChannelStreamingStop": W23,
  "Energistics.Protocol.ChannelStreaming.Start": W24,
  "Energistics.Protocol.Core.Acknowledge": W25,
  "Energistics.Protocol.Core.CloseSession": W26,
  "Energistics.Protocol.Core.OpenSession": W27,
  "Energistics.Datatypes.SupportedProtocol": W28,
  "Energistics.Datatypes.Version": W29,
  "Energistics.Protocol.Core.ProtocolException": W30,
  "Energistics.Protocol.Core.RenewSecurityToken": W31,
  "Energistics.Protocol.Core.RequestSession": W32,
  "Energistics.Protocol.DataArray.DataArray": W33,
  "Energistics.Datatypes.AnyArray": W34,
  "Energistics.Datatypes.ArrayOfBoolean": W35,
  "Energistics.Datatypes.ArrayOfInt": W36,
  "Energistics.Datatypes.ArrayOfLong": W37,
  "Energistics.Datatypes.ArrayOfFloat": W38,
  "Energistics.Protocol.DataArray.GetDataArray": W39,
  "Energistics.Protocol.DataArray.GetDataArraySlice": W40,
  "Energistics.Protocol.DataArray.PutDataArray": W41,
  "Energistics.Protocol.DataArray.PutDataArraySlice": W42,
  "Energistics.Protocol.Discovery.GetResources": W43,
  "Energistics.Protocol.Discovery.GetResourcesResponse": W44,
  "Energistics.Protocol.GrowingObject.GrowingObjectDelete": W45,
  "Energistics.Protocol.GrowingObject.GrowingObjectDeleteRange": W46,
  "Energistics.Datatypes.Object.GrowingObjectIndex": W47,
  "Energistics.Protocol.GrowingObject.GrowingObjectGet": W48,
  "Energistics.Protocol.GrowingObject.GrowingObjectGetRange": W49,
  "Energistics.Protocol.GrowingObject.GrowingObjectPut": W50,
  "Energistics.Protocol.GrowingObject.ObjectFragment": W51,
  "Energistics.Protocol.StoreNotification.CancelNotification": W52,
  "Energistics.Protocol.StoreNotification.ChangeNotification": W53,
  "Energistics.Datatypes.Object.ObjectChange": W54,
  "Energistics.Protocol.StoreNotification.DeleteNotification": W55,
  "Energistics.Protocol.StoreNotification.NotificationRequest": W56,
  "Energistics.Datatypes.Object.NotificationRequestRecord": W57,
  "Energistics.Protocol.Store.DeleteObject": W58,
  "Energistics.Protocol.Store.GetObject": W59,
  "Energistics.Protocol.Store.Object": W60,
  "Energistics.Protocol.Store.PutObject": W61,
  "Energistics.Protocol.WitsmlSoap.WMLS_AddToStore": W62,
  "Energistics.Protocol.WitsmlSoap.WMLS_DeleteFromStore": W63,
  "Energistics.Protocol.WitsmlSoap.WMLS_GetBaseMsg": W64,
  "Energistics.Protocol.WitsmlSoap.WMLS_GetCap": W65,
  "Energistics.Protocol.WitsmlSoap.WMLS_GetFromStore": W66,
  "Energistics.Protocol.WitsmlSoap.WMLS_GetVersion": W67,
  "Energistics.Protocol.WitsmlSoap.WMLS_UpdateInStore": W68,
  "Energistics.Protocol.WitsmlSoap.WMSL_AddToStoreResponse": W69,
  "Energistics.Protocol.WitsmlSoap.WMSL_DeleteFromStoreResponse": W70,
  "Energistics.Protocol.WitsmlSoap.WMSL_GetBaseMsgResponse": W71,
  "Energistics.Protocol.WitsmlSoap.WMSL_GetCapResponse": W72,
  "Energistics.Protocol.WitsmlSoap.WMSL_GetFromStoreResponse": W73,
  "Energistics.Protocol.WitsmlSoap.WMSL_GetVersionResponse": W74,
  "Energistics.Protocol.WitsmlSoap.WMSL_UpdateInStoreResponse": W75,
}, read: {
  "Energistics.Protocol.ChannelDataFrame.ChannelDataFrameSet": R0,
  "Energistics.Datatypes.ChannelData.DataFrame": R1,
  "Energistics.Datatypes.DataValue": R2,
  "Energistics.Datatypes.ArrayOfDouble": R3,
  "Energistics.Protocol.ChannelDataFrame.ChannelMetadata": R4,
  "Energistics.Datatypes.ChannelData.ChannelMetadataRecord": R5,
  "Energistics.Datatypes.ChannelData.IndexMetadataRecord": R6,
  "Energistics.Datatypes.Object.DataObject": R7,
  "Energistics.Datatypes.Object.Resource": R8,
  "Energistics.Protocol.ChannelDataFrame.RequestChannelData": R9,
  "Energistics.Protocol.ChannelStreaming.ChannelData": R10,
  "Energistics.Datatypes.ChannelData.DataItem": R11,
  "Energistics.Datatypes.DataAttribute": R12,
  "Energistics.Protocol.ChannelStreaming.ChannelDataChange": R13,
  "Energistics.Protocol.ChannelStreaming.ChannelDescribe": R14,
  "Energistics.Protocol.ChannelStreaming.ChannelMetadata": R15,
  "Energistics.Protocol.ChannelStreaming.ChannelRangeRequest": R16,
  "Energistics.Datatypes.ChannelData.ChannelRangeInfo": R17,
  "Energistics.Protocol.ChannelStreaming.ChannelRemove": R18,
  "Energistics.Protocol.ChannelStreaming.ChannelStatusChange": R19,
  "Energistics.Protocol.ChannelStreaming.ChannelStreamingStart": R20,
  "Energistics.Datatypes.ChannelData.ChannelStreamingInfo": R21,
  "Energistics.Datatypes.ChannelData.StreamingStartIndex": R22,
  "Energistics.Protocol.ChannelStreaming.ChannelStreamingStop": R23,
  "Energistics.Protocol.ChannelStreaming.Start": R24,
  "Energistics.Protocol.Core.Acknowledge": R25,
  "Energistics.Protocol.Core.CloseSession": R26,
  "Energistics.Protocol.Core.OpenSession": R27,
  "Energistics.Datatypes.SupportedProtocol": R28,
  "Energistics.Datatypes.Version": R29,
  "Energistics.Protocol.Core.ProtocolException": R30,
  "Energistics.Protocol.Core.RenewSecurityToken": R31,
  "Energistics.Protocol.Core.RequestSession": R32,
  "Energistics.Protocol.DataArray.DataArray": R33,
  "Energistics.Datatypes.AnyArray": R34,
  "Energistics.Datatypes.ArrayOfBoolean": R35,
  "Energistics.Datatypes.ArrayOfInt": R36,
  "Energistics.Datatypes.ArrayOfLong": R37,
  "Energistics.Datatypes.ArrayOfFloat": R38,
  "Energistics.Protocol.DataArray.GetDataArray": R39,
  "Energistics.Protocol.DataArray.GetDataArraySlice": R40,
  "Energistics.Protocol.DataArray.PutDataArray": R41,
  "Energistics.Protocol.DataArray.PutDataArraySlice": R42,
  "Energistics.Protocol.Discovery.GetResources": R43,
  "Energistics.Protocol.Discovery.GetResourcesResponse": R44,
  "Energistics.Protocol.GrowingObject.GrowingObjectDelete": R45,
  "Energistics.Protocol.GrowingObject.GrowingObjectDeleteRange": R46,
  "Energistics.Datatypes.Object.GrowingObjectIndex": R47,
  "Energistics.Protocol.GrowingObject.GrowingObjectGet": R48,
  "Energistics.Protocol.GrowingObject.GrowingObjectGetRange": R49,
  "Energistics.Protocol.GrowingObject.GrowingObjectPut": R50,
  "Energistics.Protocol.GrowingObject.ObjectFragment": R51,
  "Energistics.Protocol.StoreNotification.CancelNotification": R52,
  "Energistics.Protocol.StoreNotification.ChangeNotification": R53,
  "Energistics.Datatypes.Object.ObjectChange": R54,
  "Energistics.Protocol.StoreNotification.DeleteNotification": R55,
  "Energistics.Protocol.StoreNotification.NotificationRequest": R56,
  "Energistics.Datatypes.Object.NotificationRequestRecord": R57,
  "Energistics.Protocol.Store.DeleteObject": R58,
  "Energistics.Protocol.Store.GetObject": R59,
  "Energistics.Protocol.Store.Object": R60,
  "Energistics.Protocol.Store.PutObject": R61,
  "Energistics.Protocol.WitsmlSoap.WMLS_AddToStore": R62,
  "Energistics.Protocol.WitsmlSoap.WMLS_DeleteFromStore": R63,
  "Energistics.Protocol.WitsmlSoap.WMLS_GetBaseMsg": R64,
  "Energistics.Protocol.WitsmlSoap.WMLS_GetCap": R65,
  "Energistics.Protocol.WitsmlSoap.WMLS_GetFromStore": R66,
  "Energistics.Protocol.WitsmlSoap.WMLS_GetVersion": R67,
  "Energistics.Protocol.WitsmlSoap.WMLS_UpdateInStore": R68,
  "Energistics.Protocol.WitsmlSoap.WMSL_AddToStoreResponse": R69,
  "Energistics.Protocol.WitsmlSoap.WMSL_DeleteFromStoreResponse": R70,
  "Energistics.Protocol.WitsmlSoap.WMSL_GetBaseMsgResponse": R71,
  "Energistics.Protocol.WitsmlSoap.WMSL_GetCapResponse": R72,
  "Energistics.Protocol.WitsmlSoap.WMSL_GetFromStoreResponse": R73,
  "Energistics.Protocol.WitsmlSoap.WMSL_GetVersionResponse": R74,
  "Energistics.Protocol.WitsmlSoap.WMSL_UpdateInStoreResponse": R75,
} };
};
export default code;
