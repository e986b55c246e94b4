// Preloaded into `npm run local-action` (NODE_OPTIONS=--import): see hooks.mjs.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
