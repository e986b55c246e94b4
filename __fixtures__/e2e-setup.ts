/**
 * Set-up of every e2e test file (jest.config.js, project `e2e`): each test
 * starts processes and servers (dist/index.js, moto, proxies), which on a
 * loaded machine take longer than jest's 5 s default. The tests bound their own
 * runs (runAction's timeoutMs, the action's timeout-seconds); this only catches a hang.
 */
import { jest } from '@jest/globals'

jest.setTimeout(60_000)
