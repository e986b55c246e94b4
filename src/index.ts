/**
 * The entry point. The interrupt handlers come first, before the action's
 * code is even loaded, so a workflow cancelled during start-up still gets its
 * outputs. Then node ends on its own once stdout has drained: process.exit()
 * would drop what a slow reader has not taken yet (the final ::error:: line).
 */
import { interruptSignal } from './requests/deadlines.js'

const interrupt = interruptSignal()
const { run } = await import('./main.js')
await run(interrupt)
// Whatever is still open after the report (a provider that ignored its abort), the step
// ends once its output is out; the timer does not itself keep node alive.
await drained(process.stdout)
await drained(process.stderr)
setTimeout(() => process.exit(), 1000).unref()

/** Resolves once everything written to `stream` has been handed to the reader. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableLength === 0) resolve()
    else stream.write('', () => resolve())
  })
}
