/** One line a person can read, whatever was thrown. */
export function errorMessage(error: unknown): string {
  const text =
    error instanceof Error
      ? error.message || error.name
      : typeof error === 'string'
        ? error
        : (JSON.stringify(error) ?? String(error))
  return oneLine(text)
}

/** Outputs and annotations are single lines: fold newlines and runs of space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
