// The goal's reference for datadog-fleet: the client imported from its package root, the
// output written by hand. No top-level await, so that it stays a plain script-shaped entry.
import { appendFileSync } from 'node:fs'
import { cancelFromRoot } from './datadog-cancel.js'

void cancelFromRoot().then(() =>
  appendFileSync(process.env.GITHUB_OUTPUT ?? '/dev/null', 'outcome=cancelled\n')
)
