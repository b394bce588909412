// Notes pinned to lines (layer annotations, build errors) that follow edits: a note whose lines change is dropped,
// notes below an edit move with it.

export interface LineSpan {
  /** First line of the instruction, 0-based. */
  startLine: number;
  /** Last line of the instruction (continuations included). */
  endLine: number;
}

/** One text change, in the document before the change: lines `startLine..endLine` became `newLineCount` lines. */
export interface LineEdit {
  startLine: number;
  endLine: number;
  newLineCount: number;
}

/** Applies one edit; notes are ordered or not, the result keeps their order. */
export function followEdit<T extends LineSpan>(notes: readonly T[], edit: LineEdit): T[] {
  const delta = edit.newLineCount - (edit.endLine - edit.startLine + 1);
  const kept: T[] = [];
  for (const note of notes) {
    if (note.endLine < edit.startLine) kept.push(note);
    else if (note.startLine > edit.endLine)
      kept.push({ ...note, startLine: note.startLine + delta, endLine: note.endLine + delta });
  }
  return kept;
}

/** Applies edits in the order VS Code reports them (each against the document the previous one produced). */
export function followEdits<T extends LineSpan>(notes: readonly T[], edits: readonly LineEdit[]): T[] {
  return edits.reduce<T[]>((current, edit) => followEdit(current, edit), [...notes]);
}

/** A text change as the editor reports it: a replaced range and the new text. */
export interface TextChange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  text: string;
  /** Length of the start line before the change. */
  startLineLength: number;
}

/**
 * The lines a change really touches. Pressing Enter at the end of a line, inserting whole lines at column 0 or
 * deleting whole lines leaves the other lines as they were: they only move.
 */
export function toLineEdit(change: TextChange): LineEdit {
  const newLines = change.text.split(/\r\n|\r|\n/).length - 1;
  const emptyRange = change.startLine === change.endLine && change.startCharacter === change.endCharacter;
  if (emptyRange && newLines > 0) {
    if (change.startCharacter === change.startLineLength && /^(\r\n|\r|\n)/.test(change.text)) {
      return { startLine: change.startLine + 1, endLine: change.startLine, newLineCount: newLines };
    }
    if (change.startCharacter === 0 && /(\r\n|\r|\n)$/.test(change.text)) {
      return { startLine: change.startLine, endLine: change.startLine - 1, newLineCount: newLines };
    }
  }
  const wholeLines = change.startCharacter === 0 && change.endCharacter === 0 && change.endLine > change.startLine;
  if (wholeLines && (change.text === '' || /(\r\n|\r|\n)$/.test(change.text))) {
    return { startLine: change.startLine, endLine: change.endLine - 1, newLineCount: newLines };
  }
  return { startLine: change.startLine, endLine: change.endLine, newLineCount: newLines + 1 };
}
