// Context for the Datadog ratio, not its goal: the root-import reference with its output
// through @actions/core, as the AWS floor has it. Every action built on the card's parts loads
// @actions/core (and the undici its HTTP client loads at import); the goal's reference does not.
import * as core from '@actions/core'
import { cancelFromRoot } from './datadog-cancel.js'

void cancelFromRoot().then(() => core.setOutput('outcome', 'cancelled'))
