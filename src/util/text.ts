/**
 * The one way text is cut: at most `limit` UTF-16 units (the unit GitHub sizes outputs in, and at
 * most `limit` characters however they are counted), the marker included, never splitting a
 * surrogate pair, so a cut never leaves half a character behind.
 */
export function truncate(text: string, limit: number, marker = '…'): string {
  if (text.length <= limit) return text
  let end = Math.max(0, limit - marker.length)
  const last = text.charCodeAt(end - 1)
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}${marker}`
}
