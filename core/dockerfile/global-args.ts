// The global ARGs (those before the first FROM) as BuildKit computes them for the FROM lines: its automatic platform
// ARGs first, then each declared ARG in order, its default expanded with the ARGs before it, unless a build argument
// gives its value. And the base image each stage's FROM names once those are expanded.
import type { DockerfileAst, Stage } from '../parser/ast';
import { parseArgWord } from './args';
import { processWord } from './shell-word';
import { baseStage, preambleOf } from './stages';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** The platform assumed when none is known (the engine's, for the editor and the CLI, when it answers). */
export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

/** `linux/arm64`, `linux/arm/v7`. */
export function formatPlatform(platform: Platform): string {
  const base = `${platform.os}/${platform.architecture}`;
  return platform.variant ? `${base}/${platform.variant}` : base;
}

/** BuildKit's automatic ARGs, for a build on `build` of an image for `target`. */
export function platformArgs(target: Platform, build: Platform = target): Map<string, string> {
  return new Map([
    ['BUILDPLATFORM', formatPlatform(build)],
    ['BUILDOS', build.os],
    ['BUILDARCH', build.architecture],
    ['BUILDVARIANT', build.variant ?? ''],
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant ?? ''],
  ]);
}

export interface GlobalArgOptions {
  /** `--build-arg` values; undefined means "defaults only", as BuildKit's InvalidDefaultArgInFrom check reads them. */
  buildArgs?: Readonly<Record<string, string>>;
  platform?: Platform;
}

/** The value of every global ARG that has one, and of the automatic platform ARGs. */
export function globalArgValues(ast: DockerfileAst, options: GlobalArgOptions = {}): Map<string, string> {
  const buildArgs = options.buildArgs ?? {};
  const values = platformArgs(options.platform ?? DEFAULT_PLATFORM);
  for (const [name] of values) if (Object.hasOwn(buildArgs, name)) values.set(name, buildArgs[name] ?? '');
  for (const instruction of preambleOf(ast)) {
    if (instruction.keyword !== 'ARG') continue;
    for (const word of instruction.args) {
      const { name, rawDefault } = parseArgWord(word.value);
      if (Object.hasOwn(buildArgs, name)) values.set(name, buildArgs[name] ?? '');
      else if (rawDefault !== undefined) {
        const expanded = processWord(rawDefault, (key) => values.get(key), ast.escapeChar);
        if (expanded === undefined) return values;
        values.set(name, expanded);
      }
    }
  }
  return values;
}

export interface BaseImage {
  stage: Stage;
  /** The image reference once the FROM's ARGs are expanded and its quotes removed. */
  ref: string;
}

/** The images the stages build on (not `scratch`, not earlier stages), their references expanded. */
export function baseImages(ast: DockerfileAst, options: GlobalArgOptions = {}): BaseImage[] {
  return baseImagesWith(ast, globalArgValues(ast, options));
}

/** `baseImages` with the global ARG values already computed. */
export function baseImagesWith(ast: DockerfileAst, values: ReadonlyMap<string, string>): BaseImage[] {
  const images: BaseImage[] = [];
  for (const stage of ast.stages) {
    if (!stage.image || baseStage(ast, stage)) continue;
    const ref = processWord(stage.image.value, (name) => values.get(name), ast.escapeChar);
    if (ref && ref.toLowerCase() !== 'scratch') images.push({ stage, ref });
  }
  return images;
}
