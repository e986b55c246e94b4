/**
 * The runner's side of the contract: inputs from INPUT_<NAME>, outputs and the
 * job summary into the files the runner names, workflow commands on stdout.
 *
 * Why not @actions/core: version 3 loads @actions/http-client and undici at
 * start-up (for OIDC tokens this action never asks for), which cost about
 * 80 ms of every cold start, most of the action's own start-up. These are the
 * few functions the action uses, with the same names, signatures and file
 * formats (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as "_", hyphens kept; trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Workflow command data: the runner reads %, CR and LF escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`)
}

export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    process.stdout.write(`${EOL}::set-output name=${name}::${escapeData(value)}${EOL}`)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output ${name} contains its own delimiter`)
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

export function setSecret(secret: string): void {
  command('add-mask', secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function debug(message: string): void {
  command('debug', message)
}

export function warning(message: string): void {
  command('warning', message)
}

export function error(message: string): void {
  command('error', message)
}

/** An error annotation, and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

type Cell = string | { data: string; header?: boolean }

/** The job summary: HTML appended to the file GITHUB_STEP_SUMMARY names. Text is written as given. */
class Summary {
  private buffer = ''

  addHeading(text: string, level = 1): this {
    const tag = `h${Math.min(Math.max(level, 1), 6)}`
    this.buffer += `<${tag}>${text}</${tag}>${EOL}`
    return this
  }

  addTable(rows: Cell[][]): this {
    const html = rows
      .map(
        (row) =>
          '<tr>' +
          row
            .map((cell) => {
              const { data, header } =
                typeof cell === 'string' ? { data: cell, header: false } : cell
              const tag = header ? 'th' : 'td'
              return `<${tag}>${data}</${tag}>`
            })
            .join('') +
          '</tr>'
      )
      .join('')
    this.buffer += `<table>${html}</table>${EOL}`
    return this
  }

  addRaw(text: string, addEOL = false): this {
    this.buffer += text + (addEOL ? EOL : '')
    return this
  }

  async write(): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY
    if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set: no job summary outside the runner')
    await appendFile(file, this.buffer, 'utf8')
    return this.emptyBuffer()
  }

  emptyBuffer(): this {
    this.buffer = ''
    return this
  }
}

export const summary = new Summary()
