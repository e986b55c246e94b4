/**
 * The AWS SDK clients and commands the providers use, imported from each package's
 * ES module build (dist-es) one file at a time. A bundle of the package root holds every
 * command and model of the service (client-iot alone: hundreds of commands); these files
 * bring only the client and the commands named, which takes about 10 ms off every AWS
 * run's start (`npm run bench`). The types are the package root's: the same classes.
 * Jest runs the package root instead (jest.config.js maps these paths), where the same
 * names are exported.
 */
declare module '@aws-sdk/client-greengrassv2/dist-es/GreengrassV2Client.js' {
  export { GreengrassV2Client } from '@aws-sdk/client-greengrassv2'
}
declare module '@aws-sdk/client-greengrassv2/dist-es/commands/CancelDeploymentCommand.js' {
  export { CancelDeploymentCommand } from '@aws-sdk/client-greengrassv2'
}
declare module '@aws-sdk/client-greengrassv2/dist-es/commands/GetDeploymentCommand.js' {
  export { GetDeploymentCommand } from '@aws-sdk/client-greengrassv2'
}
declare module '@aws-sdk/client-iot/dist-es/IoTClient.js' {
  export { IoTClient } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-iot/dist-es/commands/CancelJobCommand.js' {
  export { CancelJobCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-iot/dist-es/commands/CancelJobExecutionCommand.js' {
  export { CancelJobExecutionCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-iot/dist-es/commands/DescribeJobCommand.js' {
  export { DescribeJobCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-iot/dist-es/commands/DescribeJobExecutionCommand.js' {
  export { DescribeJobExecutionCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-proton/dist-es/ProtonClient.js' {
  export { ProtonClient } from '@aws-sdk/client-proton'
}
declare module '@aws-sdk/client-proton/dist-es/commands/CancelEnvironmentDeploymentCommand.js' {
  export { CancelEnvironmentDeploymentCommand } from '@aws-sdk/client-proton'
}
declare module '@aws-sdk/client-proton/dist-es/commands/CancelServicePipelineDeploymentCommand.js' {
  export { CancelServicePipelineDeploymentCommand } from '@aws-sdk/client-proton'
}
declare module '@aws-sdk/client-proton/dist-es/commands/GetEnvironmentCommand.js' {
  export { GetEnvironmentCommand } from '@aws-sdk/client-proton'
}
declare module '@aws-sdk/client-proton/dist-es/commands/GetServiceCommand.js' {
  export { GetServiceCommand } from '@aws-sdk/client-proton'
}
declare module '@aws-sdk/client-greengrassv2/dist-es/commands/ListDeploymentsCommand.js' {
  export { ListDeploymentsCommand } from '@aws-sdk/client-greengrassv2'
}
declare module '@aws-sdk/client-iot/dist-es/commands/ListJobsCommand.js' {
  export { ListJobsCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-iot/dist-es/commands/ListJobExecutionsForThingCommand.js' {
  export { ListJobExecutionsForThingCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-iot/dist-es/commands/DescribeThingCommand.js' {
  export { DescribeThingCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-iot/dist-es/commands/DescribeThingGroupCommand.js' {
  export { DescribeThingGroupCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-iot/dist-es/commands/ListJobExecutionsForJobCommand.js' {
  export { ListJobExecutionsForJobCommand } from '@aws-sdk/client-iot'
}
declare module '@aws-sdk/client-greengrassv2/dist-es/commands/ListEffectiveDeploymentsCommand.js' {
  export { ListEffectiveDeploymentsCommand } from '@aws-sdk/client-greengrassv2'
}
