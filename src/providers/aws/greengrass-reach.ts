/**
 * How far a Greengrass deployment got: GetDeployment names the IoT job it runs through
 * (`iotJobId`), whose DescribeJob counts the core devices and whose ListJobExecutionsForJob lists
 * them. The IoT client is loaded only here, when reach is read. A GetDeployment the step made
 * already (a dry run's, wait's) is not sent again.
 */
import type { GetDeploymentCommandOutput } from '@aws-sdk/client-greengrassv2'
import type { IoTClient } from '@aws-sdk/client-iot/dist-es/IoTClient.js'
import { listAws, type AwsCall } from './client.js'
import { JobReachMemo, listReachedThings, readJobReach } from './reach.js'
import { idProblem } from '../../util/id-rules.js'
import { answer, type Answer } from '../../util/outcome.js'
import { shortId } from '../../util/errors.js'
import { targetId, type Target } from '../../util/targets.js'
import type { PageSender, ProviderSession } from '../types.js'

/** What a GetDeployment said that reach needs. */
interface DeploymentJob {
  jobId?: string
  /** `thinggroup/NAME` or `thing/NAME`. */
  where?: string
}

interface GreengrassReachDeps {
  getDeployment(deploymentId: string, signal: AbortSignal): Promise<GetDeploymentCommandOutput>
  iot(): Promise<IoTClient>
  call(target: Target, iamAction: string): AwsCall
}

const placeOf = (arn: string | undefined) => /:(thing(?:group)?\/.+)$/.exec(arn ?? '')?.[1]

/** What a GetDeployment says that reach needs: its IoT job and where it runs. */
function deploymentJob(out: GetDeploymentCommandOutput): DeploymentJob {
  const where = placeOf(out.targetArn)
  return { ...(out.iotJobId ? { jobId: out.iotJobId } : {}), ...(where ? { where } : {}) }
}

/**
 * The deployment's IoT job, from a read already made (`jobs`) or GetDeployment through `page`;
 * an answer when it names none (no device has been sent it) or one that is not a job id.
 */
async function jobOf(
  deps: GreengrassReachDeps,
  jobs: Map<string, DeploymentJob>,
  target: Target,
  page: PageSender
): Promise<(DeploymentJob & { jobId: string }) | Answer> {
  const deploymentId = targetId(target, 'deployment-id')
  let known = jobs.get(deploymentId)
  if (!known?.jobId) {
    const read = await listAws(
      () => page((signal) => deps.getDeployment(deploymentId, signal)),
      deps.call(target, 'greengrass:GetDeployment')
    )
    if ('outcome' in read) return read
    known = deploymentJob(read)
    jobs.set(deploymentId, known)
  }
  const jobId = known.jobId ?? ''
  // The answer's job id is checked by job-id's own rule before any request is built from it.
  if (!jobId || idProblem('job-id', jobId)) {
    return answer(
      'failed',
      jobId
        ? `Greengrass deployment ${shortId(deploymentId)} names an IoT job id that is not one (${shortId(jobId)}).`
        : `Greengrass deployment ${shortId(deploymentId)} names no IoT job yet: no device has been sent it.`
    )
  }
  return { ...known, jobId }
}

export function greengrassReach(deps: GreengrassReachDeps) {
  const memo = new JobReachMemo()
  const jobs = new Map<string, DeploymentJob>()

  /** Notes what a GetDeployment the step made says, for a later reach read. */
  function noteDeployment(deploymentId: string, out: GetDeploymentCommandOutput): void {
    jobs.set(deploymentId, deploymentJob(out))
  }

  /** What another answer said of the deployment's job (ListEffectiveDeployments). */
  function noteJob(deploymentId: string, jobId: string, where: string): void {
    jobs.set(deploymentId, { jobId, where })
  }

  const reach: NonNullable<ProviderSession['reach']> = async (target, page) => {
    const job = await jobOf(deps, jobs, target, page)
    if ('outcome' in job) return { ok: false, answer: job }
    const where = job.where
    return readJobReach(
      await deps.iot(),
      job.jobId,
      memo,
      page,
      deps.call(target, 'iot:DescribeJob'),
      { cancelledAs: targetId(target, 'deployment-id'), ...(where ? { where } : {}) }
    )
  }

  const reachedDevices: NonNullable<ProviderSession['reachedDevices']> = async (
    target,
    page,
    add
  ) => {
    const job = await jobOf(deps, jobs, target, page)
    if ('outcome' in job) return job
    return listReachedThings(
      await deps.iot(),
      job.jobId,
      page,
      deps.call(target, 'iot:ListJobExecutionsForJob'),
      add
    )
  }

  return {
    noteDeployment,
    noteJob,
    noteCancelled: (deploymentId: string) => memo.noteCancelled(deploymentId),
    reach,
    reachedDevices
  }
}
