// Shell analysis on the 10,000-line file: parse + every default rule + the shell parser's analysis, against the
// peer's whole validation (dockerfile-utils.validate, the validator of dockerfile-language-server-nodejs), both
// measured in this run, interleaved, so machine load affects both alike.
//
// What is measured, honestly:
// - "typing": each sample changes one RUN line (as a keystroke does), then parses and validates the whole file with
//   the shell analysis on. Unchanged snippets hit the parse cache, as they do in the editor. Target: ≤ 1/10 of the
//   peer's median.
// - "cold": every snippet of the file new to the cache (each sample renames them all): the first validation after
//   opening a file. Shown for information; it happens once per file, and the server publishes the other findings
//   first (the parser loads in the background).
// - "load": loading the WebAssembly parser once (web-tree-sitter's runtime and the bash grammar).
import { performance } from 'node:perf_hooks';
import { validate as peerValidate } from 'dockerfile-utils';
import { generateDockerfile } from './support/dockerfile-gen';
import { median, ms } from './support/stats';
import { parse } from '../core/parser';
import { validate } from '../core/rules';
import { loadNodeShellParser } from '../core/node/shell-wasm';
import { shellSnippets, type ShellParser } from '../core/shell';

const LINES = 10_000;
const TYPING_SAMPLES = 25;
const COLD_SAMPLES = 3;
const TARGET_RATIO = 10;

function ours(text: string, parser: ShellParser | undefined): number {
  const started = performance.now();
  validate(parse(text), { text, shell: parser && { parser } });
  return performance.now() - started;
}

function peer(text: string): number {
  const started = performance.now();
  peerValidate(text);
  return performance.now() - started;
}

/** The file with the `echo "compiling …"` line of one stage changed, as typing there would. */
function typed(text: string, sample: number): string {
  let seen = 0;
  return text.replace(/echo "compiling \$PART"/g, (line) => (seen++ === sample * 7 ? `${line} x${sample}` : line));
}

async function main(): Promise<void> {
  const text = generateDockerfile(LINES);
  const loadStarted = performance.now();
  const parser = await loadNodeShellParser();
  const load = performance.now() - loadStarted;
  const snippets = shellSnippets(parse(text)).length;
  const cold: number[] = [];
  for (let sample = 0; sample < COLD_SAMPLES; sample++)
    cold.push(ours(text.replace(/^RUN /gm, `RUN : ${sample}; `), parser));
  ours(text, parser);
  const typing: number[] = [];
  const withoutShell: number[] = [];
  const peers: number[] = [];
  for (let sample = 0; sample < TYPING_SAMPLES; sample++) {
    const edited = typed(text, sample);
    typing.push(ours(edited, parser));
    withoutShell.push(ours(edited, undefined));
    peers.push(peer(edited));
  }
  const ratio = median(peers) / median(typing);
  console.log(`${LINES} lines, ${snippets} shell snippets; parser load ${ms(load)}`);
  console.log(`typing: ours ${ms(median(typing))} (parse + all rules + shell analysis), peer ${ms(median(peers))}`);
  console.log(`        ours without the shell analysis ${ms(median(withoutShell))}`);
  console.log(`cold:   ours ${ms(median(cold))} (every snippet parsed: ${ms(median(cold) / snippets)} per snippet)`);
  console.log(`typing: ours/peer = ${(1 / ratio).toFixed(4)} (ours is ${ratio.toFixed(1)}× faster)`);
  const met = ratio >= TARGET_RATIO;
  console.log(`target: ours ≤ 1/${TARGET_RATIO} of the peer's median while typing → ${met ? 'met' : 'NOT met'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
