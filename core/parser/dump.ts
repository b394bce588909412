// The `parse --format json` shape: a plain, stable view of the tree for tooling, debugging and golden tests.
import type { DockerfileAst, Instruction } from './ast';

export interface DumpedInstruction {
  keyword: string;
  /** 1-based. */
  line: number;
  endLine: number;
  flags: string[];
  args: string[];
  heredocs: { delimiter: string; content: string }[];
  trigger: DumpedInstruction | null;
}

export interface DumpedAst {
  directives: { name: string; value: string; line: number }[];
  instructions: DumpedInstruction[];
}

export function dumpAst(ast: DockerfileAst): DumpedAst {
  return {
    directives: ast.directives.map((d) => ({ name: d.name, value: d.value, line: d.range.start.line + 1 })),
    instructions: ast.instructions.map(dumpInstruction),
  };
}

function dumpInstruction(instruction: Instruction): DumpedInstruction {
  return {
    keyword: instruction.keyword.toLowerCase(),
    line: instruction.range.start.line + 1,
    endLine: instruction.range.end.line + 1,
    flags: instruction.flags.map((flag) => flag.raw),
    args: instruction.args.map((arg) => arg.value),
    heredocs: instruction.heredocs.map((h) => ({ delimiter: h.delimiter, content: h.content })),
    trigger: instruction.trigger ? dumpInstruction(instruction.trigger) : null,
  };
}
