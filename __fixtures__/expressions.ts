/**
 * The small subset of GitHub Actions expressions that .github/workflows/self-test.yml uses, so
 * __tests__/self-test.test.ts can run its steps locally. Anything outside the subset throws, so a
 * workflow that drifts beyond it fails the test loudly rather than being misread.
 *
 * Supported: literals ('text' with '' as a quote, numbers, true, false, null); property access
 * with dots (names may hold hyphens: steps.deploy.outputs.deployment-id); ==, !=, !, &&, ||
 * and parentheses; the status functions success(), failure(), always(), cancelled().
 * && and || return one of their operands, as on GitHub; == compares strings case-insensitively.
 */

export type Value = string | number | boolean | null | { [key: string]: Value } | Value[]

export interface ExpressionContext {
  /** Context name (steps, env, matrix, …) → its value; a name not here is an error. */
  contexts: Record<string, Value>
  /** Whether every earlier step succeeded (for success()/failure()). */
  jobSucceeded: boolean
}

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'op'; value: string }

const OPERATORS = ['==', '!=', '&&', '||', '!', '(', ')', '.', ',']

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    if (/\s/.test(c)) {
      i++
    } else if (c === "'") {
      let value = ''
      i++
      for (;;) {
        if (i >= source.length) throw new Error(`unterminated string in: ${source}`)
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'"
            i += 2
            continue
          }
          i++
          break
        }
        value += source[i++]
      }
      tokens.push({ kind: 'string', value })
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i))!
      tokens.push({ kind: 'number', value: Number(match[0]) })
      i += match[0].length
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))!
      tokens.push({ kind: 'name', value: match[0] })
      i += match[0].length
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i))
      if (op === undefined) throw new Error(`unsupported character '${c}' in expression: ${source}`)
      tokens.push({ kind: 'op', value: op })
      i += op.length
    }
  }
  return tokens
}

const STATUS_FUNCTIONS: Record<string, (ctx: ExpressionContext) => boolean> = {
  success: (ctx) => ctx.jobSucceeded,
  failure: (ctx) => !ctx.jobSucceeded,
  always: () => true,
  cancelled: () => false
}

/** Whether an expression calls a status function (else `if:` means `success() && (…)`). */
export function usesStatusFunction(source: string): boolean {
  return tokenize(source).some((t) => t.kind === 'name' && t.value in STATUS_FUNCTIONS)
}

export function truthy(value: Value): boolean {
  return !(value === false || value === 0 || value === '' || value === null || Number.isNaN(value))
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (typeof a === typeof b || a === null || b === null) return a === b
  // GitHub coerces mismatched types to numbers: true == 1, '' == 0, 'x' == 1 is false.
  const toNumber = (v: Value) =>
    v === null ? 0 : typeof v === 'boolean' ? Number(v) : typeof v === 'string' ? Number(v) : NaN
  return toNumber(a) === toNumber(b)
}

/** Evaluates one expression (the text between `${{` and `}}`). */
export function evaluate(source: string, ctx: ExpressionContext): Value {
  const tokens = tokenize(source)
  let pos = 0
  const peek = () => tokens[pos]
  const isOp = (value: string) => {
    const t = peek()
    return t !== undefined && t.kind === 'op' && t.value === value
  }
  const expect = (value: string) => {
    if (!isOp(value)) throw new Error(`expected '${value}' in expression: ${source}`)
    pos++
  }

  const or = (): Value => {
    let left = and()
    while (isOp('||')) {
      pos++
      const right = and()
      left = truthy(left) ? left : right
    }
    return left
  }
  const and = (): Value => {
    let left = comparison()
    while (isOp('&&')) {
      pos++
      const right = comparison()
      left = truthy(left) ? right : left
    }
    return left
  }
  const comparison = (): Value => {
    let left = unary()
    while (isOp('==') || isOp('!=')) {
      const negate = peek()!.value === '!='
      pos++
      const right = unary()
      left = equal(left, right) !== negate
    }
    return left
  }
  const unary = (): Value => {
    if (isOp('!')) {
      pos++
      return !truthy(unary())
    }
    return primary()
  }
  const primary = (): Value => {
    const t = peek()
    if (t === undefined) throw new Error(`unexpected end of expression: ${source}`)
    pos++
    if (t.kind === 'string' || t.kind === 'number') return t.value
    if (t.kind === 'op') {
      if (t.value !== '(') throw new Error(`unexpected '${t.value}' in expression: ${source}`)
      const inner = or()
      expect(')')
      return inner
    }
    if (t.value === 'true') return true
    if (t.value === 'false') return false
    if (t.value === 'null') return null
    if (isOp('(')) {
      const fn = STATUS_FUNCTIONS[t.value]
      if (fn === undefined) throw new Error(`unsupported function ${t.value}() in: ${source}`)
      pos++
      expect(')')
      return fn(ctx)
    }
    if (!(t.value in ctx.contexts)) {
      throw new Error(`unsupported context '${t.value}' in expression: ${source}`)
    }
    let value: Value = ctx.contexts[t.value]!
    const path = [t.value]
    while (isOp('.')) {
      pos++
      const name = peek()
      if (name === undefined || name.kind !== 'name') {
        throw new Error(`expected a property name after '${path.join('.')}.' in: ${source}`)
      }
      pos++
      path.push(name.value)
      value = property(value, name.value, path.join('.'))
    }
    return value
  }

  const result = or()
  if (pos !== tokens.length) throw new Error(`unexpected tokens at the end of: ${source}`)
  return result
}

/** A missing property is null, as on GitHub, except where the object says it is strict. */
function property(value: Value, name: string, path: string): Value {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  if (Object.prototype.hasOwnProperty.call(value, name)) return value[name]!
  if (STRICT in value) throw new Error(`unknown ${path} (no such ${value[STRICT]})`)
  return null
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
  return usesStatusFunction(bare) ? value : ctx.jobSucceeded && value
}
