// main.ts takes the policy from here until it imports ./request/policy.js itself.
export { requestPolicy, type RequestPolicy } from './request/policy.js'
