// Reads a formula's text into a syntax tree with jsep, with the character each token starts at, so that every later
// problem (an unknown name, a type mismatch) can point into the text. Nothing here evaluates anything.
import jsep from 'jsep';

export type Syntax = jsep.Expression;

// The formula language's operators: arithmetic, comparisons, `in` a list, and `and` / `or` / `not` in words.
// JavaScript's own logical and bitwise operators are left to jsep so that lowering can say what to write instead.
jsep.addBinaryOp('or', 1);
jsep.addBinaryOp('and', 2);
jsep.addBinaryOp('in', 7);
jsep.addUnaryOp('not');
jsep.removeLiteral('null');
jsep.removeLiteral('this');

const starts = new WeakMap<object, number>();
const open: number[] = [];

// Every token goes through gobble-token (before it) and after-token (after it), nested like the tokens themselves.
// Numbers are read here so that they too pass through after-token.
jsep.hooks.add('gobble-token', function startToken(env) {
  const at = this.index;
  open.push(at);
  const ch = this.code;
  if ((ch >= 48 && ch <= 57) || ch === 46) {
    const node = this.gobbleNumericLiteral();
    if (node) env.node = node;
  }
});
jsep.hooks.add('after-token', function endToken(env) {
  const at = open.pop();
  if (env.node && at !== undefined && !starts.has(env.node)) starts.set(env.node, at);
});

/** Where a node's text starts (0-based); a binary expression starts where its left side does. */
export function startOf(node: Syntax): number {
  let n: Syntax | undefined = node;
  while (n) {
    const at = starts.get(n);
    if (at !== undefined) return at;
    n = n.type === 'BinaryExpression' ? (n as jsep.BinaryExpression).left : undefined;
  }
  return 0;
}

export type ParseResult = { readonly ok: true; readonly syntax: Syntax } | { readonly ok: false; readonly at: number; readonly message: string };

export function parseFormula(text: string): ParseResult {
  open.length = 0;
  if (text.trim() === '') return { ok: false, at: 0, message: 'empty formula' };
  try {
    const syntax = jsep(text);
    if (syntax.type === 'Compound') return { ok: false, at: startOf((syntax as jsep.Compound).body[1] ?? syntax), message: 'one formula only (no ";" or two expressions side by side)' };
    return { ok: true, syntax };
  } catch (e) {
    const error = e as { index?: unknown; description?: unknown; message?: unknown };
    const at = typeof error.index === 'number' ? error.index : 0;
    const message = typeof error.description === 'string' ? error.description : String(error.message);
    return { ok: false, at, message: message.replace(/ at character \d+$/, '') };
  }
}
