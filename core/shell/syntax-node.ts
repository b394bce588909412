// The parser's tree copied into plain objects in one cursor walk, so the wasm tree can be freed at once and the
// analysis is ordinary code over ordinary data.

export interface SyntaxNode {
  /** tree-sitter-bash's node type: `command`, `pipeline`, `ERROR`, `"` … */
  type: string;
  /** The parent's field this node fills (`name`, `argument`, `body` …), or null; only read under `FIELD_PARENTS`. */
  field: string | null;
  start: number;
  end: number;
  /** A token the parser inserted because it was required and absent. */
  missing: boolean;
  children: SyntaxNode[];
}

/** The part of a tree-sitter TreeCursor this module reads. */
export interface TreeWalker {
  readonly nodeType: string;
  readonly currentFieldName: string | null;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly nodeIsMissing: boolean;
  /** Levels below the node the cursor was made on. */
  readonly currentDepth: number;
  /** Moves to the node at this index in document order (the cursor's node is 0). */
  gotoDescendant(index: number): void;
}

/** The only nodes whose children's fields the analysis reads (a command's name and arguments, a redirected body). */
const FIELD_PARENTS = new Set(['command', 'redirected_statement']);

/**
 * Copies the `count` nodes under the cursor (its node included), in document order, each placed under the last node
 * copied one level up. Every cursor read or move is a call into WebAssembly: this takes one move per node (a walk by
 * first child, next sibling and parent takes over two), asks `missing` only when the tree has errors at all, and
 * `field` only under `FIELD_PARENTS`.
 */
export function copyTree(cursor: TreeWalker, count: number, hasErrors: boolean): SyntaxNode {
  const root = copyNode(cursor, false, hasErrors);
  const path = [root]; // the last node copied at each depth
  for (let index = 1; index < count; index++) {
    cursor.gotoDescendant(index);
    const depth = cursor.currentDepth;
    const parent = path[depth - 1] as SyntaxNode;
    const node = copyNode(cursor, FIELD_PARENTS.has(parent.type), hasErrors);
    parent.children.push(node);
    path[depth] = node;
  }
  return root;
}

function copyNode(cursor: TreeWalker, readField: boolean, hasErrors: boolean): SyntaxNode {
  return {
    type: cursor.nodeType,
    field: readField ? cursor.currentFieldName : null,
    start: cursor.startIndex,
    end: cursor.endIndex,
    missing: hasErrors && cursor.nodeIsMissing,
    children: [],
  };
}

/** The first leaf (token) of a node, or the node itself. */
export function firstToken(node: SyntaxNode): SyntaxNode {
  let token = node;
  while (token.children[0]) token = token.children[0];
  return token;
}
