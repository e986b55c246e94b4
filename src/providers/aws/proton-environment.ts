import { CancelEnvironmentDeploymentCommand } from '@aws-sdk/client-proton/dist-es/commands/CancelEnvironmentDeploymentCommand.js'
import { GetEnvironmentCommand } from '@aws-sdk/client-proton/dist-es/commands/GetEnvironmentCommand.js'
import { requestIdOf } from './client.js'
import { required } from '../../util/errors.js'
import { protonSession } from './proton.js'
import type { AwsSettings, ProviderContext, ProviderSession } from '../types.js'

export function createSession(context: ProviderContext<AwsSettings>): ProviderSession {
  return protonSession(context, {
    input: 'environment-name',
    describe: (name) => `the deployment of Proton environment ${name}`,
    cancelAction: 'proton:CancelEnvironmentDeployment',
    readAction: 'proton:GetEnvironment',
    async cancel(client, environmentName, abortSignal) {
      const out = await client.send(new CancelEnvironmentDeploymentCommand({ environmentName }), {
        abortSignal
      })
      return {
        status: required(out.environment, 'environment').deploymentStatus,
        requestId: requestIdOf(out)
      }
    },
    async read(client, name, abortSignal) {
      const out = await client.send(new GetEnvironmentCommand({ name }), { abortSignal })
      return {
        status: required(out.environment, 'environment').deploymentStatus,
        requestId: requestIdOf(out)
      }
    }
  })
}
