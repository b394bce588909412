// The parser's tree copied into plain objects in one cursor walk, so the wasm tree can be freed at once and the
// analysis is ordinary code over ordinary data.

export interface SyntaxNode {
  /** tree-sitter-bash's node type: `command`, `pipeline`, `ERROR`, `"` … */
  type: string;
  /** The parent's field this node fills (`name`, `argument`, `redirect` …), or null. */
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
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

/**
 * Copies the subtree under the cursor (which is left where it started). Every cursor read is a call into
 * WebAssembly, so `missing` is only asked when the tree has errors at all.
 */
export function copyTree(cursor: TreeWalker, hasErrors: boolean): SyntaxNode {
  const node: SyntaxNode = {
    type: cursor.nodeType,
    field: cursor.currentFieldName,
    start: cursor.startIndex,
    end: cursor.endIndex,
    missing: hasErrors && cursor.nodeIsMissing,
    children: [],
  };
  if (cursor.gotoFirstChild()) {
    do node.children.push(copyTree(cursor, hasErrors));
    while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return node;
}

/** The first leaf (token) of a node, or the node itself. */
export function firstToken(node: SyntaxNode): SyntaxNode {
  let token = node;
  while (token.children[0]) token = token.children[0];
  return token;
}
