/** The emulator a test file shares: one line instead of a variable and two hooks. */
import { afterAll } from '@jest/globals'
import { startEmulator, type Emulator } from '../emulator/server.js'

/** Started as the file loads (top-level await), closed after its last test. */
export async function fileEmulator(): Promise<Emulator> {
  const emu = await startEmulator()
  afterAll(() => emu.close())
  return emu
}
