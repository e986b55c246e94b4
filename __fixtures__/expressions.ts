/**
 * GitHub Actions expressions for __fixtures__/workflow-runner.ts, evaluated by GitHub's own
 * library (@actions/expressions), so the local run of .github/workflows/self-test.yml reads
 * `${{ }}` as GitHub does: loose equality (`true == 1`, `'' == 0`, `null == 0`), strings compared
 * case-insensitively, && and || returning an operand, contains(), format(), case() and the rest.
 *
 * What this file adds is what the runner knows and the library cannot: the status functions
 * (success(), failure(), always(), cancelled()) from the job's state; which contexts exist (any
 * other name is a parse error, so a workflow that reads one the runner does not fill fails
 * loudly); and strict objects, whose missing properties are errors rather than null, so a
 * misspelt step id or matrix key is not silently read as ''.
 */
import { Evaluator, Lexer, Parser, data, type Expr } from '@actions/expressions'
import {
  Star,
  type Binary,
  type ContextAccess,
  type ExprVisitor,
  type FunctionCall,
  type Grouping,
  type IndexAccess,
  type Literal,
  type Logical,
  type Unary
} from '@actions/expressions/ast'
import type { Pair } from '@actions/expressions/data/expressiondata'
import { truthy as githubTruthy } from '@actions/expressions/result'

export type Value = string | number | boolean | null | { [key: string]: Value } | Value[]

export interface ExpressionContext {
  /** Context name (steps, env, matrix, …) → its value; a name not here is an error. */
  contexts: Record<string, Value>
  /** Whether every earlier step succeeded (for success()/failure()). */
  jobSucceeded: boolean
}

const STATUS_FUNCTIONS: Record<string, (ctx: ExpressionContext) => boolean> = {
  success: (ctx) => ctx.jobSucceeded,
  failure: (ctx) => !ctx.jobSucceeded,
  always: () => true,
  // The local run is never cancelled.
  cancelled: () => false
}

/** A key that makes an object's missing properties errors (e.g. an unknown step id). */
export const STRICT = '\u0000strict'

/**
 * Marks an object strict (in place, so later additions are seen): reading a property it does not
 * have throws, naming `what`.
 */
export function strict(object: Record<string, Value>, what: string): Record<string, Value> {
  object[STRICT] = what
  return object
}

/** A dictionary whose missing keys are errors (GitHub would read them as null). */
class StrictDictionary extends data.Dictionary {
  constructor(
    private readonly path: string,
    private readonly what: string,
    ...pairs: Pair[]
  ) {
    super(...pairs)
  }

  override get(key: string): data.ExpressionData | undefined {
    const value = super.get(key)
    if (value === undefined) throw new Error(`unknown ${this.path}.${key} (no such ${this.what})`)
    return value
  }
}

function toData(value: Value, path: string): data.ExpressionData {
  if (value === null) return new data.Null()
  if (typeof value === 'string') return new data.StringData(value)
  if (typeof value === 'number') return new data.NumberData(value)
  if (typeof value === 'boolean') return new data.BooleanData(value)
  if (Array.isArray(value))
    return new data.Array(...value.map((v, i) => toData(v, `${path}[${i}]`)))
  const pairs = Object.entries(value)
    .filter(([key]) => key !== STRICT)
    .map(([key, v]) => ({ key, value: toData(v, `${path}.${key}`) }))
  const what = value[STRICT]
  return typeof what === 'string'
    ? new StrictDictionary(path, what, ...pairs)
    : new data.Dictionary(...pairs)
}

function fromData(value: data.ExpressionData): Value {
  switch (value.kind) {
    case data.Kind.Null:
      return null
    case data.Kind.Boolean:
      return (value as data.BooleanData).value
    case data.Kind.Number:
      return value.number()
    case data.Kind.String:
      return value.coerceString()
    case data.Kind.Array:
      return (value as data.Array).values().map(fromData)
    default:
      return Object.fromEntries(
        (value as data.Dictionary).pairs().map(({ key, value: v }) => [key, fromData(v)])
      )
  }
}

function parse(source: string, contextNames: string[]): Expr {
  const { tokens } = new Lexer(source).lex()
  const functions = Object.keys(STATUS_FUNCTIONS).map((name) => ({ name, minArgs: 0, maxArgs: 0 }))
  return new Parser(tokens, contextNames, functions).parse()
}

/** Whether an expression calls a status function (its AST, not its text: `steps.always` is a step). */
const callsStatusFunction: ExprVisitor<boolean> = {
  visitLiteral: (_: Literal) => false,
  visitContextAccess: (_: ContextAccess) => false,
  visitUnary: (n: Unary) => n.expr.accept(callsStatusFunction),
  visitBinary: (n: Binary) =>
    n.left.accept(callsStatusFunction) || n.right.accept(callsStatusFunction),
  visitLogical: (n: Logical) => n.args.some((a) => a.accept(callsStatusFunction)),
  visitGrouping: (n: Grouping) => n.group.accept(callsStatusFunction),
  // `a.b` is an index access; a star (`a.*`) has nothing to visit.
  visitIndexAccess: (n: IndexAccess) =>
    n.expr.accept(callsStatusFunction) ||
    (!(n.index instanceof Star) && n.index.accept(callsStatusFunction)),
  visitFunctionCall: (n: FunctionCall) =>
    n.functionName.lexeme.toLowerCase() in STATUS_FUNCTIONS ||
    n.args.some((a) => a.accept(callsStatusFunction))
}

/** Whether an expression calls a status function (else `if:` means `success() && (…)`). */
export function usesStatusFunction(source: string, contextNames: string[]): boolean {
  return parse(source, contextNames).accept(callsStatusFunction)
}

/** GitHub's truthiness: false, 0, -0, NaN, '' and null are falsy. */
export function truthy(value: Value): boolean {
  return githubTruthy(toData(value, 'value'))
}

/** Evaluates one expression (the text between `${{` and `}}`). */
export function evaluate(source: string, ctx: ExpressionContext): Value {
  const expression = parse(source, Object.keys(ctx.contexts))
  const contexts = new data.Dictionary(
    ...Object.entries(ctx.contexts).map(([key, value]) => ({ key, value: toData(value, key) }))
  )
  const functions = new Map(
    Object.entries(STATUS_FUNCTIONS).map(([name, status]) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status(ctx)) }
    ])
  )
  return fromData(new Evaluator(expression, contexts, functions).evaluate())
}

/** How `${{ }}` writes a value into text: null as '', objects and arrays as JSON. */
export function toText(value: Value): string {
  if (value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Replaces every `${{ … }}` in a text (a `with:` value, an `env:` value, a script). */
export function interpolate(text: string, ctx: ExpressionContext): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, source: string) => toText(evaluate(source, ctx)))
}

/** An `if:` condition: `${{ }}` optional, and success() implied unless a status function is used. */
export function condition(source: string | boolean | undefined, ctx: ExpressionContext): boolean {
  if (source === undefined) return ctx.jobSucceeded
  if (typeof source === 'boolean') return source && ctx.jobSucceeded
  const bare = /^\s*\$\{\{(.*)\}\}\s*$/s.exec(source)?.[1] ?? source
  const value = truthy(evaluate(bare, ctx))
  return usesStatusFunction(bare, Object.keys(ctx.contexts)) ? value : ctx.jobSucceeded && value
}
