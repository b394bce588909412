// The file-level pass, as BuildKit's Parse: directives at the top, comments, instructions joined across
// continuations, then here-document bodies read after the instruction that opens them.
import type { Comment, DockerfileAst, Instruction, SyntaxProblem } from './ast';
import { DirectiveScanner } from './directives';
import { findHeredocMarkers, NO_MARKERS, readHeredocs, type HeredocRead } from './heredocs';
import { buildInstruction, type ParsedInstruction } from './instruction';
import { joinInstruction, makeComment, type JoinedInstruction } from './logical-line';
import { makeProblem } from './problems';
import { buildStages } from './stages';
import { skipSpace, type SourceText } from './text';

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

interface DocumentState {
  source: SourceText;
  directives: DirectiveScanner;
  comments: Comment[];
  instructions: Instruction[];
  problems: SyntaxProblem[];
}

/**
 * BuildKit's Parse over `source`, a few lines at a time: `advance` reads up to a number of physical lines (always at
 * least one instruction) and says whether the end was reached; `tree` finishes. A caller that must stay responsive
 * yields between steps; `parse` takes one step over everything.
 */
export class DocumentParse {
  private readonly state: DocumentState;
  private line = 0;

  constructor(private readonly source: SourceText) {
    const problems: SyntaxProblem[] = [];
    this.state = {
      source,
      directives: new DirectiveScanner(source, problems),
      comments: [],
      instructions: [],
      problems,
    };
  }

  advance(lines: number): boolean {
    const { source, state } = this;
    const text = source.text;
    const stop = Math.min(source.lineCount, this.line + Math.max(1, lines));
    let i = this.line;
    while (i < stop) {
      const end = source.end(i);
      const lead = skipSpace(text, i === 0 && source.hasBom ? 1 : source.start(i), end);
      if (state.directives.consume(lead, end)) {
        i++;
      } else if (lead < end && text.charCodeAt(lead) === 35 /* # */) {
        state.comments.push(makeComment(source, lead, end));
        i++;
      } else {
        const joined = joinInstruction(source, i, lead, state.directives.escapeChar, state.comments);
        i = joined ? addInstruction(state, joined) : i + 1;
      }
    }
    this.line = i;
    return i >= source.lineCount;
  }

  /** The tree; reads whatever is left first. */
  tree(): DockerfileAst {
    this.advance(Infinity);
    const { source, state } = this;
    const { problems } = state;
    source.releasePositions();
    problems.sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    return {
      directives: state.directives.directives,
      escapeChar: state.directives.escapeChar,
      instructions: state.instructions,
      comments: state.comments,
      stages: buildStages(state.instructions),
      problems,
      lineCount: source.lineCount,
    };
  }
}

/** Builds the joined instruction, reads its here-documents, and returns the next physical line to read. */
function addInstruction(state: DocumentState, joined: JoinedInstruction): number {
  const { source, problems } = state;
  const escape = state.directives.escapeChar;
  const instruction = buildInstruction({ line: joined.line, escape, sink: problems }, 0, joined.line.text.length);
  if (!instruction) return joined.next;
  reportEmptyContinuation(state, joined, escape);
  let next = joined.next;
  const owner = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
  const markers =
    owner && HEREDOC_KEYWORDS.has(owner.keyword) && !owner.json ? findHeredocMarkers(joined.line.text) : NO_MARKERS;
  if (owner && markers.length > 0) {
    const read = readHeredocs(source, joined.line, markers, next);
    next = read.next;
    for (const entry of read.reads) addHeredoc(state, owner, entry);
    if (owner !== instruction) instruction.heredocs = owner.heredocs;
  }
  const end = source.position(source.end(next - 1));
  instruction.range.end = end;
  if (owner && owner !== instruction) owner.range.end = end;
  state.instructions.push(instruction);
  return next;
}

function addHeredoc(state: DocumentState, owner: ParsedInstruction, entry: HeredocRead): void {
  const { heredoc } = entry;
  owner.addHeredoc(heredoc);
  if (!entry.terminated) {
    state.problems.push(makeProblem('UnterminatedHeredoc', heredoc.markerRange, { delimiter: heredoc.delimiter }));
  }
  const byShell = owner.keyword === 'RUN';
  if (!byShell && heredoc.quoted) return;
  if (!containsDollar(state.source.text, entry.bodyStart, entry.bodyEnd)) return;
  owner.addBody({ start: entry.bodyStart, end: entry.bodyEnd, expanded: !byShell, quotes: byShell });
}

function containsDollar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 36 /* $ */) return true;
  return false;
}

/** One warning per instruction, on its blank continuation lines (BuildKit's NoEmptyContinuation). */
function reportEmptyContinuation(state: DocumentState, joined: JoinedInstruction, escape: string): void {
  const first = joined.emptyLines[0];
  const last = joined.emptyLines[joined.emptyLines.length - 1];
  if (first === undefined || last === undefined) return;
  const { source } = state;
  state.problems.push(
    makeProblem('NoEmptyContinuation', source.range(source.start(first), source.end(last)), { escape }),
  );
}
