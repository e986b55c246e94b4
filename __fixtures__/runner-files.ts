/**
 * How the runner hands inputs to an action and reads its outputs back, shared by the
 * fixtures that run dist/index.js (run-action.ts for one step, workflow-runner.ts for
 * whole workflows), so both speak the runner's formats the same way.
 */

/** The environment variable the runner sets for an input: `INPUT_<NAME>`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Every input as the runner passes it. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])
  )
}

/** GITHUB_OUTPUT in both of the runner's forms: `name=value` and `name<<DELIMITER … DELIMITER`. */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]!)
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing ${heredoc[2]}`)
      outputs[heredoc[1]!] = value.join('\n')
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    } else if (line !== '') {
      throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`)
    }
  }
  return outputs
}
