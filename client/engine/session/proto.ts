// The messages a BuildKit session exchanges, from BuildKit's and fsutil's .proto files: fsutil/types (wire.proto,
// stat.proto), session/auth, session/secrets, session/sshforward, and grpc.health.v1. Only the fields we read or
// write are declared; protobuf skips the others. Paths and link names are declared `bytes` (the same wire format as
// `string`) so that file names that are not UTF-8 go through unchanged.
import { Root, type Type } from 'protobufjs/light';
import { messageType } from '../buildkit-trace';

const root = new Root();
const define = (name: string, fields: Parameters<typeof messageType>[1]): Type => {
  root.add(messageType(name, fields));
  return root.lookupType(name);
};

define('Stat', [
  ['path', 1, 'bytes'],
  ['mode', 2, 'uint32'],
  ['uid', 3, 'uint32'],
  ['gid', 4, 'uint32'],
  ['size', 5, 'int64'],
  ['modTime', 6, 'int64'],
  ['linkname', 7, 'bytes'],
  ['devmajor', 8, 'int64'],
  ['devminor', 9, 'int64'],
]);
const packetType = define('Packet', [
  ['type', 1, 'int32'],
  ['stat', 2, 'Stat'],
  ['ID', 3, 'uint32'],
  ['data', 4, 'bytes'],
]);
const credentialsRequest = define('CredentialsRequest', [['Host', 1, 'string']]);
const credentialsResponse = define('CredentialsResponse', [
  ['Username', 1, 'string'],
  ['Secret', 2, 'string'],
]);
const secretRequest = define('GetSecretRequest', [['ID', 1, 'string']]);
const secretResponse = define('GetSecretResponse', [['data', 1, 'bytes']]);
const checkAgentRequest = define('CheckAgentRequest', [['ID', 1, 'string']]);
const bytesMessage = define('BytesMessage', [['data', 1, 'bytes']]);
const healthRequest = define('HealthCheckRequest', [['service', 1, 'string']]);
const healthResponse = define('HealthCheckResponse', [['status', 1, 'int32']]);

/** fsutil.types.Packet.PacketType */
export const PacketType = { stat: 0, req: 1, data: 2, fin: 3, err: 4 } as const;

/** An int64 as protobufjs writes it exactly (a JS number loses nanoseconds). */
export interface Int64 {
  low: number;
  high: number;
}

export function int64(value: bigint): Int64 {
  const bits = BigInt.asUintN(64, value);
  return { low: Number(bits & 0xffffffffn) | 0, high: Number(bits >> 32n) | 0 };
}

/** fsutil.types.Stat; `mode` uses Go's os.FileMode bits. */
export interface Stat {
  path: Buffer;
  mode: number;
  uid: number;
  gid: number;
  size: Int64;
  modTime: Int64;
  linkname?: Buffer;
  devmajor?: Int64;
  devminor?: Int64;
}

export interface Packet {
  type: number;
  stat?: Stat;
  ID?: number;
  data?: Uint8Array;
}

export function encodePacket(packet: Packet): Uint8Array {
  return packetType.encode(packet).finish();
}

export function decodePacket(bytes: Uint8Array): { type: number; ID: number; data: Buffer } {
  const raw = packetType.toObject(packetType.decode(bytes), { defaults: true }) as {
    type: number;
    ID: number;
    data: Uint8Array;
  };
  return { type: raw.type, ID: raw.ID, data: Buffer.from(raw.data) };
}

function stringField(type: Type, bytes: Uint8Array, field: string): string {
  const value = (type.toObject(type.decode(bytes), { defaults: true }) as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
}

export const decodeCredentialsRequest = (bytes: Uint8Array): string => stringField(credentialsRequest, bytes, 'Host');
export const encodeCredentialsResponse = (username: string, secret: string): Uint8Array =>
  credentialsResponse.encode({ Username: username, Secret: secret }).finish();

export const decodeSecretRequest = (bytes: Uint8Array): string => stringField(secretRequest, bytes, 'ID');
export const encodeSecretResponse = (data: Uint8Array): Uint8Array => secretResponse.encode({ data }).finish();

export const decodeCheckAgentRequest = (bytes: Uint8Array): string => stringField(checkAgentRequest, bytes, 'ID');
/** CheckAgentResponse has no fields. */
export const emptyMessage = new Uint8Array(0);

export const encodeBytesMessage = (data: Uint8Array): Uint8Array => bytesMessage.encode({ data }).finish();
export function decodeBytesMessage(bytes: Uint8Array): Buffer {
  const raw = bytesMessage.toObject(bytesMessage.decode(bytes), { defaults: true }) as { data: Uint8Array };
  return Buffer.from(raw.data);
}

export const decodeHealthRequest = (bytes: Uint8Array): string => stringField(healthRequest, bytes, 'service');
/** grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING */
export const encodeServing = (): Uint8Array => healthResponse.encode({ status: 1 }).finish();
