// Generated: the encoders and decoders of every message of the built-in ETP 1.2 catalog, written by `npm run generate` (scripts/generate.ts): do not edit.
// @ts-nocheck
import type { PrebuiltCode } from '../runtime.js';

const code: PrebuiltCode = (runtime) => {
  const { invalid, writeLong, onlyKey, F64, B64, F32, B32, mapRead, mapWrite, enumRead, unknownField, writeText } = runtime;
const K0 = ["uri","includeAllChannelSecondaryIndexes"];
const K1 = ["requestUuid"];
const K2 = ["frame"];
const K3 = ["indexes","points"];
const K4 = "a {branch: value} object with one of null, long, double, Energistics.Etp.v12.Datatypes.ChannelData.PassIndexedDepth";
const K5 = ["item"];
const K6 = ["pass","direction","depth"];
const K7 = ["Up","HoldingSteady","Down"];
const K8 = [];
const K9 = ["value","valueAttributes"];
const K10 = "a {branch: value} object with one of null, boolean, int, long, float, double, string, Energistics.Etp.v12.Datatypes.ArrayOfBoolean, Energistics.Etp.v12.Datatypes.ArrayOfNullableBoolean, Energistics.Etp.v12.Datatypes.ArrayOfInt, Energistics.Etp.v12.Datatypes.ArrayOfNullableInt, Energistics.Etp.v12.Datatypes.ArrayOfLong, Energistics.Etp.v12.Datatypes.ArrayOfNullableLong, Energistics.Etp.v12.Datatypes.ArrayOfFloat, Energistics.Etp.v12.Datatypes.ArrayOfDouble, Energistics.Etp.v12.Datatypes.ArrayOfString, Energistics.Etp.v12.Datatypes.ArrayOfBytes, bytes, Energistics.Etp.v12.Datatypes.AnySparseArray";
const K11 = ["values"];
const K12 = ["slices"];
const K13 = ["start","slice"];
const K14 = "a {branch: value} object with one of Energistics.Etp.v12.Datatypes.ArrayOfBoolean, Energistics.Etp.v12.Datatypes.ArrayOfInt, Energistics.Etp.v12.Datatypes.ArrayOfLong, Energistics.Etp.v12.Datatypes.ArrayOfFloat, Energistics.Etp.v12.Datatypes.ArrayOfDouble, Energistics.Etp.v12.Datatypes.ArrayOfString, bytes";
const K15 = ["attributeId","attributeValue"];
const K16 = ["uri","includeAllChannelSecondaryIndexes","requestedInterval","requestUuid","requestedSecondaryIntervals"];
const K17 = "";
const K18 = ["startIndex","endIndex","uom","depthDatum"];
const K19 = ["uri","indexes","channels"];
const K20 = "DateTime";
const K21 = "Increasing";
const K22 = ["indexKind","interval","direction","name","uom","depthDatum","indexPropertyKindUri","filterable"];
const K23 = ["DateTime","ElapsedTime","MeasuredDepth","TrueVerticalDepth","PassIndexedDepth","Pressure","Temperature","Scalar"];
const K24 = ["Increasing","Decreasing","Unordered"];
const K25 = {};
const K26 = ["uri","channelName","dataKind","uom","depthDatum","channelPropertyKindUri","status","source","axisVectorLengths","attributeMetadata","customData"];
const K27 = ["DateTime","ElapsedTime","MeasuredDepth","PassIndexedDepth","TrueVerticalDepth","typeBoolean","typeInt","typeLong","typeFloat","typeDouble","typeString","typeBytes"];
const K28 = ["Active","Inactive"];
const K29 = ["attributeId","attributeName","dataKind","uom","depthDatum","attributePropertyKindUri","axisVectorLengths"];
const K30 = ["channelUris","indexes"];
const K31 = ["reason","id"];
const K32 = ["id"];
const K33 = ["uris"];
const K34 = ["channelChangeTime"];
const K35 = ["channelsTruncatedTime"];
const K36 = ["data"];
const K37 = ["channelId","indexes","value","valueAttributes"];
const K38 = ["channels"];
const K39 = ["channelId","newEndIndex"];
const K40 = ["changedInterval","channelIds","data"];
const K41 = ["metadata","preferRealtime","dataChanges"];
const K42 = ["uri","id","indexes","channelName","dataKind","uom","depthDatum","channelClassUri","status","source","axisVectorLengths","attributeMetadata","customData"];
const K43 = ["success"];
const K44 = ["reason","channelIds"];
const K45 = ["channelIds"];
const K46 = ["channels","latestOnly"];
const K47 = ["sinceChangeTime","channelIds"];
const K48 = ["channelId","startIndex","dataChanges","requestLatestIndexCount"];
const K49 = ["channels","changeTime"];
const K50 = ["changeTime","channelIds","changedInterval","data"];
const K51 = ["requestUuid","channelRanges"];
const K52 = ["channelIds","interval","secondaryIntervals"];
const K53 = ["metadata"];
const K54 = ["changes"];
const K55 = ["responseTimestamp","changes"];
const K56 = ["changeTime","interval"];
const K57 = ["authorization","supplementalAuthorization"];
const K58 = ["success","challenges"];
const K59 = ["reason"];
const K60 = ["currentDateTime"];
const K61 = ["error","errors"];
const K62 = ["message","code"];
const K63 = ["xml"];
const K64 = ["applicationName","applicationVersion","serverInstanceId","supportedProtocols","supportedDataObjects","supportedCompression","supportedFormats","currentDateTime","earliestRetainedChangeTime","sessionId","endpointCapabilities"];
const K65 = ["protocol","protocolVersion","role","protocolCapabilities"];
const K66 = ["major","minor","revision","patch"];
const K67 = ["qualifiedType","dataObjectCapabilities"];
const K68 = ["applicationName","applicationVersion","clientInstanceId","requestedProtocols","supportedDataObjects","supportedCompression","supportedFormats","currentDateTime","earliestRetainedChangeTime","serverAuthorizationRequired","endpointCapabilities"];
const K69 = ["dataArrays"];
const K70 = ["dimensions","data"];
const K71 = ["dataSubarrays"];
const K72 = ["uri","pathInResource"];
const K73 = ["uid","starts","counts"];
const K74 = ["arrayMetadata"];
const K75 = ["dimensions","preferredSubarrayDimensions","transportArrayType","logicalArrayType","storeLastWrite","storeCreated","customData"];
const K76 = ["arrayOfBoolean","arrayOfInt","arrayOfLong","arrayOfFloat","arrayOfDouble","arrayOfString","bytes"];
const K77 = ["arrayOfBoolean","arrayOfInt8","arrayOfUInt8","arrayOfInt16LE","arrayOfInt32LE","arrayOfInt64LE","arrayOfUInt16LE","arrayOfUInt32LE","arrayOfUInt64LE","arrayOfFloat32LE","arrayOfDouble64LE","arrayOfInt16BE","arrayOfInt32BE","arrayOfInt64BE","arrayOfUInt16BE","arrayOfUInt32BE","arrayOfUInt64BE","arrayOfFloat32BE","arrayOfDouble64BE","arrayOfString","arrayOfCustom"];
const K78 = ["uid","array","customData"];
const K79 = ["uid","data","starts","counts"];
const K80 = ["uid","metadata"];
const K81 = ["storeLastWriteFilter"];
const K82 = ["dataspaces"];
const K83 = ["uri","path","storeLastWrite","storeCreated","customData"];
const K84 = ["context","scope","storeLastWriteFilter","activeStatusFilter"];
const K85 = ["self","sources","targets","sourcesOrSelf","targetsOrSelf"];
const K86 = ["uri","depth","dataObjectTypes","navigableEdges","includeSecondaryTargets","includeSecondarySources"];
const K87 = ["Primary","Secondary","Both"];
const K88 = ["resources","serverSortOrder"];
const K89 = ["uri","alternateUris","name","sourceCount","targetCount","lastChanged","storeLastWrite","storeCreated","activeStatus","customData"];
const K90 = ["dataspaceUri","deleteTimeFilter","dataObjectTypes"];
const K91 = ["deletedResources"];
const K92 = ["uri","deletedTime","customData"];
const K93 = ["context","scope","countObjects","storeLastWriteFilter","activeStatusFilter","includeEdges"];
const K94 = ["edges"];
const K95 = ["sourceUri","targetUri","relationshipKind","customData"];
const K96 = ["resources"];
const K97 = ["uri","requestUuid","changeTime","uids"];
const K98 = ["reason","requestUuid"];
const K99 = ["uri","requestUuid","changeKind","changeTime","format","parts"];
const K100 = ["insert","update","authorized","joined","unjoined","joinedSubscription","unjoinedSubscription"];
const K101 = ["uid","data"];
const K102 = ["uri","requestUuid","changeTime","deletedInterval","includeOverlappingIntervals","format","parts"];
const K103 = ["request"];
const K104 = "xml";
const K105 = ["context","scope","requestUuid","includeObjectData","format"];
const K106 = ["subscriptions"];
const K107 = ["uri","format"];
const K108 = ["uri","serverSortOrder","format","parts"];
const K109 = ["uri","uids"];
const K110 = ["sinceChangeTime","uris","latestOnly"];
const K111 = ["uris","format"];
const K112 = ["uri","format","uids"];
const K113 = ["uri","format","indexInterval","includeOverlappingIntervals"];
const K114 = ["uri","format","parts"];
const K115 = ["uri","deleteInterval","includeOverlappingIntervals","format","parts"];
const K116 = ["uri","name","index","customData"];
const K117 = ["dataObjects"];
const K118 = new Uint8Array([]);
const K119 = ["resource","format","blobId","data"];
const K120 = ["blobId","data","final"];
const K121 = ["uri","changeTime","requestUuid"];
const K122 = ["activeStatus","changeTime","resource","requestUuid"];
const K123 = ["change","requestUuid"];
const K124 = ["changeKind","changeTime","dataObject"];
const K125 = ["context","scope","storeLastWriteFilter","activeStatusFilter","format"];
const K126 = ["dataObjects","serverSortOrder"];
const K127 = ["uris","pruneContainedObjects"];
const K128 = ["deletedUris"];
const K129 = ["createdContainedObjectUris","deletedContainedObjectUris","joinedContainedObjectUris","unjoinedContainedObjectUris"];
const K130 = ["dataObjects","pruneContainedObjects"];
const K131 = ["uri","scope","returnEmptyTypes","countObjects"];
const K132 = ["supportedTypes"];
const K133 = ["dataObjectType","objectCount","relationshipKind"];
const K134 = [""];
const K135 = ["readOnly","message","dataspaceUris"];
const K136 = ["transactionUuid"];
const K137 = ["transactionUuid","successful","failureReason"];
const K138 = ["WMLtypeIn","XMLin","OptionsIn","CapabilitiesIn"];
const K139 = ["Result","SuppMsgOut"];
const K140 = ["ReturnValueIn"];
const K141 = ["OptionsIn"];
const K142 = ["Result"];
const K143 = ["Result","CapabilitiesOut","SuppMsgOut"];
const K144 = ["Result","XMLout","SuppMsgOut"];
function W0(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameMetadata record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["includeAllChannelSecondaryIndexes"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K0); break; }
  w.pos = pos;
}
function R0(r) { return { "uri": r.text(), "includeAllChannelSecondaryIndexes": r.boolean() }; }
function W1(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataFrame.CancelGetFrame record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K1); break; }
  w.pos = pos;
}
function R1(r) { return { "requestUuid": r.uuid() }; }
function W2(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseRows record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["frame"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W3(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K2); break; }
  w.pos = pos;
}
function R2(r) { return { "frame": A0(r) }; }
function W3(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.FrameRow record", v);
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
      w.pos = pos; W4(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["points"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t4 = x.length;
  if (t4 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = t4 * 2;
    if (t5 < 0x80000000) { while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5; } else { w.pos = pos; w.long(t4); buf = w.buf; pos = w.pos; }
    for (let t6 = 0; t6 < t4; t6++) {
      const t7 = x[t6];
      w.pos = pos; W6(w, t7); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K3); break; }
  w.pos = pos;
}
function R3(r) { return { "indexes": A1(r), "points": A2(r) }; }
function W4(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.IndexValue record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["item"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (typeof x !== 'object') throw invalid(K4, x);
    let t0;
    if ((t0 = x["long"]) !== undefined) {
      onlyKey(x, "long", K4);
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
      onlyKey(x, "double", K4);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 4;
      if (typeof t0 !== 'number') throw invalid('a double', t0);
      if (pos + 8 > buf.length) { w.pos = pos; w.ensure(8); buf = w.buf; }
      F64[0] = t0; buf[pos] = B64[0]; buf[pos + 1] = B64[1]; buf[pos + 2] = B64[2]; buf[pos + 3] = B64[3]; buf[pos + 4] = B64[4]; buf[pos + 5] = B64[5]; buf[pos + 6] = B64[6]; buf[pos + 7] = B64[7]; pos += 8;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ChannelData.PassIndexedDepth"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ChannelData.PassIndexedDepth", K4);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 6;
      w.pos = pos; W5(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["PassIndexedDepth"]) !== undefined) {
      onlyKey(x, "PassIndexedDepth", K4);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 6;
      w.pos = pos; W5(w, t0); buf = w.buf; pos = w.pos;
    }
    else throw invalid(K4, x);
  }
  for (const k in v) if (--given < 0) { unknownField(v, K5); break; }
  w.pos = pos;
}
function R4(r) { return { "item": U3(r) }; }
function W5(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.PassIndexedDepth record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["pass"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["direction"]; if (x !== undefined) given++;
  let t1;
  switch (x) { case "Up": t1 = 0; break; case "HoldingSteady": t1 = 2; break; case "Down": t1 = 4; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.PassDirection symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  x = v["depth"]; if (x !== undefined) given++;
  if (typeof x !== 'number') throw invalid('a double', x);
  if (pos + 8 > buf.length) { w.pos = pos; w.ensure(8); buf = w.buf; }
  F64[0] = x; buf[pos] = B64[0]; buf[pos + 1] = B64[1]; buf[pos + 2] = B64[2]; buf[pos + 3] = B64[3]; buf[pos + 4] = B64[4]; buf[pos + 5] = B64[5]; buf[pos + 6] = B64[6]; buf[pos + 7] = B64[7]; pos += 8;
  for (const k in v) if (--given < 0) { unknownField(v, K6); break; }
  w.pos = pos;
}
function R5(r) { return { "pass": r.long(), "direction": (r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? K7[r.buf[r.pos++] >> 1] : enumRead(r, K7, "Energistics.Etp.v12.Datatypes.ChannelData.PassDirection")), "depth": r.double() }; }
function W6(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.FramePoint record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["value"]; if (x !== undefined) given++;
  w.pos = pos; W7(w, x); buf = w.buf; pos = w.pos;
  x = v["valueAttributes"]; if (x === undefined) x = K8; else given++;
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
  for (const k in v) if (--given < 0) { unknownField(v, K9); break; }
  w.pos = pos;
}
function R6(r) { return { "value": R7(r), "valueAttributes": A4(r) }; }
function W7(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataValue record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["item"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (typeof x !== 'object') throw invalid(K10, x);
    let t0;
    if ((t0 = x["boolean"]) !== undefined) {
      onlyKey(x, "boolean", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 2;
      if (typeof t0 !== 'boolean') throw invalid('a boolean', t0);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = t0 ? 1 : 0;
    }
    else if ((t0 = x["int"]) !== undefined) {
      onlyKey(x, "int", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 4;
      if (typeof t0 !== 'number' || (t0 | 0) !== t0) throw invalid('an int', t0);
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t1 = ((t0 << 1) ^ (t0 >> 31)) >>> 0;
      while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
    }
    else if ((t0 = x["long"]) !== undefined) {
      onlyKey(x, "long", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 6;
      if (typeof t0 === 'number' && t0 >= -0x40000000 && t0 < 0x40000000 && (t0 | 0) === t0) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t2 = ((t0 << 1) ^ (t0 >> 31)) >>> 0;
        while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
      } else {
        w.pos = pos; writeLong(w, t0); buf = w.buf; pos = w.pos;
      }
    }
    else if ((t0 = x["float"]) !== undefined) {
      onlyKey(x, "float", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 8;
      if (typeof t0 !== 'number') throw invalid('a float', t0);
      if (pos + 4 > buf.length) { w.pos = pos; w.ensure(4); buf = w.buf; }
      F32[0] = t0; buf[pos] = B32[0]; buf[pos + 1] = B32[1]; buf[pos + 2] = B32[2]; buf[pos + 3] = B32[3]; pos += 4;
    }
    else if ((t0 = x["double"]) !== undefined) {
      onlyKey(x, "double", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 10;
      if (typeof t0 !== 'number') throw invalid('a double', t0);
      if (pos + 8 > buf.length) { w.pos = pos; w.ensure(8); buf = w.buf; }
      F64[0] = t0; buf[pos] = B64[0]; buf[pos + 1] = B64[1]; buf[pos + 2] = B64[2]; buf[pos + 3] = B64[3]; buf[pos + 4] = B64[4]; buf[pos + 5] = B64[5]; buf[pos + 6] = B64[6]; buf[pos + 7] = B64[7]; pos += 8;
    }
    else if ((t0 = x["string"]) !== undefined) {
      onlyKey(x, "string", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 12;
      w.pos = pos; typeof t0 === 'string' ? w.string(t0) : writeText(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfBoolean"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfBoolean", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 14;
      w.pos = pos; W8(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfBoolean"]) !== undefined) {
      onlyKey(x, "ArrayOfBoolean", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 14;
      w.pos = pos; W8(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfNullableBoolean"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfNullableBoolean", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 16;
      w.pos = pos; W9(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfNullableBoolean"]) !== undefined) {
      onlyKey(x, "ArrayOfNullableBoolean", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 16;
      w.pos = pos; W9(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfInt"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfInt", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 18;
      w.pos = pos; W10(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfInt"]) !== undefined) {
      onlyKey(x, "ArrayOfInt", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 18;
      w.pos = pos; W10(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfNullableInt"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfNullableInt", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 20;
      w.pos = pos; W11(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfNullableInt"]) !== undefined) {
      onlyKey(x, "ArrayOfNullableInt", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 20;
      w.pos = pos; W11(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfLong"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfLong", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 22;
      w.pos = pos; W12(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfLong"]) !== undefined) {
      onlyKey(x, "ArrayOfLong", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 22;
      w.pos = pos; W12(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfNullableLong"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfNullableLong", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 24;
      w.pos = pos; W13(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfNullableLong"]) !== undefined) {
      onlyKey(x, "ArrayOfNullableLong", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 24;
      w.pos = pos; W13(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfFloat"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfFloat", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 26;
      w.pos = pos; W14(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfFloat"]) !== undefined) {
      onlyKey(x, "ArrayOfFloat", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 26;
      w.pos = pos; W14(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfDouble"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfDouble", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 28;
      w.pos = pos; W15(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfDouble"]) !== undefined) {
      onlyKey(x, "ArrayOfDouble", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 28;
      w.pos = pos; W15(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfString"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfString", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 30;
      w.pos = pos; W16(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfString"]) !== undefined) {
      onlyKey(x, "ArrayOfString", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 30;
      w.pos = pos; W16(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfBytes"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfBytes", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 32;
      w.pos = pos; W17(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfBytes"]) !== undefined) {
      onlyKey(x, "ArrayOfBytes", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 32;
      w.pos = pos; W17(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["bytes"]) !== undefined) {
      onlyKey(x, "bytes", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 34;
      if (!(t0 instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', t0);
      w.pos = pos; w.bytes(t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.AnySparseArray"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.AnySparseArray", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 36;
      w.pos = pos; W18(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["AnySparseArray"]) !== undefined) {
      onlyKey(x, "AnySparseArray", K10);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 36;
      w.pos = pos; W18(w, t0); buf = w.buf; pos = w.pos;
    }
    else throw invalid(K10, x);
  }
  for (const k in v) if (--given < 0) { unknownField(v, K5); break; }
  w.pos = pos;
}
function R7(r) { return { "item": U5(r) }; }
function W8(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfBoolean record", v);
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
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R8(r) { return { "values": A6(r) }; }
function W9(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfNullableBoolean record", v);
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
      if (t3 === null || t3 === undefined) {
        if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
        buf[pos++] = 0;
      } else {
        if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
        buf[pos++] = 2;
        if (typeof t3 !== 'boolean') throw invalid('a boolean', t3);
        if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
        buf[pos++] = t3 ? 1 : 0;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R9(r) { return { "values": A7(r) }; }
function W10(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfInt record", v);
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
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R10(r) { return { "values": A8(r) }; }
function W11(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfNullableInt record", v);
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
      if (t3 === null || t3 === undefined) {
        if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
        buf[pos++] = 0;
      } else {
        if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
        buf[pos++] = 2;
        if (typeof t3 !== 'number' || (t3 | 0) !== t3) throw invalid('an int', t3);
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
        while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R11(r) { return { "values": A9(r) }; }
function W12(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfLong record", v);
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
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R12(r) { return { "values": A10(r) }; }
function W13(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfNullableLong record", v);
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
      if (t3 === null || t3 === undefined) {
        if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
        buf[pos++] = 0;
      } else {
        if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
        buf[pos++] = 2;
        if (typeof t3 === 'number' && t3 >= -0x40000000 && t3 < 0x40000000 && (t3 | 0) === t3) {
          if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
          let t4 = ((t3 << 1) ^ (t3 >> 31)) >>> 0;
          while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
        } else {
          w.pos = pos; writeLong(w, t3); buf = w.buf; pos = w.pos;
        }
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R13(r) { return { "values": A11(r) }; }
function W14(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfFloat record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["values"]; if (x !== undefined) given++;
  if (!Array.isArray(x) && !(x instanceof Float32Array)) throw invalid('an array', x);
  w.pos = pos; const t0 = w.floats(x); buf = w.buf; pos = w.pos;
  if (t0 >= 0) throw invalid("a float", x[t0]);
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R14(r) { return { "values": A12(r) }; }
function W15(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfDouble record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["values"]; if (x !== undefined) given++;
  if (!Array.isArray(x) && !(x instanceof Float64Array)) throw invalid('an array', x);
  w.pos = pos; const t0 = w.doubles(x); buf = w.buf; pos = w.pos;
  if (t0 >= 0) throw invalid("a double", x[t0]);
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R15(r) { return { "values": A13(r) }; }
function W16(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfString record", v);
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
      w.pos = pos; typeof t3 === 'string' ? w.string(t3) : writeText(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R16(r) { return { "values": A14(r) }; }
function W17(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ArrayOfBytes record", v);
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
      if (!(t3 instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', t3);
      w.pos = pos; w.bytes(t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K11); break; }
  w.pos = pos;
}
function R17(r) { return { "values": A15(r) }; }
function W18(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.AnySparseArray record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["slices"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W19(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K12); break; }
  w.pos = pos;
}
function R18(r) { return { "slices": A16(r) }; }
function W19(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.AnySubarray record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["start"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["slice"]; if (x !== undefined) given++;
  w.pos = pos; W20(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K13); break; }
  w.pos = pos;
}
function R19(r) { return { "start": r.long(), "slice": R20(r) }; }
function W20(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.AnyArray record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["item"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    throw invalid(K14, x);
  } else {
    if (typeof x !== 'object') throw invalid(K14, x);
    let t0;
    if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfBoolean"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfBoolean", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 0;
      w.pos = pos; W8(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfBoolean"]) !== undefined) {
      onlyKey(x, "ArrayOfBoolean", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 0;
      w.pos = pos; W8(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfInt"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfInt", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 2;
      w.pos = pos; W10(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfInt"]) !== undefined) {
      onlyKey(x, "ArrayOfInt", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 2;
      w.pos = pos; W10(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfLong"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfLong", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 4;
      w.pos = pos; W12(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfLong"]) !== undefined) {
      onlyKey(x, "ArrayOfLong", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 4;
      w.pos = pos; W12(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfFloat"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfFloat", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 6;
      w.pos = pos; W14(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfFloat"]) !== undefined) {
      onlyKey(x, "ArrayOfFloat", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 6;
      w.pos = pos; W14(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfDouble"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfDouble", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 8;
      w.pos = pos; W15(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfDouble"]) !== undefined) {
      onlyKey(x, "ArrayOfDouble", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 8;
      w.pos = pos; W15(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["Energistics.Etp.v12.Datatypes.ArrayOfString"]) !== undefined) {
      onlyKey(x, "Energistics.Etp.v12.Datatypes.ArrayOfString", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 10;
      w.pos = pos; W16(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["ArrayOfString"]) !== undefined) {
      onlyKey(x, "ArrayOfString", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 10;
      w.pos = pos; W16(w, t0); buf = w.buf; pos = w.pos;
    }
    else if ((t0 = x["bytes"]) !== undefined) {
      onlyKey(x, "bytes", K14);
      if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
      buf[pos++] = 12;
      if (!(t0 instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', t0);
      w.pos = pos; w.bytes(t0); buf = w.buf; pos = w.pos;
    }
    else throw invalid(K14, x);
  }
  for (const k in v) if (--given < 0) { unknownField(v, K5); break; }
  w.pos = pos;
}
function R20(r) { return { "item": U17(r) }; }
function W21(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataAttribute record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["attributeId"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["attributeValue"]; if (x !== undefined) given++;
  w.pos = pos; W7(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K15); break; }
  w.pos = pos;
}
function R21(r) { return { "attributeId": r.int(), "attributeValue": R7(r) }; }
function W22(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrame record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["includeAllChannelSecondaryIndexes"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["requestedInterval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["requestedSecondaryIntervals"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W23(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K16); break; }
  w.pos = pos;
}
function R22(r) { return { "uri": r.text(), "includeAllChannelSecondaryIndexes": r.boolean(), "requestedInterval": R23(r), "requestUuid": r.uuid(), "requestedSecondaryIntervals": A18(r) }; }
function W23(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.IndexInterval record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["startIndex"]; if (x !== undefined) given++;
  w.pos = pos; W4(w, x); buf = w.buf; pos = w.pos;
  x = v["endIndex"]; if (x !== undefined) given++;
  w.pos = pos; W4(w, x); buf = w.buf; pos = w.pos;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depthDatum"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K18); break; }
  w.pos = pos;
}
function R23(r) { return { "startIndex": R4(r), "endIndex": R4(r), "uom": r.text(), "depthDatum": r.text() }; }
function W24(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameMetadataResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["indexes"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W25(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["channels"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t4 = x.length;
  if (t4 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = t4 * 2;
    if (t5 < 0x80000000) { while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5; } else { w.pos = pos; w.long(t4); buf = w.buf; pos = w.pos; }
    for (let t6 = 0; t6 < t4; t6++) {
      const t7 = x[t6];
      w.pos = pos; W26(w, t7); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K19); break; }
  w.pos = pos;
}
function R24(r) { return { "uri": r.text(), "indexes": A19(r), "channels": A20(r) }; }
function W25(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.IndexMetadataRecord record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["indexKind"]; if (x === undefined) x = K20; else given++;
  let t0;
  switch (x) { case "DateTime": t0 = 0; break; case "ElapsedTime": t0 = 2; break; case "MeasuredDepth": t0 = 4; break; case "TrueVerticalDepth": t0 = 6; break; case "PassIndexedDepth": t0 = 8; break; case "Pressure": t0 = 10; break; case "Temperature": t0 = 12; break; case "Scalar": t0 = 14; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.ChannelIndexKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["interval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  x = v["direction"]; if (x === undefined) x = K21; else given++;
  let t1;
  switch (x) { case "Increasing": t1 = 0; break; case "Decreasing": t1 = 2; break; case "Unordered": t1 = 4; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.IndexDirection symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  x = v["name"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depthDatum"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["indexPropertyKindUri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["filterable"]; if (x === undefined) x = true; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K22); break; }
  w.pos = pos;
}
function R25(r) { return { "indexKind": (r.buf[r.pos] < 16 && !(r.buf[r.pos] & 1) ? K23[r.buf[r.pos++] >> 1] : enumRead(r, K23, "Energistics.Etp.v12.Datatypes.ChannelData.ChannelIndexKind")), "interval": R23(r), "direction": (r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? K24[r.buf[r.pos++] >> 1] : enumRead(r, K24, "Energistics.Etp.v12.Datatypes.ChannelData.IndexDirection")), "name": r.text(), "uom": r.text(), "depthDatum": r.text(), "indexPropertyKindUri": r.text(), "filterable": r.boolean() }; }
function W26(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.FrameChannelMetadataRecord record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["channelName"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["dataKind"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "DateTime": t0 = 0; break; case "ElapsedTime": t0 = 2; break; case "MeasuredDepth": t0 = 4; break; case "PassIndexedDepth": t0 = 6; break; case "TrueVerticalDepth": t0 = 8; break; case "typeBoolean": t0 = 10; break; case "typeInt": t0 = 12; break; case "typeLong": t0 = 14; break; case "typeFloat": t0 = 16; break; case "typeDouble": t0 = 18; break; case "typeString": t0 = 20; break; case "typeBytes": t0 = 22; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.ChannelDataKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depthDatum"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["channelPropertyKindUri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["status"]; if (x !== undefined) given++;
  let t1;
  switch (x) { case "Active": t1 = 0; break; case "Inactive": t1 = 2; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  x = v["source"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["axisVectorLengths"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t2 = x.length;
  if (t2 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t3 = t2 * 2;
    if (t3 < 0x80000000) { while (t3 > 0x7f) { buf[pos++] = (t3 & 0x7f) | 0x80; t3 >>>= 7; } buf[pos++] = t3; } else { w.pos = pos; w.long(t2); buf = w.buf; pos = w.pos; }
    for (let t4 = 0; t4 < t2; t4++) {
      const t5 = x[t4];
      if (typeof t5 !== 'number' || (t5 | 0) !== t5) throw invalid('an int', t5);
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t6 = ((t5 << 1) ^ (t5 >> 31)) >>> 0;
      while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["attributeMetadata"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t7 = x.length;
  if (t7 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t8 = t7 * 2;
    if (t8 < 0x80000000) { while (t8 > 0x7f) { buf[pos++] = (t8 & 0x7f) | 0x80; t8 >>>= 7; } buf[pos++] = t8; } else { w.pos = pos; w.long(t7); buf = w.buf; pos = w.pos; }
    for (let t9 = 0; t9 < t7; t9++) {
      const t10 = x[t9];
      w.pos = pos; W27(w, t10); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K26); break; }
  w.pos = pos;
}
function R26(r) { return { "uri": r.text(), "channelName": r.text(), "dataKind": (r.buf[r.pos] < 24 && !(r.buf[r.pos] & 1) ? K27[r.buf[r.pos++] >> 1] : enumRead(r, K27, "Energistics.Etp.v12.Datatypes.ChannelData.ChannelDataKind")), "uom": r.text(), "depthDatum": r.text(), "channelPropertyKindUri": r.text(), "status": (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K28[r.buf[r.pos++] >> 1] : enumRead(r, K28, "Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind")), "source": r.text(), "axisVectorLengths": A8(r), "attributeMetadata": A21(r), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W27(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.AttributeMetadataRecord record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["attributeId"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["attributeName"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["dataKind"]; if (x !== undefined) given++;
  let t1;
  switch (x) { case "DateTime": t1 = 0; break; case "ElapsedTime": t1 = 2; break; case "MeasuredDepth": t1 = 4; break; case "PassIndexedDepth": t1 = 6; break; case "TrueVerticalDepth": t1 = 8; break; case "typeBoolean": t1 = 10; break; case "typeInt": t1 = 12; break; case "typeLong": t1 = 14; break; case "typeFloat": t1 = 16; break; case "typeDouble": t1 = 18; break; case "typeString": t1 = 20; break; case "typeBytes": t1 = 22; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.ChannelDataKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depthDatum"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["attributePropertyKindUri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["axisVectorLengths"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t2 = x.length;
  if (t2 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t3 = t2 * 2;
    if (t3 < 0x80000000) { while (t3 > 0x7f) { buf[pos++] = (t3 & 0x7f) | 0x80; t3 >>>= 7; } buf[pos++] = t3; } else { w.pos = pos; w.long(t2); buf = w.buf; pos = w.pos; }
    for (let t4 = 0; t4 < t2; t4++) {
      const t5 = x[t4];
      if (typeof t5 !== 'number' || (t5 | 0) !== t5) throw invalid('an int', t5);
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t6 = ((t5 << 1) ^ (t5 >> 31)) >>> 0;
      while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K29); break; }
  w.pos = pos;
}
function R27(r) { return { "attributeId": r.int(), "attributeName": r.text(), "dataKind": (r.buf[r.pos] < 24 && !(r.buf[r.pos] & 1) ? K27[r.buf[r.pos++] >> 1] : enumRead(r, K27, "Energistics.Etp.v12.Datatypes.ChannelData.ChannelDataKind")), "uom": r.text(), "depthDatum": r.text(), "attributePropertyKindUri": r.text(), "axisVectorLengths": A8(r) }; }
function W28(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseHeader record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelUris"]; if (x !== undefined) given++;
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
  x = v["indexes"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t4 = x.length;
  if (t4 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = t4 * 2;
    if (t5 < 0x80000000) { while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5; } else { w.pos = pos; w.long(t4); buf = w.buf; pos = w.pos; }
    for (let t6 = 0; t6 < t4; t6++) {
      const t7 = x[t6];
      w.pos = pos; W25(w, t7); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K30); break; }
  w.pos = pos;
}
function R28(r) { return { "channelUris": A14(r), "indexes": A19(r) }; }
function W29(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelsClosed record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["reason"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["id"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K31); break; }
  w.pos = pos;
}
function R29(r) { return { "reason": r.text(), "id": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V23)) }; }
function W30(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.CloseChannels record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["id"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K32); break; }
  w.pos = pos;
}
function R30(r) { return { "id": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V23)) }; }
function W31(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannels record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K33); break; }
  w.pos = pos;
}
function R31(r) { return { "uris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W32(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.ReplaceRangeResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelChangeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K34); break; }
  w.pos = pos;
}
function R32(r) { return { "channelChangeTime": r.long() }; }
function W33(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.TruncateChannelsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelsTruncatedTime"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K35); break; }
  w.pos = pos;
}
function R33(r) { return { "channelsTruncatedTime": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V23)) }; }
function W34(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelData record", v);
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
      w.pos = pos; W35(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K36); break; }
  w.pos = pos;
}
function R34(r) { return { "data": A25(r) }; }
function W35(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.DataItem record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
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
      w.pos = pos; W4(w, t4); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["value"]; if (x !== undefined) given++;
  w.pos = pos; W7(w, x); buf = w.buf; pos = w.pos;
  x = v["valueAttributes"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t5 = x.length;
  if (t5 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t6 = t5 * 2;
    if (t6 < 0x80000000) { while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6; } else { w.pos = pos; w.long(t5); buf = w.buf; pos = w.pos; }
    for (let t7 = 0; t7 < t5; t7++) {
      const t8 = x[t7];
      w.pos = pos; W21(w, t8); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K37); break; }
  w.pos = pos;
}
function R35(r) { return { "channelId": r.long(), "indexes": A1(r), "value": R7(r), "valueAttributes": A4(r) }; }
function W36(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.TruncateChannels record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W37); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K38); break; }
  w.pos = pos;
}
function R36(r) { return { "channels": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V26)) }; }
function W37(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.TruncateInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelId"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["newEndIndex"]; if (x !== undefined) given++;
  w.pos = pos; W4(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K39); break; }
  w.pos = pos;
}
function R37(r) { return { "channelId": r.long(), "newEndIndex": R4(r) }; }
function W38(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.ReplaceRange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["changedInterval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  x = v["channelIds"]; if (x !== undefined) given++;
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
      w.pos = pos; W35(w, t8); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K40); break; }
  w.pos = pos;
}
function R38(r) { return { "changedInterval": R23(r), "channelIds": A10(r), "data": A25(r) }; }
function W39(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannelsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W40); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K38); break; }
  w.pos = pos;
}
function R39(r) { return { "channels": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 16, V27)) }; }
function W40(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.OpenChannelInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["metadata"]; if (x !== undefined) given++;
  w.pos = pos; W41(w, x); buf = w.buf; pos = w.pos;
  x = v["preferRealtime"]; if (x === undefined) x = true; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["dataChanges"]; if (x === undefined) x = true; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K41); break; }
  w.pos = pos;
}
function R40(r) { return { "metadata": R41(r), "preferRealtime": r.boolean(), "dataChanges": r.boolean() }; }
function W41(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.ChannelMetadataRecord record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["id"]; if (x !== undefined) given++;
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
      w.pos = pos; W25(w, t4); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["channelName"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["dataKind"]; if (x !== undefined) given++;
  let t5;
  switch (x) { case "DateTime": t5 = 0; break; case "ElapsedTime": t5 = 2; break; case "MeasuredDepth": t5 = 4; break; case "PassIndexedDepth": t5 = 6; break; case "TrueVerticalDepth": t5 = 8; break; case "typeBoolean": t5 = 10; break; case "typeInt": t5 = 12; break; case "typeLong": t5 = 14; break; case "typeFloat": t5 = 16; break; case "typeDouble": t5 = 18; break; case "typeString": t5 = 20; break; case "typeBytes": t5 = 22; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.ChannelDataKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5;
  x = v["uom"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depthDatum"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["channelClassUri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["status"]; if (x !== undefined) given++;
  let t6;
  switch (x) { case "Active": t6 = 0; break; case "Inactive": t6 = 2; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6;
  x = v["source"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["axisVectorLengths"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t7 = x.length;
  if (t7 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t8 = t7 * 2;
    if (t8 < 0x80000000) { while (t8 > 0x7f) { buf[pos++] = (t8 & 0x7f) | 0x80; t8 >>>= 7; } buf[pos++] = t8; } else { w.pos = pos; w.long(t7); buf = w.buf; pos = w.pos; }
    for (let t9 = 0; t9 < t7; t9++) {
      const t10 = x[t9];
      if (typeof t10 !== 'number' || (t10 | 0) !== t10) throw invalid('an int', t10);
      if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
      let t11 = ((t10 << 1) ^ (t10 >> 31)) >>> 0;
      while (t11 > 0x7f) { buf[pos++] = (t11 & 0x7f) | 0x80; t11 >>>= 7; } buf[pos++] = t11;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["attributeMetadata"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t12 = x.length;
  if (t12 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t13 = t12 * 2;
    if (t13 < 0x80000000) { while (t13 > 0x7f) { buf[pos++] = (t13 & 0x7f) | 0x80; t13 >>>= 7; } buf[pos++] = t13; } else { w.pos = pos; w.long(t12); buf = w.buf; pos = w.pos; }
    for (let t14 = 0; t14 < t12; t14++) {
      const t15 = x[t14];
      w.pos = pos; W27(w, t15); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K42); break; }
  w.pos = pos;
}
function R41(r) { return { "uri": r.text(), "id": r.long(), "indexes": A19(r), "channelName": r.text(), "dataKind": (r.buf[r.pos] < 24 && !(r.buf[r.pos] & 1) ? K27[r.buf[r.pos++] >> 1] : enumRead(r, K27, "Energistics.Etp.v12.Datatypes.ChannelData.ChannelDataKind")), "uom": r.text(), "depthDatum": r.text(), "channelClassUri": r.text(), "status": (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K28[r.buf[r.pos++] >> 1] : enumRead(r, K28, "Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind")), "source": r.text(), "axisVectorLengths": A8(r), "attributeMetadata": A21(r), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W42(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K8); break; }
  w.pos = pos;
}
function R42(r) { return {  }; }
function W43(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelStreaming.StopStreaming record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K8); break; }
  w.pos = pos;
}
function R43(r) { return {  }; }
function W44(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData record", v);
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
      w.pos = pos; W35(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K36); break; }
  w.pos = pos;
}
function R44(r) { return { "data": A25(r) }; }
function W45(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelStreaming.TruncateChannels record", v);
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
      w.pos = pos; W37(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K38); break; }
  w.pos = pos;
}
function R45(r) { return { "channels": A28(r) }; }
function W46(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata record", v);
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
      w.pos = pos; W41(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K38); break; }
  w.pos = pos;
}
function R46(r) { return { "channels": A29(r) }; }
function W47(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChannelMetadata record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K33); break; }
  w.pos = pos;
}
function R47(r) { return { "uris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W48(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscribeChannelsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R48(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W49(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscriptionsStopped record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["reason"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["channelIds"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K44); break; }
  w.pos = pos;
}
function R49(r) { return { "reason": r.text(), "channelIds": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V23)) }; }
function W50(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.UnsubscribeChannels record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelIds"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K45); break; }
  w.pos = pos;
}
function R50(r) { return { "channelIds": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V23)) }; }
function W51(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.CancelGetRanges record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K1); break; }
  w.pos = pos;
}
function R51(r) { return { "requestUuid": r.uuid() }; }
function W52(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChangeAnnotations record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W53); buf = w.buf; pos = w.pos;
  x = v["latestOnly"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K46); break; }
  w.pos = pos;
}
function R52(r) { return { "channels": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V30)), "latestOnly": r.boolean() }; }
function W53(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.ChannelChangeRequestInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["sinceChangeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["channelIds"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t1 = x.length;
  if (t1 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t2 = t1 * 2;
    if (t2 < 0x80000000) { while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2; } else { w.pos = pos; w.long(t1); buf = w.buf; pos = w.pos; }
    for (let t3 = 0; t3 < t1; t3++) {
      const t4 = x[t3];
      if (typeof t4 === 'number' && t4 >= -0x40000000 && t4 < 0x40000000 && (t4 | 0) === t4) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t5 = ((t4 << 1) ^ (t4 >> 31)) >>> 0;
        while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5;
      } else {
        w.pos = pos; writeLong(w, t4); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K47); break; }
  w.pos = pos;
}
function R53(r) { return { "sinceChangeTime": r.long(), "channelIds": A10(r) }; }
function W54(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscribeChannels record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channels"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W55); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K38); break; }
  w.pos = pos;
}
function R54(r) { return { "channels": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 5, V31)) }; }
function W55(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.ChannelSubscribeInfo record", v);
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
  w.pos = pos; W4(w, x); buf = w.buf; pos = w.pos;
  x = v["dataChanges"]; if (x === undefined) x = true; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["requestLatestIndexCount"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K48); break; }
  w.pos = pos;
}
function R55(r) { return { "channelId": r.long(), "startIndex": R4(r), "dataChanges": r.boolean(), "requestLatestIndexCount": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.int()) }; }
function W56(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.ChannelData record", v);
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
      w.pos = pos; W35(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K36); break; }
  w.pos = pos;
}
function R56(r) { return { "data": A25(r) }; }
function W57(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.GetRangesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["data"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W35(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K36); break; }
  w.pos = pos;
}
function R57(r) { return { "data": A25(r) }; }
function W58(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.ChannelsTruncated record", v);
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
      w.pos = pos; W37(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["changeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t4 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K49); break; }
  w.pos = pos;
}
function R58(r) { return { "channels": A28(r), "changeTime": r.long() }; }
function W59(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.RangeReplaced record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["changeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["channelIds"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t1 = x.length;
  if (t1 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t2 = t1 * 2;
    if (t2 < 0x80000000) { while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2; } else { w.pos = pos; w.long(t1); buf = w.buf; pos = w.pos; }
    for (let t3 = 0; t3 < t1; t3++) {
      const t4 = x[t3];
      if (typeof t4 === 'number' && t4 >= -0x40000000 && t4 < 0x40000000 && (t4 | 0) === t4) {
        if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
        let t5 = ((t4 << 1) ^ (t4 >> 31)) >>> 0;
        while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5;
      } else {
        w.pos = pos; writeLong(w, t4); buf = w.buf; pos = w.pos;
      }
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["changedInterval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  x = v["data"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t6 = x.length;
  if (t6 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t7 = t6 * 2;
    if (t7 < 0x80000000) { while (t7 > 0x7f) { buf[pos++] = (t7 & 0x7f) | 0x80; t7 >>>= 7; } buf[pos++] = t7; } else { w.pos = pos; w.long(t6); buf = w.buf; pos = w.pos; }
    for (let t8 = 0; t8 < t6; t8++) {
      const t9 = x[t8];
      w.pos = pos; W35(w, t9); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K50); break; }
  w.pos = pos;
}
function R59(r) { return { "changeTime": r.long(), "channelIds": A10(r), "changedInterval": R23(r), "data": A25(r) }; }
function W60(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.GetRanges record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["channelRanges"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W61(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K51); break; }
  w.pos = pos;
}
function R60(r) { return { "requestUuid": r.uuid(), "channelRanges": A32(r) }; }
function W61(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ChannelData.ChannelRangeInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["channelIds"]; if (x !== undefined) given++;
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
  x = v["interval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  x = v["secondaryIntervals"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t5 = x.length;
  if (t5 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t6 = t5 * 2;
    if (t6 < 0x80000000) { while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6; } else { w.pos = pos; w.long(t5); buf = w.buf; pos = w.pos; }
    for (let t7 = 0; t7 < t5; t7++) {
      const t8 = x[t7];
      w.pos = pos; W23(w, t8); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K52); break; }
  w.pos = pos;
}
function R61(r) { return { "channelIds": A10(r), "interval": R23(r), "secondaryIntervals": A18(r) }; }
function W62(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChannelMetadataResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["metadata"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W41); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K53); break; }
  w.pos = pos;
}
function R62(r) { return { "metadata": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 14, V33)) }; }
function W63(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChangeAnnotationsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["changes"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W64); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K54); break; }
  w.pos = pos;
}
function R63(r) { return { "changes": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V34)) }; }
function W64(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.ChangeResponseInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["responseTimestamp"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["changes"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t1 = x.length;
  if (t1 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t2 = t1 * 2;
    if (t2 < 0x80000000) { while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2; } else { w.pos = pos; w.long(t1); buf = w.buf; pos = w.pos; }
    for (let t3 = 0; t3 < t1; t3++) {
      const t4 = x[t3];
      w.pos = pos; W65(w, t4); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K55); break; }
  w.pos = pos;
}
function R64(r) { return { "responseTimestamp": r.long(), "changes": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V36)) }; }
function W65(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.ChangeAnnotation record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["changeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["interval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K56); break; }
  w.pos = pos;
}
function R65(r) { return { "changeTime": r.long(), "interval": R23(r) }; }
function W66(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.Acknowledge record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K8); break; }
  w.pos = pos;
}
function R66(r) { return {  }; }
function W67(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.Authorize record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["authorization"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["supplementalAuthorization"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K57); break; }
  w.pos = pos;
}
function R67(r) { return { "authorization": r.text(), "supplementalAuthorization": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W68(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.AuthorizeResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["challenges"]; if (x !== undefined) given++;
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
  for (const k in v) if (--given < 0) { unknownField(v, K58); break; }
  w.pos = pos;
}
function R68(r) { return { "success": r.boolean(), "challenges": A14(r) }; }
function W69(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.CloseSession record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["reason"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K59); break; }
  w.pos = pos;
}
function R69(r) { return { "reason": r.text() }; }
function W70(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.Pong record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["currentDateTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K60); break; }
  w.pos = pos;
}
function R70(r) { return { "currentDateTime": r.long() }; }
function W71(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.Ping record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["currentDateTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K60); break; }
  w.pos = pos;
}
function R71(r) { return { "currentDateTime": r.long() }; }
function W72(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.ProtocolException record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["error"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    w.pos = pos; W73(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["errors"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W73); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K61); break; }
  w.pos = pos;
}
function R72(r) { return { "error": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : R73(r)), "errors": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V37)) }; }
function W73(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.ErrorInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["message"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["code"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  for (const k in v) if (--given < 0) { unknownField(v, K62); break; }
  w.pos = pos;
}
function R73(r) { return { "message": r.text(), "code": r.int() }; }
function W74(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.OpenSession record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["applicationName"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["applicationVersion"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["serverInstanceId"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["supportedProtocols"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W75(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["supportedDataObjects"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t4 = x.length;
  if (t4 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = t4 * 2;
    if (t5 < 0x80000000) { while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5; } else { w.pos = pos; w.long(t4); buf = w.buf; pos = w.pos; }
    for (let t6 = 0; t6 < t4; t6++) {
      const t7 = x[t6];
      w.pos = pos; W77(w, t7); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["supportedCompression"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["supportedFormats"]; if (x === undefined) x = K63; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t8 = x.length;
  if (t8 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t9 = t8 * 2;
    if (t9 < 0x80000000) { while (t9 > 0x7f) { buf[pos++] = (t9 & 0x7f) | 0x80; t9 >>>= 7; } buf[pos++] = t9; } else { w.pos = pos; w.long(t8); buf = w.buf; pos = w.pos; }
    for (let t10 = 0; t10 < t8; t10++) {
      const t11 = x[t10];
      w.pos = pos; typeof t11 === 'string' ? w.string(t11) : writeText(w, t11); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["currentDateTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t12 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t12 > 0x7f) { buf[pos++] = (t12 & 0x7f) | 0x80; t12 >>>= 7; } buf[pos++] = t12;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["earliestRetainedChangeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t13 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t13 > 0x7f) { buf[pos++] = (t13 & 0x7f) | 0x80; t13 >>>= 7; } buf[pos++] = t13;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["sessionId"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["endpointCapabilities"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K64); break; }
  w.pos = pos;
}
function R74(r) { return { "applicationName": r.text(), "applicationVersion": r.text(), "serverInstanceId": r.uuid(), "supportedProtocols": A38(r), "supportedDataObjects": A39(r), "supportedCompression": r.text(), "supportedFormats": A14(r), "currentDateTime": r.long(), "earliestRetainedChangeTime": r.long(), "sessionId": r.uuid(), "endpointCapabilities": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W75(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.SupportedProtocol record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["protocol"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["protocolVersion"]; if (x !== undefined) given++;
  w.pos = pos; W76(w, x); buf = w.buf; pos = w.pos;
  x = v["role"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["protocolCapabilities"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K65); break; }
  w.pos = pos;
}
function R75(r) { return { "protocol": r.int(), "protocolVersion": R76(r), "role": r.text(), "protocolCapabilities": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W76(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Version record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["major"]; if (x === undefined) x = 0; else given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["minor"]; if (x === undefined) x = 0; else given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  x = v["revision"]; if (x === undefined) x = 0; else given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t2 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
  x = v["patch"]; if (x === undefined) x = 0; else given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t3 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t3 > 0x7f) { buf[pos++] = (t3 & 0x7f) | 0x80; t3 >>>= 7; } buf[pos++] = t3;
  for (const k in v) if (--given < 0) { unknownField(v, K66); break; }
  w.pos = pos;
}
function R76(r) { return { "major": r.int(), "minor": r.int(), "revision": r.int(), "patch": r.int() }; }
function W77(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.SupportedDataObject record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["qualifiedType"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["dataObjectCapabilities"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K67); break; }
  w.pos = pos;
}
function R77(r) { return { "qualifiedType": r.text(), "dataObjectCapabilities": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W78(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Core.RequestSession record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["applicationName"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["applicationVersion"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["clientInstanceId"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["requestedProtocols"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W75(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["supportedDataObjects"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t4 = x.length;
  if (t4 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = t4 * 2;
    if (t5 < 0x80000000) { while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5; } else { w.pos = pos; w.long(t4); buf = w.buf; pos = w.pos; }
    for (let t6 = 0; t6 < t4; t6++) {
      const t7 = x[t6];
      w.pos = pos; W77(w, t7); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["supportedCompression"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t8 = x.length;
  if (t8 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t9 = t8 * 2;
    if (t9 < 0x80000000) { while (t9 > 0x7f) { buf[pos++] = (t9 & 0x7f) | 0x80; t9 >>>= 7; } buf[pos++] = t9; } else { w.pos = pos; w.long(t8); buf = w.buf; pos = w.pos; }
    for (let t10 = 0; t10 < t8; t10++) {
      const t11 = x[t10];
      w.pos = pos; typeof t11 === 'string' ? w.string(t11) : writeText(w, t11); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["supportedFormats"]; if (x === undefined) x = K63; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t12 = x.length;
  if (t12 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t13 = t12 * 2;
    if (t13 < 0x80000000) { while (t13 > 0x7f) { buf[pos++] = (t13 & 0x7f) | 0x80; t13 >>>= 7; } buf[pos++] = t13; } else { w.pos = pos; w.long(t12); buf = w.buf; pos = w.pos; }
    for (let t14 = 0; t14 < t12; t14++) {
      const t15 = x[t14];
      w.pos = pos; typeof t15 === 'string' ? w.string(t15) : writeText(w, t15); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["currentDateTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t16 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t16 > 0x7f) { buf[pos++] = (t16 & 0x7f) | 0x80; t16 >>>= 7; } buf[pos++] = t16;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["earliestRetainedChangeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t17 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t17 > 0x7f) { buf[pos++] = (t17 & 0x7f) | 0x80; t17 >>>= 7; } buf[pos++] = t17;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["serverAuthorizationRequired"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["endpointCapabilities"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K68); break; }
  w.pos = pos;
}
function R78(r) { return { "applicationName": r.text(), "applicationVersion": r.text(), "clientInstanceId": r.uuid(), "requestedProtocols": A38(r), "supportedDataObjects": A39(r), "supportedCompression": A14(r), "supportedFormats": A14(r), "currentDateTime": r.long(), "earliestRetainedChangeTime": r.long(), "serverAuthorizationRequired": r.boolean(), "endpointCapabilities": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W79(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.PutDataArraysResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R79(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W80(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.PutDataSubarraysResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R80(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W81(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.PutUninitializedDataArraysResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R81(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W82(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.GetDataArraysResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataArrays"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W83); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K69); break; }
  w.pos = pos;
}
function R82(r) { return { "dataArrays": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V40)) }; }
function W83(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArray record", v);
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
  w.pos = pos; W20(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K70); break; }
  w.pos = pos;
}
function R83(r) { return { "dimensions": A10(r), "data": R20(r) }; }
function W84(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.GetDataSubarraysResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataSubarrays"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W83); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K71); break; }
  w.pos = pos;
}
function R84(r) { return { "dataSubarrays": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V40)) }; }
function W85(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.GetDataArrayMetadata record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataArrays"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W86); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K69); break; }
  w.pos = pos;
}
function R85(r) { return { "dataArrays": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V41)) }; }
function W86(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArrayIdentifier record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["pathInResource"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K72); break; }
  w.pos = pos;
}
function R86(r) { return { "uri": r.text(), "pathInResource": r.text() }; }
function W87(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.GetDataArrays record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataArrays"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W86); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K69); break; }
  w.pos = pos;
}
function R87(r) { return { "dataArrays": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V41)) }; }
function W88(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.GetDataSubarrays record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataSubarrays"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W89); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K71); break; }
  w.pos = pos;
}
function R88(r) { return { "dataSubarrays": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 5, V42)) }; }
function W89(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataArrayTypes.GetDataSubarraysType record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uid"]; if (x !== undefined) given++;
  w.pos = pos; W86(w, x); buf = w.buf; pos = w.pos;
  x = v["starts"]; if (x === undefined) x = K8; else given++;
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
  x = v["counts"]; if (x === undefined) x = K8; else given++;
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
  for (const k in v) if (--given < 0) { unknownField(v, K73); break; }
  w.pos = pos;
}
function R89(r) { return { "uid": R86(r), "starts": A10(r), "counts": A10(r) }; }
function W90(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.GetDataArrayMetadataResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["arrayMetadata"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W91); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K74); break; }
  w.pos = pos;
}
function R90(r) { return { "arrayMetadata": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 8, V43)) }; }
function W91(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArrayMetadata record", v);
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
  x = v["preferredSubarrayDimensions"]; if (x === undefined) x = K8; else given++;
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
  x = v["transportArrayType"]; if (x !== undefined) given++;
  let t10;
  switch (x) { case "arrayOfBoolean": t10 = 0; break; case "arrayOfInt": t10 = 2; break; case "arrayOfLong": t10 = 4; break; case "arrayOfFloat": t10 = 6; break; case "arrayOfDouble": t10 = 8; break; case "arrayOfString": t10 = 10; break; case "bytes": t10 = 12; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.AnyArrayType symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t10 > 0x7f) { buf[pos++] = (t10 & 0x7f) | 0x80; t10 >>>= 7; } buf[pos++] = t10;
  x = v["logicalArrayType"]; if (x !== undefined) given++;
  let t11;
  switch (x) { case "arrayOfBoolean": t11 = 0; break; case "arrayOfInt8": t11 = 2; break; case "arrayOfUInt8": t11 = 4; break; case "arrayOfInt16LE": t11 = 6; break; case "arrayOfInt32LE": t11 = 8; break; case "arrayOfInt64LE": t11 = 10; break; case "arrayOfUInt16LE": t11 = 12; break; case "arrayOfUInt32LE": t11 = 14; break; case "arrayOfUInt64LE": t11 = 16; break; case "arrayOfFloat32LE": t11 = 18; break; case "arrayOfDouble64LE": t11 = 20; break; case "arrayOfInt16BE": t11 = 22; break; case "arrayOfInt32BE": t11 = 24; break; case "arrayOfInt64BE": t11 = 26; break; case "arrayOfUInt16BE": t11 = 28; break; case "arrayOfUInt32BE": t11 = 30; break; case "arrayOfUInt64BE": t11 = 32; break; case "arrayOfFloat32BE": t11 = 34; break; case "arrayOfDouble64BE": t11 = 36; break; case "arrayOfString": t11 = 38; break; case "arrayOfCustom": t11 = 40; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.AnyLogicalArrayType symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t11 > 0x7f) { buf[pos++] = (t11 & 0x7f) | 0x80; t11 >>>= 7; } buf[pos++] = t11;
  x = v["storeLastWrite"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t12 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t12 > 0x7f) { buf[pos++] = (t12 & 0x7f) | 0x80; t12 >>>= 7; } buf[pos++] = t12;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["storeCreated"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t13 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t13 > 0x7f) { buf[pos++] = (t13 & 0x7f) | 0x80; t13 >>>= 7; } buf[pos++] = t13;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K75); break; }
  w.pos = pos;
}
function R91(r) { return { "dimensions": A10(r), "preferredSubarrayDimensions": A10(r), "transportArrayType": (r.buf[r.pos] < 14 && !(r.buf[r.pos] & 1) ? K76[r.buf[r.pos++] >> 1] : enumRead(r, K76, "Energistics.Etp.v12.Datatypes.AnyArrayType")), "logicalArrayType": (r.buf[r.pos] < 42 && !(r.buf[r.pos] & 1) ? K77[r.buf[r.pos++] >> 1] : enumRead(r, K77, "Energistics.Etp.v12.Datatypes.AnyLogicalArrayType")), "storeLastWrite": r.long(), "storeCreated": r.long(), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W92(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.PutDataArrays record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataArrays"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W93); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K69); break; }
  w.pos = pos;
}
function R92(r) { return { "dataArrays": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 6, V44)) }; }
function W93(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataArrayTypes.PutDataArraysType record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uid"]; if (x !== undefined) given++;
  w.pos = pos; W86(w, x); buf = w.buf; pos = w.pos;
  x = v["array"]; if (x !== undefined) given++;
  w.pos = pos; W83(w, x); buf = w.buf; pos = w.pos;
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K78); break; }
  w.pos = pos;
}
function R93(r) { return { "uid": R86(r), "array": R83(r), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W94(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.PutDataSubarrays record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataSubarrays"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W95); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K71); break; }
  w.pos = pos;
}
function R94(r) { return { "dataSubarrays": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 6, V45)) }; }
function W95(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataArrayTypes.PutDataSubarraysType record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uid"]; if (x !== undefined) given++;
  w.pos = pos; W86(w, x); buf = w.buf; pos = w.pos;
  x = v["data"]; if (x !== undefined) given++;
  w.pos = pos; W20(w, x); buf = w.buf; pos = w.pos;
  x = v["starts"]; if (x !== undefined) given++;
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
  x = v["counts"]; if (x !== undefined) given++;
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
  for (const k in v) if (--given < 0) { unknownField(v, K79); break; }
  w.pos = pos;
}
function R95(r) { return { "uid": R86(r), "data": R20(r), "starts": A10(r), "counts": A10(r) }; }
function W96(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DataArray.PutUninitializedDataArrays record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataArrays"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W97); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K69); break; }
  w.pos = pos;
}
function R96(r) { return { "dataArrays": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 10, V46)) }; }
function W97(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.DataArrayTypes.PutUninitializedDataArrayType record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uid"]; if (x !== undefined) given++;
  w.pos = pos; W86(w, x); buf = w.buf; pos = w.pos;
  x = v["metadata"]; if (x !== undefined) given++;
  w.pos = pos; W91(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K80); break; }
  w.pos = pos;
}
function R97(r) { return { "uid": R86(r), "metadata": R91(r) }; }
function W98(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Dataspace.DeleteDataspaces record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K33); break; }
  w.pos = pos;
}
function R98(r) { return { "uris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W99(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Dataspace.DeleteDataspacesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R99(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W100(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Dataspace.GetDataspaces record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["storeLastWriteFilter"]; if (x !== undefined) given++;
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
  for (const k in v) if (--given < 0) { unknownField(v, K81); break; }
  w.pos = pos;
}
function R100(r) { return { "storeLastWriteFilter": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()) }; }
function W101(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Dataspace.PutDataspacesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R101(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W102(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Dataspace.GetDataspacesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataspaces"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W103(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K82); break; }
  w.pos = pos;
}
function R102(r) { return { "dataspaces": A47(r) }; }
function W103(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.Dataspace record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["path"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["storeLastWrite"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["storeCreated"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K83); break; }
  w.pos = pos;
}
function R103(r) { return { "uri": r.text(), "path": r.text(), "storeLastWrite": r.long(), "storeCreated": r.long(), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W104(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Dataspace.PutDataspaces record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataspaces"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W103); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K82); break; }
  w.pos = pos;
}
function R104(r) { return { "dataspaces": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 6, V48)) }; }
function W105(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DiscoveryQuery.FindResources record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["context"]; if (x !== undefined) given++;
  w.pos = pos; W106(w, x); buf = w.buf; pos = w.pos;
  x = v["scope"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "self": t0 = 0; break; case "sources": t0 = 2; break; case "targets": t0 = 4; break; case "sourcesOrSelf": t0 = 6; break; case "targetsOrSelf": t0 = 8; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ContextScopeKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["storeLastWriteFilter"]; if (x !== undefined) given++;
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
  x = v["activeStatusFilter"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    let t2;
    switch (x) { case "Active": t2 = 0; break; case "Inactive": t2 = 2; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind symbol", x); }
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
  }
  for (const k in v) if (--given < 0) { unknownField(v, K84); break; }
  w.pos = pos;
}
function R105(r) { return { "context": R106(r), "scope": (r.buf[r.pos] < 10 && !(r.buf[r.pos] & 1) ? K85[r.buf[r.pos++] >> 1] : enumRead(r, K85, "Energistics.Etp.v12.Datatypes.Object.ContextScopeKind")), "storeLastWriteFilter": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()), "activeStatusFilter": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K28[r.buf[r.pos++] >> 1] : enumRead(r, K28, "Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind"))) }; }
function W106(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.ContextInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["depth"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["dataObjectTypes"]; if (x === undefined) x = K8; else given++;
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
  x = v["navigableEdges"]; if (x !== undefined) given++;
  let t5;
  switch (x) { case "Primary": t5 = 0; break; case "Secondary": t5 = 2; break; case "Both": t5 = 4; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.RelationshipKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5;
  x = v["includeSecondaryTargets"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["includeSecondarySources"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K86); break; }
  w.pos = pos;
}
function R106(r) { return { "uri": r.text(), "depth": r.int(), "dataObjectTypes": A14(r), "navigableEdges": (r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? K87[r.buf[r.pos++] >> 1] : enumRead(r, K87, "Energistics.Etp.v12.Datatypes.Object.RelationshipKind")), "includeSecondaryTargets": r.boolean(), "includeSecondarySources": r.boolean() }; }
function W107(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.DiscoveryQuery.FindResourcesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["resources"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W108(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["serverSortOrder"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K88); break; }
  w.pos = pos;
}
function R107(r) { return { "resources": A49(r), "serverSortOrder": r.text() }; }
function W108(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.Resource record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["alternateUris"]; if (x === undefined) x = K8; else given++;
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
  x = v["name"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["sourceCount"]; if (x === undefined) x = null; else given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t4 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t4 > 0x7f) { buf[pos++] = (t4 & 0x7f) | 0x80; t4 >>>= 7; } buf[pos++] = t4;
  }
  x = v["targetCount"]; if (x === undefined) x = null; else given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t5 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t5 > 0x7f) { buf[pos++] = (t5 & 0x7f) | 0x80; t5 >>>= 7; } buf[pos++] = t5;
  }
  x = v["lastChanged"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t6 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t6 > 0x7f) { buf[pos++] = (t6 & 0x7f) | 0x80; t6 >>>= 7; } buf[pos++] = t6;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["storeLastWrite"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t7 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t7 > 0x7f) { buf[pos++] = (t7 & 0x7f) | 0x80; t7 >>>= 7; } buf[pos++] = t7;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["storeCreated"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t8 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t8 > 0x7f) { buf[pos++] = (t8 & 0x7f) | 0x80; t8 >>>= 7; } buf[pos++] = t8;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["activeStatus"]; if (x !== undefined) given++;
  let t9;
  switch (x) { case "Active": t9 = 0; break; case "Inactive": t9 = 2; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t9 > 0x7f) { buf[pos++] = (t9 & 0x7f) | 0x80; t9 >>>= 7; } buf[pos++] = t9;
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K89); break; }
  w.pos = pos;
}
function R108(r) { return { "uri": r.text(), "alternateUris": A14(r), "name": r.text(), "sourceCount": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.int()), "targetCount": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.int()), "lastChanged": r.long(), "storeLastWrite": r.long(), "storeCreated": r.long(), "activeStatus": (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K28[r.buf[r.pos++] >> 1] : enumRead(r, K28, "Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind")), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W109(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Discovery.GetDeletedResources record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataspaceUri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["deleteTimeFilter"]; if (x !== undefined) given++;
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
  x = v["dataObjectTypes"]; if (x === undefined) x = K8; else given++;
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
  for (const k in v) if (--given < 0) { unknownField(v, K90); break; }
  w.pos = pos;
}
function R109(r) { return { "dataspaceUri": r.text(), "deleteTimeFilter": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()), "dataObjectTypes": A14(r) }; }
function W110(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Discovery.GetDeletedResourcesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["deletedResources"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W111(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K91); break; }
  w.pos = pos;
}
function R110(r) { return { "deletedResources": A50(r) }; }
function W111(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.DeletedResource record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["deletedTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K92); break; }
  w.pos = pos;
}
function R111(r) { return { "uri": r.text(), "deletedTime": r.long(), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W112(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Discovery.GetResources record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["context"]; if (x !== undefined) given++;
  w.pos = pos; W106(w, x); buf = w.buf; pos = w.pos;
  x = v["scope"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "self": t0 = 0; break; case "sources": t0 = 2; break; case "targets": t0 = 4; break; case "sourcesOrSelf": t0 = 6; break; case "targetsOrSelf": t0 = 8; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ContextScopeKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["countObjects"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["storeLastWriteFilter"]; if (x !== undefined) given++;
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
  x = v["activeStatusFilter"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    let t2;
    switch (x) { case "Active": t2 = 0; break; case "Inactive": t2 = 2; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind symbol", x); }
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
  }
  x = v["includeEdges"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K93); break; }
  w.pos = pos;
}
function R112(r) { return { "context": R106(r), "scope": (r.buf[r.pos] < 10 && !(r.buf[r.pos] & 1) ? K85[r.buf[r.pos++] >> 1] : enumRead(r, K85, "Energistics.Etp.v12.Datatypes.Object.ContextScopeKind")), "countObjects": r.boolean(), "storeLastWriteFilter": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()), "activeStatusFilter": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K28[r.buf[r.pos++] >> 1] : enumRead(r, K28, "Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind"))), "includeEdges": r.boolean() }; }
function W113(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Discovery.GetResourcesEdgesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["edges"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W114(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K94); break; }
  w.pos = pos;
}
function R113(r) { return { "edges": A51(r) }; }
function W114(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.Edge record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["sourceUri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["targetUri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["relationshipKind"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "Primary": t0 = 0; break; case "Secondary": t0 = 2; break; case "Both": t0 = 4; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.RelationshipKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K95); break; }
  w.pos = pos;
}
function R114(r) { return { "sourceUri": r.text(), "targetUri": r.text(), "relationshipKind": (r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? K87[r.buf[r.pos++] >> 1] : enumRead(r, K87, "Energistics.Etp.v12.Datatypes.Object.RelationshipKind")), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W115(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["resources"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W108(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K96); break; }
  w.pos = pos;
}
function R115(r) { return { "resources": A49(r) }; }
function W116(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectNotification.SubscribePartNotificationsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R116(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W117(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsDeleted record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["changeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["uids"]; if (x !== undefined) given++;
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
  for (const k in v) if (--given < 0) { unknownField(v, K97); break; }
  w.pos = pos;
}
function R117(r) { return { "uri": r.text(), "requestUuid": r.uuid(), "changeTime": r.long(), "uids": A14(r) }; }
function W118(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartSubscriptionEnded record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["reason"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K98); break; }
  w.pos = pos;
}
function R118(r) { return { "reason": r.text(), "requestUuid": r.uuid() }; }
function W119(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectNotification.UnsubscribePartNotification record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K1); break; }
  w.pos = pos;
}
function R119(r) { return { "requestUuid": r.uuid() }; }
function W120(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsChanged record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["changeKind"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "insert": t0 = 0; break; case "update": t0 = 2; break; case "authorized": t0 = 4; break; case "joined": t0 = 6; break; case "unjoined": t0 = 8; break; case "joinedSubscription": t0 = 10; break; case "unjoinedSubscription": t0 = 12; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ObjectChangeKind symbol", x); }
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
  x = v["format"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["parts"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t2 = x.length;
  if (t2 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t3 = t2 * 2;
    if (t3 < 0x80000000) { while (t3 > 0x7f) { buf[pos++] = (t3 & 0x7f) | 0x80; t3 >>>= 7; } buf[pos++] = t3; } else { w.pos = pos; w.long(t2); buf = w.buf; pos = w.pos; }
    for (let t4 = 0; t4 < t2; t4++) {
      const t5 = x[t4];
      w.pos = pos; W121(w, t5); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K99); break; }
  w.pos = pos;
}
function R120(r) { return { "uri": r.text(), "requestUuid": r.uuid(), "changeKind": (r.buf[r.pos] < 14 && !(r.buf[r.pos] & 1) ? K100[r.buf[r.pos++] >> 1] : enumRead(r, K100, "Energistics.Etp.v12.Datatypes.Object.ObjectChangeKind")), "changeTime": r.long(), "format": r.text(), "parts": A52(r) }; }
function W121(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.ObjectPart record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uid"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["data"]; if (x !== undefined) given++;
  if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
  w.pos = pos; w.bytes(x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K101); break; }
  w.pos = pos;
}
function R121(r) { return { "uid": r.text(), "data": r.bytes() }; }
function W122(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsReplacedByRange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["changeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["deletedInterval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  x = v["includeOverlappingIntervals"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["format"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["parts"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t1 = x.length;
  if (t1 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t2 = t1 * 2;
    if (t2 < 0x80000000) { while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2; } else { w.pos = pos; w.long(t1); buf = w.buf; pos = w.pos; }
    for (let t3 = 0; t3 < t1; t3++) {
      const t4 = x[t3];
      w.pos = pos; W121(w, t4); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K102); break; }
  w.pos = pos;
}
function R122(r) { return { "uri": r.text(), "requestUuid": r.uuid(), "changeTime": r.long(), "deletedInterval": R23(r), "includeOverlappingIntervals": r.boolean(), "format": r.text(), "parts": A52(r) }; }
function W123(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectNotification.SubscribePartNotifications record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["request"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W124); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K103); break; }
  w.pos = pos;
}
function R123(r) { return { "request": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 26, V53)) }; }
function W124(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.SubscriptionInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["context"]; if (x !== undefined) given++;
  w.pos = pos; W106(w, x); buf = w.buf; pos = w.pos;
  x = v["scope"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "self": t0 = 0; break; case "sources": t0 = 2; break; case "targets": t0 = 4; break; case "sourcesOrSelf": t0 = 6; break; case "targetsOrSelf": t0 = 8; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ContextScopeKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["includeObjectData"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K105); break; }
  w.pos = pos;
}
function R124(r) { return { "context": R106(r), "scope": (r.buf[r.pos] < 10 && !(r.buf[r.pos] & 1) ? K85[r.buf[r.pos++] >> 1] : enumRead(r, K85, "Energistics.Etp.v12.Datatypes.Object.ContextScopeKind")), "requestUuid": r.uuid(), "includeObjectData": r.boolean(), "format": r.text() }; }
function W125(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectNotification.UnsolicitedPartNotifications record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["subscriptions"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W124(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K106); break; }
  w.pos = pos;
}
function R125(r) { return { "subscriptions": A54(r) }; }
function W126(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectQuery.FindParts record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K107); break; }
  w.pos = pos;
}
function R126(r) { return { "uri": r.text(), "format": r.text() }; }
function W127(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObjectQuery.FindPartsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["serverSortOrder"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["parts"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W121(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K108); break; }
  w.pos = pos;
}
function R127(r) { return { "uri": r.text(), "serverSortOrder": r.text(), "format": r.text(), "parts": A52(r) }; }
function W128(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.DeleteParts record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["uids"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K109); break; }
  w.pos = pos;
}
function R128(r) { return { "uri": r.text(), "uids": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W129(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.DeletePartsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R129(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W130(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetChangeAnnotations record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["sinceChangeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["uris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  x = v["latestOnly"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K110); break; }
  w.pos = pos;
}
function R130(r) { return { "sinceChangeTime": r.long(), "uris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)), "latestOnly": r.boolean() }; }
function W131(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetGrowingDataObjectsHeader record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K111); break; }
  w.pos = pos;
}
function R131(r) { return { "uris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)), "format": r.text() }; }
function W132(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetParts record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["uids"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K112); break; }
  w.pos = pos;
}
function R132(r) { return { "uri": r.text(), "format": r.text(), "uids": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W133(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetPartsMetadata record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K33); break; }
  w.pos = pos;
}
function R133(r) { return { "uris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W134(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.PutGrowingDataObjectsHeaderResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R134(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W135(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.PutPartsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R135(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W136(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.ReplacePartsByRangeResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K8); break; }
  w.pos = pos;
}
function R136(r) { return {  }; }
function W137(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetPartsByRange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["indexInterval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  x = v["includeOverlappingIntervals"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K113); break; }
  w.pos = pos;
}
function R137(r) { return { "uri": r.text(), "format": r.text(), "indexInterval": R23(r), "includeOverlappingIntervals": r.boolean() }; }
function W138(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetChangeAnnotationsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["changes"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W64); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K54); break; }
  w.pos = pos;
}
function R138(r) { return { "changes": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V34)) }; }
function W139(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetPartsByRangeResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["parts"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W121(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K114); break; }
  w.pos = pos;
}
function R139(r) { return { "uri": r.text(), "format": r.text(), "parts": A52(r) }; }
function W140(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetPartsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["parts"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W121); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K114); break; }
  w.pos = pos;
}
function R140(r) { return { "uri": r.text(), "format": r.text(), "parts": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V55)) }; }
function W141(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.PutParts record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["parts"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W121); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K114); break; }
  w.pos = pos;
}
function R141(r) { return { "uri": r.text(), "format": r.text(), "parts": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 3, V55)) }; }
function W142(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.ReplacePartsByRange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["deleteInterval"]; if (x !== undefined) given++;
  w.pos = pos; W23(w, x); buf = w.buf; pos = w.pos;
  x = v["includeOverlappingIntervals"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["parts"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W121(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K115); break; }
  w.pos = pos;
}
function R142(r) { return { "uri": r.text(), "deleteInterval": R23(r), "includeOverlappingIntervals": r.boolean(), "format": r.text(), "parts": A52(r) }; }
function W143(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetPartsMetadataResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["metadata"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W144); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K53); break; }
  w.pos = pos;
}
function R143(r) { return { "metadata": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 15, V56)) }; }
function W144(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.PartsMetadataInfo record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["name"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["index"]; if (x !== undefined) given++;
  w.pos = pos; W25(w, x); buf = w.buf; pos = w.pos;
  x = v["customData"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W7); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K116); break; }
  w.pos = pos;
}
function R144(r) { return { "uri": r.text(), "name": r.text(), "index": R25(r), "customData": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V22)) }; }
function W145(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.GetGrowingDataObjectsHeaderResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataObjects"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W146); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K117); break; }
  w.pos = pos;
}
function R145(r) { return { "dataObjects": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 14, V57)) }; }
function W146(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.DataObject record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["resource"]; if (x !== undefined) given++;
  w.pos = pos; W108(w, x); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["blobId"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  }
  x = v["data"]; if (x === undefined) x = K118; else given++;
  if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
  w.pos = pos; w.bytes(x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K119); break; }
  w.pos = pos;
}
function R146(r) { return { "resource": R108(r), "format": r.text(), "blobId": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.uuid()), "data": r.bytes() }; }
function W147(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.GrowingObject.PutGrowingDataObjectsHeader record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataObjects"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W146); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K117); break; }
  w.pos = pos;
}
function R147(r) { return { "dataObjects": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 14, V57)) }; }
function W148(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.SubscribeNotificationsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R148(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)) }; }
function W149(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.Chunk record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["blobId"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["data"]; if (x !== undefined) given++;
  if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
  w.pos = pos; w.bytes(x); buf = w.buf; pos = w.pos;
  x = v["final"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K120); break; }
  w.pos = pos;
}
function R149(r) { return { "blobId": r.uuid(), "data": r.bytes(), "final": r.boolean() }; }
function W150(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.ObjectAccessRevoked record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["changeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K121); break; }
  w.pos = pos;
}
function R150(r) { return { "uri": r.text(), "changeTime": r.long(), "requestUuid": r.uuid() }; }
function W151(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.ObjectDeleted record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["changeTime"]; if (x !== undefined) given++;
  if (typeof x === 'number' && x >= -0x40000000 && x < 0x40000000 && (x | 0) === x) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  } else {
    w.pos = pos; writeLong(w, x); buf = w.buf; pos = w.pos;
  }
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K121); break; }
  w.pos = pos;
}
function R151(r) { return { "uri": r.text(), "changeTime": r.long(), "requestUuid": r.uuid() }; }
function W152(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.SubscriptionEnded record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["reason"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K98); break; }
  w.pos = pos;
}
function R152(r) { return { "reason": r.text(), "requestUuid": r.uuid() }; }
function W153(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.UnsubscribeNotifications record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K1); break; }
  w.pos = pos;
}
function R153(r) { return { "requestUuid": r.uuid() }; }
function W154(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.ObjectActiveStatusChanged record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["activeStatus"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "Active": t0 = 0; break; case "Inactive": t0 = 2; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind symbol", x); }
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
  x = v["resource"]; if (x !== undefined) given++;
  w.pos = pos; W108(w, x); buf = w.buf; pos = w.pos;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K122); break; }
  w.pos = pos;
}
function R154(r) { return { "activeStatus": (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K28[r.buf[r.pos++] >> 1] : enumRead(r, K28, "Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind")), "changeTime": r.long(), "resource": R108(r), "requestUuid": r.uuid() }; }
function W155(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.ObjectChanged record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["change"]; if (x !== undefined) given++;
  w.pos = pos; W156(w, x); buf = w.buf; pos = w.pos;
  x = v["requestUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K123); break; }
  w.pos = pos;
}
function R155(r) { return { "change": R156(r), "requestUuid": r.uuid() }; }
function W156(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.ObjectChange record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["changeKind"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "insert": t0 = 0; break; case "update": t0 = 2; break; case "authorized": t0 = 4; break; case "joined": t0 = 6; break; case "unjoined": t0 = 8; break; case "joinedSubscription": t0 = 10; break; case "unjoinedSubscription": t0 = 12; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ObjectChangeKind symbol", x); }
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
  w.pos = pos; W146(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K124); break; }
  w.pos = pos;
}
function R156(r) { return { "changeKind": (r.buf[r.pos] < 14 && !(r.buf[r.pos] & 1) ? K100[r.buf[r.pos++] >> 1] : enumRead(r, K100, "Energistics.Etp.v12.Datatypes.Object.ObjectChangeKind")), "changeTime": r.long(), "dataObject": R146(r) }; }
function W157(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.SubscribeNotifications record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["request"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W124); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K103); break; }
  w.pos = pos;
}
function R157(r) { return { "request": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 26, V53)) }; }
function W158(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreNotification.UnsolicitedStoreNotifications record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["subscriptions"]; if (x !== undefined) given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W124(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K106); break; }
  w.pos = pos;
}
function R158(r) { return { "subscriptions": A54(r) }; }
function W159(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreQuery.Chunk record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["blobId"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["data"]; if (x !== undefined) given++;
  if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
  w.pos = pos; w.bytes(x); buf = w.buf; pos = w.pos;
  x = v["final"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K120); break; }
  w.pos = pos;
}
function R159(r) { return { "blobId": r.uuid(), "data": r.bytes(), "final": r.boolean() }; }
function W160(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreQuery.FindDataObjects record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["context"]; if (x !== undefined) given++;
  w.pos = pos; W106(w, x); buf = w.buf; pos = w.pos;
  x = v["scope"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "self": t0 = 0; break; case "sources": t0 = 2; break; case "targets": t0 = 4; break; case "sourcesOrSelf": t0 = 6; break; case "targetsOrSelf": t0 = 8; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ContextScopeKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["storeLastWriteFilter"]; if (x !== undefined) given++;
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
  x = v["activeStatusFilter"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    let t2;
    switch (x) { case "Active": t2 = 0; break; case "Inactive": t2 = 2; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind symbol", x); }
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    while (t2 > 0x7f) { buf[pos++] = (t2 & 0x7f) | 0x80; t2 >>>= 7; } buf[pos++] = t2;
  }
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K125); break; }
  w.pos = pos;
}
function R160(r) { return { "context": R106(r), "scope": (r.buf[r.pos] < 10 && !(r.buf[r.pos] & 1) ? K85[r.buf[r.pos++] >> 1] : enumRead(r, K85, "Energistics.Etp.v12.Datatypes.Object.ContextScopeKind")), "storeLastWriteFilter": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()), "activeStatusFilter": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : (r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? K28[r.buf[r.pos++] >> 1] : enumRead(r, K28, "Energistics.Etp.v12.Datatypes.Object.ActiveStatusKind"))), "format": r.text() }; }
function W161(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.StoreQuery.FindDataObjectsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataObjects"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W146(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["serverSortOrder"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K126); break; }
  w.pos = pos;
}
function R161(r) { return { "dataObjects": A58(r), "serverSortOrder": r.text() }; }
function W162(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Store.DeleteDataObjects record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  x = v["pruneContainedObjects"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K127); break; }
  w.pos = pos;
}
function R162(r) { return { "uris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)), "pruneContainedObjects": r.boolean() }; }
function W163(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Store.GetDataObjects record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, (w, x) => {
  let buf = w.buf, pos = w.pos;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  w.pos = pos;
}); buf = w.buf; pos = w.pos;
  x = v["format"]; if (x === undefined) x = K104; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K111); break; }
  w.pos = pos;
}
function R163(r) { return { "uris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V24)), "format": r.text() }; }
function W164(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Store.DeleteDataObjectsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["deletedUris"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W16); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K128); break; }
  w.pos = pos;
}
function R164(r) { return { "deletedUris": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 2, V59)) }; }
function W165(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Store.Chunk record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["blobId"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["data"]; if (x !== undefined) given++;
  if (!(x instanceof Uint8Array)) throw invalid('bytes (a Uint8Array)', x);
  w.pos = pos; w.bytes(x); buf = w.buf; pos = w.pos;
  x = v["final"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K120); break; }
  w.pos = pos;
}
function R165(r) { return { "blobId": r.uuid(), "data": r.bytes(), "final": r.boolean() }; }
function W166(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Store.PutDataObjectsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["success"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W167); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K43); break; }
  w.pos = pos;
}
function R166(r) { return { "success": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 5, V60)) }; }
function W167(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.PutResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["createdContainedObjectUris"]; if (x === undefined) x = K8; else given++;
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
  x = v["deletedContainedObjectUris"]; if (x === undefined) x = K8; else given++;
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
  x = v["joinedContainedObjectUris"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t8 = x.length;
  if (t8 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t9 = t8 * 2;
    if (t9 < 0x80000000) { while (t9 > 0x7f) { buf[pos++] = (t9 & 0x7f) | 0x80; t9 >>>= 7; } buf[pos++] = t9; } else { w.pos = pos; w.long(t8); buf = w.buf; pos = w.pos; }
    for (let t10 = 0; t10 < t8; t10++) {
      const t11 = x[t10];
      w.pos = pos; typeof t11 === 'string' ? w.string(t11) : writeText(w, t11); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  x = v["unjoinedContainedObjectUris"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t12 = x.length;
  if (t12 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t13 = t12 * 2;
    if (t13 < 0x80000000) { while (t13 > 0x7f) { buf[pos++] = (t13 & 0x7f) | 0x80; t13 >>>= 7; } buf[pos++] = t13; } else { w.pos = pos; w.long(t12); buf = w.buf; pos = w.pos; }
    for (let t14 = 0; t14 < t12; t14++) {
      const t15 = x[t14];
      w.pos = pos; typeof t15 === 'string' ? w.string(t15) : writeText(w, t15); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K129); break; }
  w.pos = pos;
}
function R167(r) { return { "createdContainedObjectUris": A14(r), "deletedContainedObjectUris": A14(r), "joinedContainedObjectUris": A14(r), "unjoinedContainedObjectUris": A14(r) }; }
function W168(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Store.GetDataObjectsResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataObjects"]; if (x === undefined) x = K25; else given++;
  w.pos = pos; mapWrite(w, x, W146); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K117); break; }
  w.pos = pos;
}
function R168(r) { return { "dataObjects": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 14, V57)) }; }
function W169(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Store.PutDataObjects record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataObjects"]; if (x !== undefined) given++;
  w.pos = pos; mapWrite(w, x, W146); buf = w.buf; pos = w.pos;
  x = v["pruneContainedObjects"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K130); break; }
  w.pos = pos;
}
function R169(r) { return { "dataObjects": (r.buf[r.pos] === 0 ? (r.pos++, {}) : mapRead(r, 14, V57)), "pruneContainedObjects": r.boolean() }; }
function W170(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.SupportedTypes.GetSupportedTypes record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["uri"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["scope"]; if (x !== undefined) given++;
  let t0;
  switch (x) { case "self": t0 = 0; break; case "sources": t0 = 2; break; case "targets": t0 = 4; break; case "sourcesOrSelf": t0 = 6; break; case "targetsOrSelf": t0 = 8; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.ContextScopeKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["returnEmptyTypes"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["countObjects"]; if (x === undefined) x = false; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  for (const k in v) if (--given < 0) { unknownField(v, K131); break; }
  w.pos = pos;
}
function R170(r) { return { "uri": r.text(), "scope": (r.buf[r.pos] < 10 && !(r.buf[r.pos] & 1) ? K85[r.buf[r.pos++] >> 1] : enumRead(r, K85, "Energistics.Etp.v12.Datatypes.Object.ContextScopeKind")), "returnEmptyTypes": r.boolean(), "countObjects": r.boolean() }; }
function W171(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.SupportedTypes.GetSupportedTypesResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["supportedTypes"]; if (x === undefined) x = K8; else given++;
  if (!Array.isArray(x)) throw invalid('an array', x);
  const t0 = x.length;
  if (t0 > 0) {
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t1 = t0 * 2;
    if (t1 < 0x80000000) { while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1; } else { w.pos = pos; w.long(t0); buf = w.buf; pos = w.pos; }
    for (let t2 = 0; t2 < t0; t2++) {
      const t3 = x[t2];
      w.pos = pos; W172(w, t3); buf = w.buf; pos = w.pos;
    }
  }
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K132); break; }
  w.pos = pos;
}
function R171(r) { return { "supportedTypes": A61(r) }; }
function W172(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Datatypes.Object.SupportedType record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["dataObjectType"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["objectCount"]; if (x !== undefined) given++;
  if (x === null || x === undefined) {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 0;
  } else {
    if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
    buf[pos++] = 2;
    if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
    if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
    let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
    while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  }
  x = v["relationshipKind"]; if (x !== undefined) given++;
  let t1;
  switch (x) { case "Primary": t1 = 0; break; case "Secondary": t1 = 2; break; case "Both": t1 = 4; break; default: throw invalid("a Energistics.Etp.v12.Datatypes.Object.RelationshipKind symbol", x); }
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  while (t1 > 0x7f) { buf[pos++] = (t1 & 0x7f) | 0x80; t1 >>>= 7; } buf[pos++] = t1;
  for (const k in v) if (--given < 0) { unknownField(v, K133); break; }
  w.pos = pos;
}
function R172(r) { return { "dataObjectType": r.text(), "objectCount": ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.int()), "relationshipKind": (r.buf[r.pos] < 6 && !(r.buf[r.pos] & 1) ? K87[r.buf[r.pos++] >> 1] : enumRead(r, K87, "Energistics.Etp.v12.Datatypes.Object.RelationshipKind")) }; }
function W173(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Transaction.StartTransaction record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["readOnly"]; if (x !== undefined) given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["message"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["dataspaceUris"]; if (x === undefined) x = K134; else given++;
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
  for (const k in v) if (--given < 0) { unknownField(v, K135); break; }
  w.pos = pos;
}
function R173(r) { return { "readOnly": r.boolean(), "message": r.text(), "dataspaceUris": A14(r) }; }
function W174(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Transaction.CommitTransaction record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["transactionUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K136); break; }
  w.pos = pos;
}
function R174(r) { return { "transactionUuid": r.uuid() }; }
function W175(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Transaction.CommitTransactionResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["transactionUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["successful"]; if (x === undefined) x = true; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["failureReason"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K137); break; }
  w.pos = pos;
}
function R175(r) { return { "transactionUuid": r.uuid(), "successful": r.boolean(), "failureReason": r.text() }; }
function W176(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Transaction.RollbackTransaction record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["transactionUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  for (const k in v) if (--given < 0) { unknownField(v, K136); break; }
  w.pos = pos;
}
function R176(r) { return { "transactionUuid": r.uuid() }; }
function W177(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Transaction.RollbackTransactionResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["transactionUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["successful"]; if (x === undefined) x = true; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["failureReason"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K137); break; }
  w.pos = pos;
}
function R177(r) { return { "transactionUuid": r.uuid(), "successful": r.boolean(), "failureReason": r.text() }; }
function W178(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.Protocol.Transaction.StartTransactionResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["transactionUuid"]; if (x !== undefined) given++;
  if (typeof x === 'string') { w.pos = pos; w.uuid(x); buf = w.buf; pos = w.pos; } else if (x instanceof Uint8Array && x.length === 16) { w.pos = pos; w.fixed(x); buf = w.buf; pos = w.pos; } else throw invalid('a uuid string', x);
  x = v["successful"]; if (x === undefined) x = true; else given++;
  if (typeof x !== 'boolean') throw invalid('a boolean', x);
  if (pos + 1 > buf.length) { w.pos = pos; w.ensure(1); buf = w.buf; }
  buf[pos++] = x ? 1 : 0;
  x = v["failureReason"]; if (x === undefined) x = K17; else given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K137); break; }
  w.pos = pos;
}
function R178(r) { return { "transactionUuid": r.uuid(), "successful": r.boolean(), "failureReason": r.text() }; }
function W179(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_AddToStore record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["WMLtypeIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["XMLin"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["CapabilitiesIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K138); break; }
  w.pos = pos;
}
function R179(r) { return { "WMLtypeIn": r.text(), "XMLin": r.text(), "OptionsIn": r.text(), "CapabilitiesIn": r.text() }; }
function W180(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_AddToStoreResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["SuppMsgOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K139); break; }
  w.pos = pos;
}
function R180(r) { return { "Result": r.int(), "SuppMsgOut": r.text() }; }
function W181(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_DeleteFromStore record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["WMLtypeIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["XMLin"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["CapabilitiesIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K138); break; }
  w.pos = pos;
}
function R181(r) { return { "WMLtypeIn": r.text(), "XMLin": r.text(), "OptionsIn": r.text(), "CapabilitiesIn": r.text() }; }
function W182(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_DeleteFromStoreResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["SuppMsgOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K139); break; }
  w.pos = pos;
}
function R182(r) { return { "Result": r.int(), "SuppMsgOut": r.text() }; }
function W183(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetBaseMsg record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["ReturnValueIn"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  for (const k in v) if (--given < 0) { unknownField(v, K140); break; }
  w.pos = pos;
}
function R183(r) { return { "ReturnValueIn": r.int() }; }
function W184(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetCap record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K141); break; }
  w.pos = pos;
}
function R184(r) { return { "OptionsIn": r.text() }; }
function W185(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetBaseMsgResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K142); break; }
  w.pos = pos;
}
function R185(r) { return { "Result": r.text() }; }
function W186(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetFromStore record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["WMLtypeIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["XMLin"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["CapabilitiesIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K138); break; }
  w.pos = pos;
}
function R186(r) { return { "WMLtypeIn": r.text(), "XMLin": r.text(), "OptionsIn": r.text(), "CapabilitiesIn": r.text() }; }
function W187(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetCapResponse record", v);
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
  for (const k in v) if (--given < 0) { unknownField(v, K143); break; }
  w.pos = pos;
}
function R187(r) { return { "Result": r.int(), "CapabilitiesOut": r.text(), "SuppMsgOut": r.text() }; }
function W188(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetFromStoreResponse record", v);
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
  for (const k in v) if (--given < 0) { unknownField(v, K144); break; }
  w.pos = pos;
}
function R188(r) { return { "Result": r.int(), "XMLout": r.text(), "SuppMsgOut": r.text() }; }
function W189(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetVersion record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  for (const k in v) if (--given < 0) { unknownField(v, K8); break; }
  w.pos = pos;
}
function R189(r) { return {  }; }
function W190(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetVersionResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K142); break; }
  w.pos = pos;
}
function R190(r) { return { "Result": r.text() }; }
function W191(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_UpdateInStore record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["WMLtypeIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["XMLin"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["OptionsIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  x = v["CapabilitiesIn"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K138); break; }
  w.pos = pos;
}
function R191(r) { return { "WMLtypeIn": r.text(), "XMLin": r.text(), "OptionsIn": r.text(), "CapabilitiesIn": r.text() }; }
function W192(w, v) {
  if (v === null || typeof v !== 'object') throw invalid("a Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_UpdateInStoreResponse record", v);
  let buf = w.buf, pos = w.pos, x, given = 0;
  x = v["Result"]; if (x !== undefined) given++;
  if (typeof x !== 'number' || (x | 0) !== x) throw invalid('an int', x);
  if (pos + 5 > buf.length) { w.pos = pos; w.ensure(5); buf = w.buf; }
  let t0 = ((x << 1) ^ (x >> 31)) >>> 0;
  while (t0 > 0x7f) { buf[pos++] = (t0 & 0x7f) | 0x80; t0 >>>= 7; } buf[pos++] = t0;
  x = v["SuppMsgOut"]; if (x !== undefined) given++;
  w.pos = pos; typeof x === 'string' ? w.string(x) : writeText(w, x); buf = w.buf; pos = w.pos;
  for (const k in v) if (--given < 0) { unknownField(v, K139); break; }
  w.pos = pos;
}
function R192(r) { return { "Result": r.int(), "SuppMsgOut": r.text() }; }
function A0(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R3(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R3(r)); } return out; }
function A1(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R4(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R4(r)); } return out; }
function A2(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R6(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R6(r)); } return out; }
function U3(r) { switch ((r.buf[r.pos] < 8 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(4))) { case 0: return null; case 1: return { "long": r.long() }; case 2: return { "double": r.double() }; case 3: return { "Energistics.Etp.v12.Datatypes.ChannelData.PassIndexedDepth": R5(r) }; } return null; }
function A4(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R21(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R21(r)); } return out; }
function U5(r) { switch ((r.buf[r.pos] < 38 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(19))) { case 0: return null; case 1: return { "boolean": r.boolean() }; case 2: return { "int": r.int() }; case 3: return { "long": r.long() }; case 4: return { "float": r.float() }; case 5: return { "double": r.double() }; case 6: return { "string": r.text() }; case 7: return { "Energistics.Etp.v12.Datatypes.ArrayOfBoolean": R8(r) }; case 8: return { "Energistics.Etp.v12.Datatypes.ArrayOfNullableBoolean": R9(r) }; case 9: return { "Energistics.Etp.v12.Datatypes.ArrayOfInt": R10(r) }; case 10: return { "Energistics.Etp.v12.Datatypes.ArrayOfNullableInt": R11(r) }; case 11: return { "Energistics.Etp.v12.Datatypes.ArrayOfLong": R12(r) }; case 12: return { "Energistics.Etp.v12.Datatypes.ArrayOfNullableLong": R13(r) }; case 13: return { "Energistics.Etp.v12.Datatypes.ArrayOfFloat": R14(r) }; case 14: return { "Energistics.Etp.v12.Datatypes.ArrayOfDouble": R15(r) }; case 15: return { "Energistics.Etp.v12.Datatypes.ArrayOfString": R16(r) }; case 16: return { "Energistics.Etp.v12.Datatypes.ArrayOfBytes": R17(r) }; case 17: return { "bytes": r.bytes() }; case 18: return { "Energistics.Etp.v12.Datatypes.AnySparseArray": R18(r) }; } return null; }
function A6(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.boolean(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.boolean()); } return out; }
function A7(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.boolean()); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.boolean())); } return out; }
function A8(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.int(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.int()); } return out; }
function A9(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.int()); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.int())); } return out; }
function A10(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.long(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.long()); } return out; }
function A11(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = ((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long()); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(((r.buf[r.pos] < 4 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(2)) === 0 ? null : r.long())); } return out; }
function A12(r) { if (r.typedFloats) return r.floatArray(Float32Array); if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(4, 'array'); if (n === 0) return []; const out = new Array(n); r.floats(out, 0, n); while ((n = r.block(4, 'array')) !== 0) { const at = out.length; out.length = at + n; r.floats(out, at, n); } return out; }
function A13(r) { if (r.typedFloats) return r.floatArray(Float64Array); if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(8, 'array'); if (n === 0) return []; const out = new Array(n); r.doubles(out, 0, n); while ((n = r.block(8, 'array')) !== 0) { const at = out.length; out.length = at + n; r.doubles(out, at, n); } return out; }
function A14(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.text(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.text()); } return out; }
function A15(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(1, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = r.bytes(); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(1, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(r.bytes()); } return out; }
function A16(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R19(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R19(r)); } return out; }
function U17(r) { switch ((r.buf[r.pos] < 14 && !(r.buf[r.pos] & 1) ? r.buf[r.pos++] >> 1 : r.branch(7))) { case 0: return { "Energistics.Etp.v12.Datatypes.ArrayOfBoolean": R8(r) }; case 1: return { "Energistics.Etp.v12.Datatypes.ArrayOfInt": R10(r) }; case 2: return { "Energistics.Etp.v12.Datatypes.ArrayOfLong": R12(r) }; case 3: return { "Energistics.Etp.v12.Datatypes.ArrayOfFloat": R14(r) }; case 4: return { "Energistics.Etp.v12.Datatypes.ArrayOfDouble": R15(r) }; case 5: return { "Energistics.Etp.v12.Datatypes.ArrayOfString": R16(r) }; case 6: return { "bytes": r.bytes() }; } return null; }
function A18(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(4, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R23(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(4, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R23(r)); } return out; }
function A19(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(11, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R25(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(11, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R25(r)); } return out; }
function A20(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(11, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R26(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(11, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R26(r)); } return out; }
function A21(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(7, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R27(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(7, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R27(r)); } return out; }
function V22(r) { return R7(r); }
function V23(r) { return r.long(); }
function V24(r) { return r.text(); }
function A25(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(4, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R35(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(4, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R35(r)); } return out; }
function V26(r) { return R37(r); }
function V27(r) { return R40(r); }
function A28(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R37(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R37(r)); } return out; }
function A29(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(13, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R41(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(13, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R41(r)); } return out; }
function V30(r) { return R53(r); }
function V31(r) { return R55(r); }
function A32(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(6, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R61(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(6, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R61(r)); } return out; }
function V33(r) { return R41(r); }
function V34(r) { return R64(r); }
function A35(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(5, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R65(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(5, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R65(r)); } return out; }
function V36(r) { return A35(r); }
function V37(r) { return R73(r); }
function A38(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(7, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R75(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(7, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R75(r)); } return out; }
function A39(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R77(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R77(r)); } return out; }
function V40(r) { return R83(r); }
function V41(r) { return R86(r); }
function V42(r) { return R89(r); }
function V43(r) { return R91(r); }
function V44(r) { return R93(r); }
function V45(r) { return R95(r); }
function V46(r) { return R97(r); }
function A47(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(5, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R103(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(5, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R103(r)); } return out; }
function V48(r) { return R103(r); }
function A49(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(10, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R108(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(10, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R108(r)); } return out; }
function A50(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(3, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R111(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(3, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R111(r)); } return out; }
function A51(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(4, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R114(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(4, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R114(r)); } return out; }
function A52(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(2, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R121(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(2, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R121(r)); } return out; }
function V53(r) { return R124(r); }
function A54(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(25, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R124(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(25, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R124(r)); } return out; }
function V55(r) { return R121(r); }
function V56(r) { return R144(r); }
function V57(r) { return R146(r); }
function A58(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(13, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R146(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(13, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R146(r)); } return out; }
function V59(r) { return R16(r); }
function V60(r) { return R167(r); }
function A61(r) { if (r.buf[r.pos] === 0) { r.pos++; return []; } let n = r.block(3, 'array'); if (n === 0) return []; const out = new Array(n); for (let i = 0; i < n; i++) out[i] = R172(r); if (r.buf[r.pos] === 0) { r.pos++; return out; } while ((n = r.block(3, 'array')) !== 0) { for (let i = 0; i < n; i++) out.push(R172(r)); } return out; }
return { write: {
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameMetadata": W0,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.CancelGetFrame": W1,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseRows": W2,
  "Energistics.Etp.v12.Datatypes.ChannelData.FrameRow": W3,
  "Energistics.Etp.v12.Datatypes.IndexValue": W4,
  "Energistics.Etp.v12.Datatypes.ChannelData.PassIndexedDepth": W5,
  "Energistics.Etp.v12.Datatypes.ChannelData.FramePoint": W6,
  "Energistics.Etp.v12.Datatypes.DataValue": W7,
  "Energistics.Etp.v12.Datatypes.ArrayOfBoolean": W8,
  "Energistics.Etp.v12.Datatypes.ArrayOfNullableBoolean": W9,
  "Energistics.Etp.v12.Datatypes.ArrayOfInt": W10,
  "Energistics.Etp.v12.Datatypes.ArrayOfNullableInt": W11,
  "Energistics.Etp.v12.Datatypes.ArrayOfLong": W12,
  "Energistics.Etp.v12.Datatypes.ArrayOfNullableLong": W13,
  "Energistics.Etp.v12.Datatypes.ArrayOfFloat": W14,
  "Energistics.Etp.v12.Datatypes.ArrayOfDouble": W15,
  "Energistics.Etp.v12.Datatypes.ArrayOfString": W16,
  "Energistics.Etp.v12.Datatypes.ArrayOfBytes": W17,
  "Energistics.Etp.v12.Datatypes.AnySparseArray": W18,
  "Energistics.Etp.v12.Datatypes.AnySubarray": W19,
  "Energistics.Etp.v12.Datatypes.AnyArray": W20,
  "Energistics.Etp.v12.Datatypes.DataAttribute": W21,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrame": W22,
  "Energistics.Etp.v12.Datatypes.Object.IndexInterval": W23,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameMetadataResponse": W24,
  "Energistics.Etp.v12.Datatypes.ChannelData.IndexMetadataRecord": W25,
  "Energistics.Etp.v12.Datatypes.ChannelData.FrameChannelMetadataRecord": W26,
  "Energistics.Etp.v12.Datatypes.AttributeMetadataRecord": W27,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseHeader": W28,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelsClosed": W29,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.CloseChannels": W30,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannels": W31,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.ReplaceRangeResponse": W32,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.TruncateChannelsResponse": W33,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelData": W34,
  "Energistics.Etp.v12.Datatypes.ChannelData.DataItem": W35,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.TruncateChannels": W36,
  "Energistics.Etp.v12.Datatypes.ChannelData.TruncateInfo": W37,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.ReplaceRange": W38,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannelsResponse": W39,
  "Energistics.Etp.v12.Datatypes.ChannelData.OpenChannelInfo": W40,
  "Energistics.Etp.v12.Datatypes.ChannelData.ChannelMetadataRecord": W41,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming": W42,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.StopStreaming": W43,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData": W44,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.TruncateChannels": W45,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata": W46,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChannelMetadata": W47,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscribeChannelsResponse": W48,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscriptionsStopped": W49,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.UnsubscribeChannels": W50,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.CancelGetRanges": W51,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChangeAnnotations": W52,
  "Energistics.Etp.v12.Datatypes.ChannelData.ChannelChangeRequestInfo": W53,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscribeChannels": W54,
  "Energistics.Etp.v12.Datatypes.ChannelData.ChannelSubscribeInfo": W55,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.ChannelData": W56,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetRangesResponse": W57,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.ChannelsTruncated": W58,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.RangeReplaced": W59,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetRanges": W60,
  "Energistics.Etp.v12.Datatypes.ChannelData.ChannelRangeInfo": W61,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChannelMetadataResponse": W62,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChangeAnnotationsResponse": W63,
  "Energistics.Etp.v12.Datatypes.Object.ChangeResponseInfo": W64,
  "Energistics.Etp.v12.Datatypes.Object.ChangeAnnotation": W65,
  "Energistics.Etp.v12.Protocol.Core.Acknowledge": W66,
  "Energistics.Etp.v12.Protocol.Core.Authorize": W67,
  "Energistics.Etp.v12.Protocol.Core.AuthorizeResponse": W68,
  "Energistics.Etp.v12.Protocol.Core.CloseSession": W69,
  "Energistics.Etp.v12.Protocol.Core.Pong": W70,
  "Energistics.Etp.v12.Protocol.Core.Ping": W71,
  "Energistics.Etp.v12.Protocol.Core.ProtocolException": W72,
  "Energistics.Etp.v12.Datatypes.ErrorInfo": W73,
  "Energistics.Etp.v12.Protocol.Core.OpenSession": W74,
  "Energistics.Etp.v12.Datatypes.SupportedProtocol": W75,
  "Energistics.Etp.v12.Datatypes.Version": W76,
  "Energistics.Etp.v12.Datatypes.SupportedDataObject": W77,
  "Energistics.Etp.v12.Protocol.Core.RequestSession": W78,
  "Energistics.Etp.v12.Protocol.DataArray.PutDataArraysResponse": W79,
  "Energistics.Etp.v12.Protocol.DataArray.PutDataSubarraysResponse": W80,
  "Energistics.Etp.v12.Protocol.DataArray.PutUninitializedDataArraysResponse": W81,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataArraysResponse": W82,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArray": W83,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataSubarraysResponse": W84,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataArrayMetadata": W85,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArrayIdentifier": W86,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataArrays": W87,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataSubarrays": W88,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.GetDataSubarraysType": W89,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataArrayMetadataResponse": W90,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArrayMetadata": W91,
  "Energistics.Etp.v12.Protocol.DataArray.PutDataArrays": W92,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.PutDataArraysType": W93,
  "Energistics.Etp.v12.Protocol.DataArray.PutDataSubarrays": W94,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.PutDataSubarraysType": W95,
  "Energistics.Etp.v12.Protocol.DataArray.PutUninitializedDataArrays": W96,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.PutUninitializedDataArrayType": W97,
  "Energistics.Etp.v12.Protocol.Dataspace.DeleteDataspaces": W98,
  "Energistics.Etp.v12.Protocol.Dataspace.DeleteDataspacesResponse": W99,
  "Energistics.Etp.v12.Protocol.Dataspace.GetDataspaces": W100,
  "Energistics.Etp.v12.Protocol.Dataspace.PutDataspacesResponse": W101,
  "Energistics.Etp.v12.Protocol.Dataspace.GetDataspacesResponse": W102,
  "Energistics.Etp.v12.Datatypes.Object.Dataspace": W103,
  "Energistics.Etp.v12.Protocol.Dataspace.PutDataspaces": W104,
  "Energistics.Etp.v12.Protocol.DiscoveryQuery.FindResources": W105,
  "Energistics.Etp.v12.Datatypes.Object.ContextInfo": W106,
  "Energistics.Etp.v12.Protocol.DiscoveryQuery.FindResourcesResponse": W107,
  "Energistics.Etp.v12.Datatypes.Object.Resource": W108,
  "Energistics.Etp.v12.Protocol.Discovery.GetDeletedResources": W109,
  "Energistics.Etp.v12.Protocol.Discovery.GetDeletedResourcesResponse": W110,
  "Energistics.Etp.v12.Datatypes.Object.DeletedResource": W111,
  "Energistics.Etp.v12.Protocol.Discovery.GetResources": W112,
  "Energistics.Etp.v12.Protocol.Discovery.GetResourcesEdgesResponse": W113,
  "Energistics.Etp.v12.Datatypes.Object.Edge": W114,
  "Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse": W115,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.SubscribePartNotificationsResponse": W116,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsDeleted": W117,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartSubscriptionEnded": W118,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.UnsubscribePartNotification": W119,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsChanged": W120,
  "Energistics.Etp.v12.Datatypes.Object.ObjectPart": W121,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsReplacedByRange": W122,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.SubscribePartNotifications": W123,
  "Energistics.Etp.v12.Datatypes.Object.SubscriptionInfo": W124,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.UnsolicitedPartNotifications": W125,
  "Energistics.Etp.v12.Protocol.GrowingObjectQuery.FindParts": W126,
  "Energistics.Etp.v12.Protocol.GrowingObjectQuery.FindPartsResponse": W127,
  "Energistics.Etp.v12.Protocol.GrowingObject.DeleteParts": W128,
  "Energistics.Etp.v12.Protocol.GrowingObject.DeletePartsResponse": W129,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetChangeAnnotations": W130,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetGrowingDataObjectsHeader": W131,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetParts": W132,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsMetadata": W133,
  "Energistics.Etp.v12.Protocol.GrowingObject.PutGrowingDataObjectsHeaderResponse": W134,
  "Energistics.Etp.v12.Protocol.GrowingObject.PutPartsResponse": W135,
  "Energistics.Etp.v12.Protocol.GrowingObject.ReplacePartsByRangeResponse": W136,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsByRange": W137,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetChangeAnnotationsResponse": W138,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsByRangeResponse": W139,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsResponse": W140,
  "Energistics.Etp.v12.Protocol.GrowingObject.PutParts": W141,
  "Energistics.Etp.v12.Protocol.GrowingObject.ReplacePartsByRange": W142,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsMetadataResponse": W143,
  "Energistics.Etp.v12.Datatypes.Object.PartsMetadataInfo": W144,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetGrowingDataObjectsHeaderResponse": W145,
  "Energistics.Etp.v12.Datatypes.Object.DataObject": W146,
  "Energistics.Etp.v12.Protocol.GrowingObject.PutGrowingDataObjectsHeader": W147,
  "Energistics.Etp.v12.Protocol.StoreNotification.SubscribeNotificationsResponse": W148,
  "Energistics.Etp.v12.Protocol.StoreNotification.Chunk": W149,
  "Energistics.Etp.v12.Protocol.StoreNotification.ObjectAccessRevoked": W150,
  "Energistics.Etp.v12.Protocol.StoreNotification.ObjectDeleted": W151,
  "Energistics.Etp.v12.Protocol.StoreNotification.SubscriptionEnded": W152,
  "Energistics.Etp.v12.Protocol.StoreNotification.UnsubscribeNotifications": W153,
  "Energistics.Etp.v12.Protocol.StoreNotification.ObjectActiveStatusChanged": W154,
  "Energistics.Etp.v12.Protocol.StoreNotification.ObjectChanged": W155,
  "Energistics.Etp.v12.Datatypes.Object.ObjectChange": W156,
  "Energistics.Etp.v12.Protocol.StoreNotification.SubscribeNotifications": W157,
  "Energistics.Etp.v12.Protocol.StoreNotification.UnsolicitedStoreNotifications": W158,
  "Energistics.Etp.v12.Protocol.StoreQuery.Chunk": W159,
  "Energistics.Etp.v12.Protocol.StoreQuery.FindDataObjects": W160,
  "Energistics.Etp.v12.Protocol.StoreQuery.FindDataObjectsResponse": W161,
  "Energistics.Etp.v12.Protocol.Store.DeleteDataObjects": W162,
  "Energistics.Etp.v12.Protocol.Store.GetDataObjects": W163,
  "Energistics.Etp.v12.Protocol.Store.DeleteDataObjectsResponse": W164,
  "Energistics.Etp.v12.Protocol.Store.Chunk": W165,
  "Energistics.Etp.v12.Protocol.Store.PutDataObjectsResponse": W166,
  "Energistics.Etp.v12.Datatypes.Object.PutResponse": W167,
  "Energistics.Etp.v12.Protocol.Store.GetDataObjectsResponse": W168,
  "Energistics.Etp.v12.Protocol.Store.PutDataObjects": W169,
  "Energistics.Etp.v12.Protocol.SupportedTypes.GetSupportedTypes": W170,
  "Energistics.Etp.v12.Protocol.SupportedTypes.GetSupportedTypesResponse": W171,
  "Energistics.Etp.v12.Datatypes.Object.SupportedType": W172,
  "Energistics.Etp.v12.Protocol.Transaction.StartTransaction": W173,
  "Energistics.Etp.v12.Protocol.Transaction.CommitTransaction": W174,
  "Energistics.Etp.v12.Protocol.Transaction.CommitTransactionResponse": W175,
  "Energistics.Etp.v12.Protocol.Transaction.RollbackTransaction": W176,
  "Energistics.Etp.v12.Protocol.Transaction.RollbackTransactionResponse": W177,
  "Energistics.Etp.v12.Protocol.Transaction.StartTransactionResponse": W178,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_AddToStore": W179,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_AddToStoreResponse": W180,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_DeleteFromStore": W181,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_DeleteFromStoreResponse": W182,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetBaseMsg": W183,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetCap": W184,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetBaseMsgResponse": W185,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetFromStore": W186,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetCapResponse": W187,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetFromStoreResponse": W188,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetVersion": W189,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetVersionResponse": W190,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_UpdateInStore": W191,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_UpdateInStoreResponse": W192,
}, read: {
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameMetadata": R0,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.CancelGetFrame": R1,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseRows": R2,
  "Energistics.Etp.v12.Datatypes.ChannelData.FrameRow": R3,
  "Energistics.Etp.v12.Datatypes.IndexValue": R4,
  "Energistics.Etp.v12.Datatypes.ChannelData.PassIndexedDepth": R5,
  "Energistics.Etp.v12.Datatypes.ChannelData.FramePoint": R6,
  "Energistics.Etp.v12.Datatypes.DataValue": R7,
  "Energistics.Etp.v12.Datatypes.ArrayOfBoolean": R8,
  "Energistics.Etp.v12.Datatypes.ArrayOfNullableBoolean": R9,
  "Energistics.Etp.v12.Datatypes.ArrayOfInt": R10,
  "Energistics.Etp.v12.Datatypes.ArrayOfNullableInt": R11,
  "Energistics.Etp.v12.Datatypes.ArrayOfLong": R12,
  "Energistics.Etp.v12.Datatypes.ArrayOfNullableLong": R13,
  "Energistics.Etp.v12.Datatypes.ArrayOfFloat": R14,
  "Energistics.Etp.v12.Datatypes.ArrayOfDouble": R15,
  "Energistics.Etp.v12.Datatypes.ArrayOfString": R16,
  "Energistics.Etp.v12.Datatypes.ArrayOfBytes": R17,
  "Energistics.Etp.v12.Datatypes.AnySparseArray": R18,
  "Energistics.Etp.v12.Datatypes.AnySubarray": R19,
  "Energistics.Etp.v12.Datatypes.AnyArray": R20,
  "Energistics.Etp.v12.Datatypes.DataAttribute": R21,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrame": R22,
  "Energistics.Etp.v12.Datatypes.Object.IndexInterval": R23,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameMetadataResponse": R24,
  "Energistics.Etp.v12.Datatypes.ChannelData.IndexMetadataRecord": R25,
  "Energistics.Etp.v12.Datatypes.ChannelData.FrameChannelMetadataRecord": R26,
  "Energistics.Etp.v12.Datatypes.AttributeMetadataRecord": R27,
  "Energistics.Etp.v12.Protocol.ChannelDataFrame.GetFrameResponseHeader": R28,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelsClosed": R29,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.CloseChannels": R30,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannels": R31,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.ReplaceRangeResponse": R32,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.TruncateChannelsResponse": R33,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.ChannelData": R34,
  "Energistics.Etp.v12.Datatypes.ChannelData.DataItem": R35,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.TruncateChannels": R36,
  "Energistics.Etp.v12.Datatypes.ChannelData.TruncateInfo": R37,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.ReplaceRange": R38,
  "Energistics.Etp.v12.Protocol.ChannelDataLoad.OpenChannelsResponse": R39,
  "Energistics.Etp.v12.Datatypes.ChannelData.OpenChannelInfo": R40,
  "Energistics.Etp.v12.Datatypes.ChannelData.ChannelMetadataRecord": R41,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.StartStreaming": R42,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.StopStreaming": R43,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelData": R44,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.TruncateChannels": R45,
  "Energistics.Etp.v12.Protocol.ChannelStreaming.ChannelMetadata": R46,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChannelMetadata": R47,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscribeChannelsResponse": R48,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscriptionsStopped": R49,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.UnsubscribeChannels": R50,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.CancelGetRanges": R51,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChangeAnnotations": R52,
  "Energistics.Etp.v12.Datatypes.ChannelData.ChannelChangeRequestInfo": R53,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.SubscribeChannels": R54,
  "Energistics.Etp.v12.Datatypes.ChannelData.ChannelSubscribeInfo": R55,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.ChannelData": R56,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetRangesResponse": R57,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.ChannelsTruncated": R58,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.RangeReplaced": R59,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetRanges": R60,
  "Energistics.Etp.v12.Datatypes.ChannelData.ChannelRangeInfo": R61,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChannelMetadataResponse": R62,
  "Energistics.Etp.v12.Protocol.ChannelSubscribe.GetChangeAnnotationsResponse": R63,
  "Energistics.Etp.v12.Datatypes.Object.ChangeResponseInfo": R64,
  "Energistics.Etp.v12.Datatypes.Object.ChangeAnnotation": R65,
  "Energistics.Etp.v12.Protocol.Core.Acknowledge": R66,
  "Energistics.Etp.v12.Protocol.Core.Authorize": R67,
  "Energistics.Etp.v12.Protocol.Core.AuthorizeResponse": R68,
  "Energistics.Etp.v12.Protocol.Core.CloseSession": R69,
  "Energistics.Etp.v12.Protocol.Core.Pong": R70,
  "Energistics.Etp.v12.Protocol.Core.Ping": R71,
  "Energistics.Etp.v12.Protocol.Core.ProtocolException": R72,
  "Energistics.Etp.v12.Datatypes.ErrorInfo": R73,
  "Energistics.Etp.v12.Protocol.Core.OpenSession": R74,
  "Energistics.Etp.v12.Datatypes.SupportedProtocol": R75,
  "Energistics.Etp.v12.Datatypes.Version": R76,
  "Energistics.Etp.v12.Datatypes.SupportedDataObject": R77,
  "Energistics.Etp.v12.Protocol.Core.RequestSession": R78,
  "Energistics.Etp.v12.Protocol.DataArray.PutDataArraysResponse": R79,
  "Energistics.Etp.v12.Protocol.DataArray.PutDataSubarraysResponse": R80,
  "Energistics.Etp.v12.Protocol.DataArray.PutUninitializedDataArraysResponse": R81,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataArraysResponse": R82,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArray": R83,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataSubarraysResponse": R84,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataArrayMetadata": R85,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArrayIdentifier": R86,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataArrays": R87,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataSubarrays": R88,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.GetDataSubarraysType": R89,
  "Energistics.Etp.v12.Protocol.DataArray.GetDataArrayMetadataResponse": R90,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.DataArrayMetadata": R91,
  "Energistics.Etp.v12.Protocol.DataArray.PutDataArrays": R92,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.PutDataArraysType": R93,
  "Energistics.Etp.v12.Protocol.DataArray.PutDataSubarrays": R94,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.PutDataSubarraysType": R95,
  "Energistics.Etp.v12.Protocol.DataArray.PutUninitializedDataArrays": R96,
  "Energistics.Etp.v12.Datatypes.DataArrayTypes.PutUninitializedDataArrayType": R97,
  "Energistics.Etp.v12.Protocol.Dataspace.DeleteDataspaces": R98,
  "Energistics.Etp.v12.Protocol.Dataspace.DeleteDataspacesResponse": R99,
  "Energistics.Etp.v12.Protocol.Dataspace.GetDataspaces": R100,
  "Energistics.Etp.v12.Protocol.Dataspace.PutDataspacesResponse": R101,
  "Energistics.Etp.v12.Protocol.Dataspace.GetDataspacesResponse": R102,
  "Energistics.Etp.v12.Datatypes.Object.Dataspace": R103,
  "Energistics.Etp.v12.Protocol.Dataspace.PutDataspaces": R104,
  "Energistics.Etp.v12.Protocol.DiscoveryQuery.FindResources": R105,
  "Energistics.Etp.v12.Datatypes.Object.ContextInfo": R106,
  "Energistics.Etp.v12.Protocol.DiscoveryQuery.FindResourcesResponse": R107,
  "Energistics.Etp.v12.Datatypes.Object.Resource": R108,
  "Energistics.Etp.v12.Protocol.Discovery.GetDeletedResources": R109,
  "Energistics.Etp.v12.Protocol.Discovery.GetDeletedResourcesResponse": R110,
  "Energistics.Etp.v12.Datatypes.Object.DeletedResource": R111,
  "Energistics.Etp.v12.Protocol.Discovery.GetResources": R112,
  "Energistics.Etp.v12.Protocol.Discovery.GetResourcesEdgesResponse": R113,
  "Energistics.Etp.v12.Datatypes.Object.Edge": R114,
  "Energistics.Etp.v12.Protocol.Discovery.GetResourcesResponse": R115,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.SubscribePartNotificationsResponse": R116,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsDeleted": R117,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartSubscriptionEnded": R118,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.UnsubscribePartNotification": R119,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsChanged": R120,
  "Energistics.Etp.v12.Datatypes.Object.ObjectPart": R121,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.PartsReplacedByRange": R122,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.SubscribePartNotifications": R123,
  "Energistics.Etp.v12.Datatypes.Object.SubscriptionInfo": R124,
  "Energistics.Etp.v12.Protocol.GrowingObjectNotification.UnsolicitedPartNotifications": R125,
  "Energistics.Etp.v12.Protocol.GrowingObjectQuery.FindParts": R126,
  "Energistics.Etp.v12.Protocol.GrowingObjectQuery.FindPartsResponse": R127,
  "Energistics.Etp.v12.Protocol.GrowingObject.DeleteParts": R128,
  "Energistics.Etp.v12.Protocol.GrowingObject.DeletePartsResponse": R129,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetChangeAnnotations": R130,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetGrowingDataObjectsHeader": R131,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetParts": R132,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsMetadata": R133,
  "Energistics.Etp.v12.Protocol.GrowingObject.PutGrowingDataObjectsHeaderResponse": R134,
  "Energistics.Etp.v12.Protocol.GrowingObject.PutPartsResponse": R135,
  "Energistics.Etp.v12.Protocol.GrowingObject.ReplacePartsByRangeResponse": R136,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsByRange": R137,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetChangeAnnotationsResponse": R138,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsByRangeResponse": R139,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsResponse": R140,
  "Energistics.Etp.v12.Protocol.GrowingObject.PutParts": R141,
  "Energistics.Etp.v12.Protocol.GrowingObject.ReplacePartsByRange": R142,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetPartsMetadataResponse": R143,
  "Energistics.Etp.v12.Datatypes.Object.PartsMetadataInfo": R144,
  "Energistics.Etp.v12.Protocol.GrowingObject.GetGrowingDataObjectsHeaderResponse": R145,
  "Energistics.Etp.v12.Datatypes.Object.DataObject": R146,
  "Energistics.Etp.v12.Protocol.GrowingObject.PutGrowingDataObjectsHeader": R147,
  "Energistics.Etp.v12.Protocol.StoreNotification.SubscribeNotificationsResponse": R148,
  "Energistics.Etp.v12.Protocol.StoreNotification.Chunk": R149,
  "Energistics.Etp.v12.Protocol.StoreNotification.ObjectAccessRevoked": R150,
  "Energistics.Etp.v12.Protocol.StoreNotification.ObjectDeleted": R151,
  "Energistics.Etp.v12.Protocol.StoreNotification.SubscriptionEnded": R152,
  "Energistics.Etp.v12.Protocol.StoreNotification.UnsubscribeNotifications": R153,
  "Energistics.Etp.v12.Protocol.StoreNotification.ObjectActiveStatusChanged": R154,
  "Energistics.Etp.v12.Protocol.StoreNotification.ObjectChanged": R155,
  "Energistics.Etp.v12.Datatypes.Object.ObjectChange": R156,
  "Energistics.Etp.v12.Protocol.StoreNotification.SubscribeNotifications": R157,
  "Energistics.Etp.v12.Protocol.StoreNotification.UnsolicitedStoreNotifications": R158,
  "Energistics.Etp.v12.Protocol.StoreQuery.Chunk": R159,
  "Energistics.Etp.v12.Protocol.StoreQuery.FindDataObjects": R160,
  "Energistics.Etp.v12.Protocol.StoreQuery.FindDataObjectsResponse": R161,
  "Energistics.Etp.v12.Protocol.Store.DeleteDataObjects": R162,
  "Energistics.Etp.v12.Protocol.Store.GetDataObjects": R163,
  "Energistics.Etp.v12.Protocol.Store.DeleteDataObjectsResponse": R164,
  "Energistics.Etp.v12.Protocol.Store.Chunk": R165,
  "Energistics.Etp.v12.Protocol.Store.PutDataObjectsResponse": R166,
  "Energistics.Etp.v12.Datatypes.Object.PutResponse": R167,
  "Energistics.Etp.v12.Protocol.Store.GetDataObjectsResponse": R168,
  "Energistics.Etp.v12.Protocol.Store.PutDataObjects": R169,
  "Energistics.Etp.v12.Protocol.SupportedTypes.GetSupportedTypes": R170,
  "Energistics.Etp.v12.Protocol.SupportedTypes.GetSupportedTypesResponse": R171,
  "Energistics.Etp.v12.Datatypes.Object.SupportedType": R172,
  "Energistics.Etp.v12.Protocol.Transaction.StartTransaction": R173,
  "Energistics.Etp.v12.Protocol.Transaction.CommitTransaction": R174,
  "Energistics.Etp.v12.Protocol.Transaction.CommitTransactionResponse": R175,
  "Energistics.Etp.v12.Protocol.Transaction.RollbackTransaction": R176,
  "Energistics.Etp.v12.Protocol.Transaction.RollbackTransactionResponse": R177,
  "Energistics.Etp.v12.Protocol.Transaction.StartTransactionResponse": R178,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_AddToStore": R179,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_AddToStoreResponse": R180,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_DeleteFromStore": R181,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_DeleteFromStoreResponse": R182,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetBaseMsg": R183,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetCap": R184,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetBaseMsgResponse": R185,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetFromStore": R186,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetCapResponse": R187,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetFromStoreResponse": R188,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetVersion": R189,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_GetVersionResponse": R190,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_UpdateInStore": R191,
  "Energistics.Etp.v12.PrivateProtocols.WitsmlSoap.WMLS_UpdateInStoreResponse": R192,
} };
};
export default code;
