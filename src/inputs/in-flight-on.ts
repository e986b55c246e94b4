/**
 * The in-flight-on input: the places whose in-flight items are to be listed
 * and cancelled. What a place is for each provider is the catalogue's rule;
 * this file knows no provider by name. An empty value is no place at all, so
 * a missing expression can never widen a cancel.
 */
import { shortId } from '../util/errors.js'
import type { ProviderDescription } from '../providers/catalog.js'
import type { Place } from '../util/targets.js'
import { splitList, type InputContext } from './schema.js'

/** The places named, or undefined when the input is not given (or holds only an error). */
export function readInFlightOn(
  { raw, problems }: InputContext,
  entry: ProviderDescription
): Place[] | undefined {
  const text = raw('in-flight-on')
  if (!text) return undefined
  const rule = entry.inFlightOn
  if (typeof rule === 'string') {
    problems.push(`in-flight-on ${rule}`)
    return []
  }
  const given = entry.targets.filter((name) => raw(name))
  if (raw('targets-file')) given.push('targets-file' as never)
  if (given.length) {
    problems.push(
      `in-flight-on replaces ${given.join(' and ')}: give the place or the ids, not both`
    )
  }
  const values = [...new Set(splitList(text))]
  if (values.length === 0) {
    problems.push('in-flight-on names no place (only blanks and commas): nothing would be listed')
    return []
  }
  if (values.includes('all')) {
    if (!rule.all) {
      problems.push(`in-flight-on: ${rule.allRefused ?? `all is refused: give ${rule.takes}`}`)
      return []
    }
    if (values.length > 1) {
      problems.push('in-flight-on: all stands alone (it already covers every place)')
      return []
    }
    return [{ value: 'all', label: `all (${rule.all})`, all: true }]
  }
  const places: Place[] = []
  for (const value of values) {
    const place = rule.place?.(value) ?? `must be ${rule.takes}`
    if (typeof place === 'string') problems.push(`in-flight-on "${shortId(value)}" ${place}`)
    else if (!places.some((p) => p.label === place.label)) places.push(place)
  }
  return places
}

/**
 * A place named by ARN is that place: an ARN of another region than the step's would be listed
 * (by its name) in the step's region, which holds another place of the same name.
 */
export function checkPlaceRegions(places: readonly Place[], region: string, problems: string[]) {
  for (const place of places) {
    const named = place.arn?.region
    if (!named || named === region) continue
    problems.push(
      `in-flight-on "${shortId(place.arn!.value)}" is in region ${named}, but this step's region is ${region}: set aws-region: ${named} for it, or use one step per region (a step lists and cancels in its own region only)`
    )
  }
}
