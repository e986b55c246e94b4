// Route table: templates are compiled into segment lists and bucketed by
// method and segment count, so a lookup only scans the few candidate routes.
// Each raw path segment is percent-decoded exactly once, after splitting on
// '/', so an encoded '%2F' stays inside its parameter and an un-encoded '/'
// changes the segment count and simply matches nothing.

import type { Provider, RouteDef } from './types.js'

type Segment = { literal: string } | { param: string }

interface CompiledRoute {
  provider: Provider
  def: RouteDef
  segments: Segment[]
}

export interface RouteMatch {
  provider: Provider
  def: RouteDef
  params: Record<string, string>
}

/** The target a matched request names (the route's `targetOf`, else its path parameters). */
export function targetOf(
  match: RouteMatch,
  body: unknown,
  query: Record<string, string> = {}
): string | undefined {
  if (match.def.targetOf) return match.def.targetOf({ params: match.params, body, query })
  const values = Object.values(match.params)
  return values.length > 0 ? values.join('/') : undefined
}

function compile(path: string): Segment[] {
  return path.split('/').map((part) => {
    const m = /^\{([A-Za-z0-9_]+)\}$/.exec(part)
    return m?.[1] ? { param: m[1] } : { literal: part }
  })
}

function decodeSegment(raw: string): string | undefined {
  if (raw === '') return undefined
  try {
    return decodeURIComponent(raw)
  } catch {
    return undefined
  }
}

export class Router {
  private readonly buckets = new Map<string, CompiledRoute[]>()

  constructor(providers: readonly Provider[]) {
    for (const provider of providers) {
      for (const def of provider.routes) {
        const segments = compile(def.path)
        const key = `${def.method} ${segments.length}`
        const bucket = this.buckets.get(key) ?? []
        bucket.push({ provider, def, segments })
        this.buckets.set(key, bucket)
      }
    }
  }

  match(method: string, rawPath: string, headers: Record<string, string>): RouteMatch | undefined {
    const raw = rawPath.split('/')
    for (const route of this.buckets.get(`${method} ${raw.length}`) ?? []) {
      if (route.def.target !== undefined && headers['x-amz-target'] !== route.def.target) continue
      const params = this.bind(route.segments, raw)
      if (params) return { provider: route.provider, def: route.def, params }
    }
    return undefined
  }

  private bind(segments: Segment[], raw: string[]): Record<string, string> | undefined {
    const params: Record<string, string> = {}
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i] as Segment
      const part = raw[i] ?? ''
      if ('literal' in seg) {
        if (seg.literal !== part) return undefined
        continue
      }
      const value = decodeSegment(part)
      if (value === undefined) return undefined
      params[seg.param] = value
    }
    return params
  }
}
