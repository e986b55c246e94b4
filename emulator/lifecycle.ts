// Generic target store with lazily computed state. Nothing here uses timers:
// every read derives the current status from timestamps and the clock value it
// is given, so state moves over time without leaking handles.

import { z } from 'zod'
import type { KindHandler, ServiceError } from './types.js'

/** How an accepted cancel ends: really cancelled, lost the race (finished), or failed. */
export const CANCEL_OUTCOMES = ['cancelled', 'succeeded', 'failed'] as const
export type CancelOutcome = (typeof CANCEL_OUTCOMES)[number]

export interface Lifecycle<S extends string> {
  /** Status of a freshly seeded target when none is given. */
  readonly initial: S
  /** Statuses from which a cancel is accepted. */
  readonly cancellable: readonly S[]
  /** Status shown while an accepted cancel is in flight; null keeps the prior status. */
  readonly cancelling: S | null
  /** Terminal status per cancel outcome. */
  readonly outcomes: Readonly<Record<CancelOutcome, S>>
  /** Status a target reaches on its own after `finishAfterMs` unless `finishAs` says otherwise. */
  readonly natural: S
}

export interface PendingCancel<S extends string> {
  requestedAt: number
  effectiveAt: number
  /** Status shown between requestedAt and effectiveAt. */
  shown: S
  outcome: S
}

export interface Target<S extends string, X> {
  readonly key: string
  /** Status before any timed transition. */
  base: S
  /** When `base` was last set. */
  changedAt: number
  finishAt?: number
  finishAs: S
  cancelDelayMs?: number
  cancelOutcome: CancelOutcome
  cancel?: PendingCancel<S>
  readonly createdAt: number
  /** Provider-specific data (ARNs, versions, ...). */
  extra: X
}

export interface TargetOptions<S extends string> {
  status?: S
  finishAfterMs?: number
  finishAs?: S
  cancelDelayMs?: number
  cancelOutcome?: CancelOutcome
}

export type CancelResult<S extends string> =
  { kind: 'accepted'; shown: S } | { kind: 'pending'; shown: S } | { kind: 'rejected'; status: S }

/** zod schema of the common per-target options for a given status set. */
export function targetOptionsSchema<S extends string>(statuses: readonly [S, ...S[]]) {
  const status = z.enum(statuses as unknown as [S, ...S[]])
  return z.object({
    status: status.optional(),
    finishAfterMs: z.number().nonnegative().optional(),
    finishAs: status.optional(),
    cancelDelayMs: z.number().nonnegative().optional(),
    cancelOutcome: z.enum(CANCEL_OUTCOMES).optional()
  })
}

export class TargetTable<S extends string, X> {
  private readonly targets = new Map<string, Target<S, X>>()

  constructor(readonly lifecycle: Lifecycle<S>) {}

  add(key: string, options: TargetOptions<S>, extra: X, now: number): Target<S, X> {
    const target: Target<S, X> = {
      key,
      base: options.status ?? this.lifecycle.initial,
      changedAt: now,
      finishAt: options.finishAfterMs === undefined ? undefined : now + options.finishAfterMs,
      finishAs: options.finishAs ?? this.lifecycle.natural,
      cancelDelayMs: options.cancelDelayMs,
      cancelOutcome: options.cancelOutcome ?? 'cancelled',
      createdAt: now,
      extra
    }
    this.targets.set(key, target)
    return target
  }

  get(key: string): Target<S, X> | undefined {
    return this.targets.get(key)
  }

  clear(): void {
    this.targets.clear()
  }

  /** Every target, in the order first seeded (lists page through this). */
  values(): IterableIterator<Target<S, X>> {
    return this.targets.values()
  }

  /** Current status of the target stored under `key`, if any. */
  statusOfKey(key: string, now: number): S | undefined {
    const t = this.targets.get(key)
    return t && this.status(t, now)
  }

  status(t: Target<S, X>, now: number): S {
    if (t.cancel) return now >= t.cancel.effectiveAt ? t.cancel.outcome : t.cancel.shown
    if (t.finishAt !== undefined && now >= t.finishAt) return t.finishAs
    return t.base
  }

  /** True once the target has finished on its own (not through a cancel). */
  finishedNaturally(t: Target<S, X>, now: number): boolean {
    return !t.cancel && t.finishAt !== undefined && now >= t.finishAt
  }

  /** Time of the last status change visible at `now`. */
  changedAtTime(t: Target<S, X>, now: number): number {
    if (t.cancel) return now >= t.cancel.effectiveAt ? t.cancel.effectiveAt : t.cancel.requestedAt
    if (t.finishAt !== undefined && now >= t.finishAt) return t.finishAt
    return t.changedAt
  }

