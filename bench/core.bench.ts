// The core on the 10,000-line file, against the peers measured in this run, interleaved so machine load affects
// both alike: our parse against dockerfile-ast's, and our parse + every default rule against dockerfile-utils'
// validate (the validator of dockerfile-language-server-nodejs). Shell analysis is measured by shell.bench.ts.
import { performance } from 'node:perf_hooks';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as peerValidate } from 'dockerfile-utils';
import { generateDockerfile } from './support/dockerfile-gen';
import { median, ms, percentile } from './support/stats';
import { parse } from '../core/parser';
import { validate } from '../core/rules';

const LINES = 10_000;
const WARMUP = 5;
const SAMPLES = 40;
/** The scaling check: ten times the lines may cost at most this many times the time. */
const SCALE = 10;
const SCALING_LIMIT = 12;
const SCALING_SAMPLES = 10;

interface Contest {
  name: string;
  ours: (text: string) => unknown;
  peer: (text: string) => unknown;
  peerName: string;
  /** Ours must take at most 1/target of the peer's median. */
  target: number;
}

const CONTESTS: Contest[] = [
  { name: 'parse', ours: parse, peer: (text) => DockerfileParser.parse(text), peerName: 'dockerfile-ast', target: 10 },
  {
    name: 'parse + every default rule',
    ours: (text) => validate(parse(text), { text }),
    peer: (text) => peerValidate(text),
    peerName: 'dockerfile-utils.validate',
    target: 20,
  },
];

function time(run: (text: string) => unknown, text: string): number {
  const started = performance.now();
  run(text);
  return performance.now() - started;
}

/** `count` timings of each of two runs, taken in turn so machine load affects both alike. */
function interleaved(count: number, first: () => number, second: () => number): [number[], number[]] {
  const firsts: number[] = [];
  const seconds: number[] = [];
  for (let i = 0; i < count; i++) {
    firsts.push(first());
    seconds.push(second());
  }
  return [firsts, seconds];
}

function measure(contest: Contest, text: string): void {
  for (let i = 0; i < WARMUP; i++) {
    contest.ours(text);
    contest.peer(text);
  }
  const [ours, peer] = interleaved(
    SAMPLES,
    () => time(contest.ours, text),
    () => time(contest.peer, text),
  );
  const ratio = median(ours) / median(peer);
  const met = ratio <= 1 / contest.target;
  const figures = (values: number[]): string => `median ${ms(median(values))}, p95 ${ms(percentile(values, 95))}`;
  console.log(`${contest.name}: ours ${figures(ours)}; ${contest.peerName} ${figures(peer)}`);
  console.log(
    `  ratio ours/peer ${ratio.toFixed(4)} (1/${(1 / ratio).toFixed(1)}), target ≤ 1/${contest.target} → ${met ? 'met' : 'NOT met'}`,
  );
}

/** Ours on the file and on one ten times longer, interleaved: the time must grow about linearly. */
function measureScaling(contest: Contest, small: string, large: string): void {
  contest.ours(large);
  const [smallTimes, largeTimes] = interleaved(
    SCALING_SAMPLES,
    () => time(contest.ours, small),
    () => time(contest.ours, large),
  );
  const growth = median(largeTimes) / median(smallTimes);
  const met = growth <= SCALING_LIMIT;
  console.log(
    `${contest.name}, ${LINES * SCALE} lines against ${LINES}: ${ms(median(largeTimes))} against ${ms(median(smallTimes))}, ` +
      `${growth.toFixed(1)}×, target ≤ ${SCALING_LIMIT}× → ${met ? 'met' : 'NOT met'}`,
  );
}

const text = generateDockerfile(LINES);
console.log(`${LINES} lines, ${SAMPLES} samples each`);
for (const contest of CONTESTS) measure(contest, text);
const large = generateDockerfile(LINES * SCALE);
for (const contest of CONTESTS) measureScaling(contest, text, large);
