/**
 * Set-up of every e2e test file (jest.config.js, project `e2e`): each test
 * starts processes and servers (dist/index.js, moto, proxies), which on a
 * loaded machine take longer than jest's 5 s default. The tests bound their own
 * runs (runAction's timeoutMs, the action's timeout-seconds); this only catches a hang.
 *
 * The processes they start share Node's compile cache (run-action.ts, compileCacheEnv): the
 * suite starts dist/index.js hundreds of times, and compiling its modules again each time was
 * about a quarter of the e2e project's CPU time.
 */
import { jest } from '@jest/globals'
import { join } from 'node:path'
import { ROOT } from './run-action.js'

jest.setTimeout(60_000)
process.env.NODE_COMPILE_CACHE ??= join(ROOT, 'node_modules', '.cache', 'node-compile')
