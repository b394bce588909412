// Decodes BuildKit progress (`{"id":"moby.buildkit.trace","aux":"<base64>"}`): a protobuf
// moby.buildkit.v1.StatusResponse, read with a minimal schema built through protobufjs' reflection API.
import { Field, Root, Type } from 'protobufjs/light';

export interface TraceVertex {
  digest: string;
  inputs: string[];
  name: string;
  cached: boolean;
  /** Milliseconds since the epoch. */
  started?: number;
  completed?: number;
  error?: string;
}

export interface TraceStatus {
  id: string;
  vertex: string;
  name: string;
  current: number;
  total: number;
  started?: number;
  completed?: number;
}

export interface TraceLog {
  vertex: string;
  timestamp?: number;
  /** 1 stdout, 2 stderr. */
  stream: number;
  data: Buffer;
}

export interface TraceWarning {
  vertex: string;
  level: number;
  short: string;
  detail: string[];
  url?: string;
}

export interface StatusResponse {
  vertexes: TraceVertex[];
  statuses: TraceStatus[];
  logs: TraceLog[];
  warnings: TraceWarning[];
}

/** A protobuf message type from its fields (name, number, type, rule), through protobufjs' reflection API. */
export function messageType(name: string, fields: [string, number, string, 'repeated'?][]): Type {
  const type = new Type(name);
  for (const [fieldName, id, fieldType, rule] of fields) type.add(new Field(fieldName, id, fieldType, rule));
  return type;
}

const statusResponseType: Type = (() => {
  const root = new Root();
  root.add(
    messageType('Timestamp', [
      ['seconds', 1, 'int64'],
      ['nanos', 2, 'int32'],
    ]),
  );
  root.add(
    messageType('Vertex', [
      ['digest', 1, 'string'],
      ['inputs', 2, 'string', 'repeated'],
      ['name', 3, 'string'],
      ['cached', 4, 'bool'],
      ['started', 5, 'Timestamp'],
      ['completed', 6, 'Timestamp'],
      ['error', 7, 'string'],
    ]),
  );
  root.add(
    messageType('VertexStatus', [
      ['ID', 1, 'string'],
      ['vertex', 2, 'string'],
      ['name', 3, 'string'],
      ['current', 4, 'int64'],
      ['total', 5, 'int64'],
      ['timestamp', 6, 'Timestamp'],
      ['started', 7, 'Timestamp'],
      ['completed', 8, 'Timestamp'],
    ]),
  );
  root.add(
    messageType('VertexLog', [
      ['vertex', 1, 'string'],
      ['timestamp', 2, 'Timestamp'],
      ['stream', 3, 'int64'],
      ['msg', 4, 'bytes'],
    ]),
  );
  root.add(
    messageType('VertexWarning', [
      ['vertex', 1, 'string'],
      ['level', 2, 'int64'],
      ['short', 3, 'bytes'],
      ['detail', 4, 'bytes', 'repeated'],
      ['url', 5, 'string'],
    ]),
  );
  root.add(
    messageType('StatusResponse', [
      ['vertexes', 1, 'Vertex', 'repeated'],
      ['statuses', 2, 'VertexStatus', 'repeated'],
      ['logs', 3, 'VertexLog', 'repeated'],
      ['warnings', 4, 'VertexWarning', 'repeated'],
    ]),
  );
  return root.lookupType('StatusResponse');
})();

interface RawTimestamp {
  seconds: number;
  nanos: number;
}
interface RawVertex {
  digest: string;
  inputs: string[];
  name: string;
  cached: boolean;
  started?: RawTimestamp;
  completed?: RawTimestamp;
  error: string;
}
interface RawStatus {
  ID: string;
  vertex: string;
  name: string;
  current: number;
  total: number;
  started?: RawTimestamp;
  completed?: RawTimestamp;
}
interface RawLog {
  vertex: string;
  timestamp?: RawTimestamp;
  stream: number;
  msg: Uint8Array;
}
interface RawWarning {
  vertex: string;
  level: number;
  short: Uint8Array;
  detail: Uint8Array[];
  url: string;
}
interface RawResponse {
  vertexes: RawVertex[];
  statuses: RawStatus[];
  logs: RawLog[];
  warnings: RawWarning[];
}

function millis(value: RawTimestamp | undefined): number | undefined {
  return value ? value.seconds * 1000 + value.nanos / 1e6 : undefined;
}

/** Copies the timestamps that are set, as milliseconds. */
function times(fields: Record<string, RawTimestamp | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(fields)) {
    const ms = millis(value);
    if (ms !== undefined) out[key] = ms;
  }
  return out;
}

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

/** Decodes one `aux` payload (base64). Throws on bytes that are not a StatusResponse. */
export function decodeTrace(base64: string): StatusResponse {
  const raw = statusResponseType.toObject(statusResponseType.decode(Buffer.from(base64, 'base64')), {
    longs: Number,
    arrays: true,
    defaults: true,
  }) as RawResponse;
  return {
    vertexes: raw.vertexes.map((v) => ({
      digest: v.digest,
      inputs: v.inputs,
      name: v.name,
      cached: v.cached,
      ...times({ started: v.started, completed: v.completed }),
      ...(v.error ? { error: v.error } : {}),
    })),
    statuses: raw.statuses.map((s) => ({
      id: s.ID,
      vertex: s.vertex,
      name: s.name,
      current: s.current,
      total: s.total,
      ...times({ started: s.started, completed: s.completed }),
    })),
    logs: raw.logs.map((l) => ({
      vertex: l.vertex,
      stream: l.stream,
      data: Buffer.from(l.msg),
      ...times({ timestamp: l.timestamp }),
    })),
    warnings: raw.warnings.map((w) => ({
      vertex: w.vertex,
      level: w.level,
      short: text(w.short),
      detail: w.detail.map(text),
      ...(w.url ? { url: w.url } : {}),
    })),
  };
}
