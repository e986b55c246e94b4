import { run } from './main.js'

await run()
// Outputs and the summary are written: leave now, even if a socket lingers,
// so a cancelled workflow sees this step end within its grace period.
process.exit()
