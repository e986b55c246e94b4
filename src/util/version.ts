/** Kept equal to package.json's version by a test; names the action in every request's user agent. */
export const VERSION = '0.1.0'
export const USER_AGENT = `cancel-deployment/${VERSION}`
