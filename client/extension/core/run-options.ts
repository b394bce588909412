// Run options as the user gives them ("Run with options…"), parsed and checked without VS Code.
import { joinWords, splitWords } from './words';

export interface RunOptions {
  /** Replaces the image's CMD; undefined keeps it. */
  command: string[] | undefined;
  /** `KEY=value` */
  env: string[];
  /** `[ip:][hostPort:]containerPort[/proto]` */
  ports: string[];
  /** `hostPathOrVolume:/container/path[:ro|rw]` */
  volumes: string[];
  network: 'default' | 'none';
  keep: boolean;
}

export const defaultRunOptions: RunOptions = {
  command: undefined,
  env: [],
  ports: [],
  volumes: [],
  network: 'default',
  keep: false,
};

export type OptionProblem =
  { problem: 'unterminatedQuote' } | { problem: 'envWithoutEquals' | 'badPort' | 'badVolume'; item: string };

export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & OptionProblem);

const envPattern = /^[^=\s]+=/;
const portPattern = /^(?:(?:\d{1,3}(?:\.\d{1,3}){3}):)?(?:(\d{1,5})?:)?(\d{1,5})(?:\/(?:tcp|udp|sctp))?$/i;
const volumePattern = /^[^:]+:\/[^:]*(?::(?:ro|rw|z|Z|ro,z|ro,Z))?$/;

export function parseCommand(text: string): Parsed<string[] | undefined> {
  const split = splitWords(text);
  if (!split.ok) return { ok: false, problem: split.problem };
  return { ok: true, value: split.words.length > 0 ? split.words : undefined };
}

export const parseEnv = (text: string): Parsed<string[]> =>
  parseList(text, (w) => envPattern.test(w), 'envWithoutEquals');
export const parsePorts = (text: string): Parsed<string[]> => parseList(text, validPort, 'badPort');
export const parseVolumes = (text: string): Parsed<string[]> =>
  parseList(text, (w) => volumePattern.test(w), 'badVolume');

/** Ports to prefill from EXPOSE: each container port published on the same host port. */
export function portsFromExpose(exposed: readonly string[]): string[] {
  return exposed.filter((port) => !port.includes('-')).map((port) => `${port.split('/')[0] ?? port}:${port}`);
}

export function formatList(words: readonly string[] | undefined): string {
  return words ? joinWords(words) : '';
}

function validPort(word: string): boolean {
  const match = portPattern.exec(word);
  if (!match) return false;
  return [match[1], match[2]].every((port) => port === undefined || (Number(port) > 0 && Number(port) < 65536));
}

function parseList(
  text: string,
  valid: (word: string) => boolean,
  problem: 'envWithoutEquals' | 'badPort' | 'badVolume',
): Parsed<string[]> {
  const split = splitWords(text);
  if (!split.ok) return { ok: false, problem: split.problem };
  const bad = split.words.find((word) => !valid(word));
  return bad === undefined ? { ok: true, value: split.words } : { ok: false, problem, item: bad };
}
