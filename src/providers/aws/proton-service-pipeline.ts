import { CancelServicePipelineDeploymentCommand } from '@aws-sdk/client-proton/dist-es/commands/CancelServicePipelineDeploymentCommand.js'
import { GetServiceCommand } from '@aws-sdk/client-proton/dist-es/commands/GetServiceCommand.js'
import { requestIdOf } from './client.js'
import { required } from '../../util/errors.js'
import { protonSession } from './proton.js'
import type { AwsSettings, ProviderContext, ProviderSession } from '../types.js'

export function createSession(context: ProviderContext<AwsSettings>): ProviderSession {
  return protonSession(context, {
    input: 'service-name',
    describe: (name) => `the Proton service pipeline deployment of ${name}`,
    cancelAction: 'proton:CancelServicePipelineDeployment',
    readAction: 'proton:GetService',
    async cancel(client, serviceName, abortSignal) {
      const out = await client.send(new CancelServicePipelineDeploymentCommand({ serviceName }), {
        abortSignal
      })
      return {
        status: required(out.pipeline, 'pipeline').deploymentStatus,
        requestId: requestIdOf(out)
      }
    },
    async read(client, name, abortSignal) {
      const out = await client.send(new GetServiceCommand({ name }), { abortSignal })
      // A service without a pipeline has no pipeline deployment: nothing to cancel, not an
      // unreadable answer.
      const service = required(out.service, 'service')
      return service.pipeline
        ? { status: service.pipeline.deploymentStatus, requestId: requestIdOf(out) }
        : {
            status: '',
            requestId: requestIdOf(out),
            nothing:
              'has no pipeline (its template defines none), so there is no pipeline deployment to cancel.'
          }
    }
  })
}
