/**
 * The contract's mapping of each provider's counts onto an entry's `reach`, and the counts an
 * answer gives checked where they enter.
 */
import { describe, expect, it } from '@jest/globals'
import { reachOfJob } from '../../src/providers/aws/reach.js'
import { reachOfDeployment } from '../../src/providers/datadog/reach.js'

describe('providers/aws/reach.ts', () => {
  it('counts failed + rejected + timed out as failed, canceled + removed as cancelled; total is the sum', () => {
    expect(
      reachOfJob({
        numberOfSucceededThings: 10,
        numberOfInProgressThings: 2,
        numberOfQueuedThings: 3,
        numberOfFailedThings: 1,
        numberOfRejectedThings: 1,
        numberOfTimedOutThings: 1,
        numberOfCanceledThings: 4,
        numberOfRemovedThings: 1
      })
    ).toEqual({ total: 23, succeeded: 10, inProgress: 2, queued: 3, failed: 3, cancelled: 5 })
  })

  it('reads a missing counter as 0, and no jobProcessDetails as no reach', () => {
    expect(reachOfJob({ numberOfSucceededThings: 1 })).toEqual({
      total: 1,
      succeeded: 1,
      inProgress: 0,
      queued: 0,
      failed: 0,
      cancelled: 0
    })
    expect(reachOfJob(undefined)).toBeUndefined()
  })

  it('refuses a counter that is not a whole number', () => {
    expect(() => reachOfJob({ numberOfQueuedThings: -1 })).toThrow(/not a count/)
    expect(() => reachOfJob({ numberOfQueuedThings: 1.5 })).toThrow(/not a count/)
  })
})

describe('providers/datadog/reach.ts', () => {
  it('maps running to in-progress, canceled + skipped to cancelled, and queued to the rest', () => {
    expect(
      reachOfDeployment({
        totalHosts: 20,
        succeededHosts: 8,
        runningHosts: 3,
        failedHosts: 1,
        canceledHosts: 2,
        skippedHosts: 1
      })
    ).toEqual({ total: 20, succeeded: 8, inProgress: 3, queued: 5, failed: 1, cancelled: 3 })
  })

  it('never counts queued below 0, and needs total_hosts', () => {
    expect(reachOfDeployment({ totalHosts: 2, succeededHosts: 3 }).queued).toBe(0)
    expect(() => reachOfDeployment({ succeededHosts: 3 })).toThrow(/total_hosts/)
  })
})