  cancelInFlight(t: Target<S, X>, now: number): boolean {
    return t.cancel !== undefined && now < t.cancel.effectiveAt
  }

  /**
   * Applies the generic cancel rule: accepted from a cancellable status; a
   * repeated cancel while one is in flight and the status did not visibly
   * change is idempotent; anything else is rejected with the current status.
   */
  requestCancel(
    t: Target<S, X>,
    now: number,
    defaultDelayMs: number,
    outcome: CancelOutcome = t.cancelOutcome
  ): CancelResult<S> {
    const current = this.status(t, now)
    if (t.cancel && this.cancelInFlight(t, now) && this.lifecycle.cancelling === null) {
      return { kind: 'pending', shown: t.cancel.shown }
    }
    if (!this.lifecycle.cancellable.includes(current)) return { kind: 'rejected', status: current }
    const delay = t.cancelDelayMs ?? defaultDelayMs
    const shown = this.lifecycle.cancelling ?? current
    t.base = current
    t.changedAt = now
    t.finishAt = undefined
    t.cancel = {
      requestedAt: now,
      effectiveAt: now + delay,
      shown,
      outcome: this.lifecycle.outcomes[outcome]
    }
    return { kind: 'accepted', shown }
  }
}

/** What a provider says about one kind of target; `TargetKind` does the rest. */
export interface KindSpec<S extends string, X, O extends TargetOptions<S>> {
  readonly lifecycle: Lifecycle<S>
  /** The per-target options (`targetOptionsSchema(statuses).extend(...)`); unknown keys are dropped. */
  readonly options: z.ZodType<O>
  /** The provider's own data for a new target (ARNs, versions, ...). */
  extra(key: string, options: O): X
  /** The service's error for a target it does not know. */
  notFound(key: string): ServiceError
}

/**
 * The shape every provider's targets share: seeding with validated options,
 * lookup that answers the service's not-found error, and the generic cancel
 * rule with the emulator's default delay. A provider module keeps only its
 * statuses, its extra data, its error wording and its wire format.
 */
export class TargetKind<S extends string, X, O extends TargetOptions<S>> extends TargetTable<S, X> {
  constructor(private readonly spec: KindSpec<S, X, O>) {
    super(spec.lifecycle)
  }

  /** Adds (or replaces) the target under `key`; throws on invalid options. */
  seed(key: string, options: unknown, now: number): Target<S, X> {
    const o = this.spec.options.parse(options)
    return this.add(key, o, this.spec.extra(key, o), now)
  }

  /** The target under `key`, or the service's not-found error thrown. */
  find(key: string): Target<S, X> {
    const t = this.get(key)
    if (!t) throw this.spec.notFound(key)
    return t
  }

  /** The generic cancel rule (see `requestCancel`); a refused cancel throws `refused(current status)`. */
  cancel(
    t: Target<S, X>,
    now: number,
    defaultDelayMs: number,
    refused: (status: S) => ServiceError
  ): Exclude<CancelResult<S>, { kind: 'rejected' }> {
    const result = this.requestCancel(t, now, defaultDelayMs)
    if (result.kind === 'rejected') throw refused(result.status)
    return result
  }

  /**
   * Seed/status hooks for the control API: `seedSchema` is the options plus
   * `kind` and the reference fields, `keyOf` turns those fields into the key.
   */
  handler<Seed extends R, R>(
    seedSchema: z.ZodType<Seed>,
    refSchema: z.ZodType<R>,
    keyOf: (ref: R) => string
  ): KindHandler {
    return defineKind(
      seedSchema,
      refSchema,
      (spec, now) => void this.seed(keyOf(spec), spec, now),
      (ref, now) => this.statusOfKey(keyOf(ref), now)
    )
  }
}

/**
 * Glue between the generic seed/status API (and the control API) and a
 * provider: validates the seed spec and the target reference with zod.
 */
export function defineKind<Spec, Ref>(
  seedSchema: z.ZodType<Spec>,
  refSchema: z.ZodType<Ref>,
  add: (spec: Spec, now: number) => void,
  statusOf: (ref: Ref, now: number) => string | undefined
): KindHandler {
  return {
    seed: (spec, now) => add(seedSchema.parse(spec), now),
    statusOf: (ref, now) => statusOf(refSchema.parse(ref), now)
  }
}

export const IdRef = z.object({ id: z.string() })
