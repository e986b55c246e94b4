/**
 * Every line the action prints goes through here (src/report/report.ts writes the
 * outputs and the summary; this is the log's part of reporting): secrets
 * removed, and text from outside (ids, provider messages) kept from acting as a
 * workflow command. A leaf under the toolkit, so that the input parser, the
 * flow and the GitHub deployment code log the same way without importing the report.
 */
import * as core from '@actions/core'
import { redact } from './secrets.js'

/**
 * The runner reads a command from a line that begins (after blanks) with `::`, and its older
 * `##[` form anywhere in a line (actions/runner's ActionCommand.TryParse); a bare CR or any other
 * line break starts a new line. Breaks are folded to a space, a line that would begin a command is
 * prefixed, and every `##[` gets an invisible word joiner after its `##`, so it reads the same and
 * is no command.
 */
export function neutralise(text: string): string {
  const line = redact(text)
    .replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(/##\[/g, '##\u2060[')
  return /^\s*::/.test(line) ? `› ${line}` : line
}

type Annotation = Parameters<typeof core.error>[1]

/** Annotation properties (title, file) come from outside too. */
function safeProperties(properties?: Annotation): Annotation {
  if (!properties) return properties
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' ? neutralise(v) : v])
  )
}

/** core.info/warning/error/debug, through neutralise. */
export const log = {
  info: (text: string) => core.info(neutralise(text)),
  debug: (text: string) => core.debug(neutralise(text)),
  warning: (text: string, properties?: Annotation) =>
    properties
      ? core.warning(neutralise(text), safeProperties(properties))
      : core.warning(neutralise(text)),
  error: (text: string, properties?: Annotation) =>
    properties
      ? core.error(neutralise(text), safeProperties(properties))
      : core.error(neutralise(text))
}
