export const id = 20;
export const ids = [20];
export const modules = {

/***/ 394258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ confirmAfterConflict),
/* harmony export */   Gb: () => (/* binding */ requestIdOf),
/* harmony export */   Or: () => (/* binding */ attemptsOf),
/* harmony export */   Wo: () => (/* binding */ sendAws),
/* harmony export */   km: () => (/* binding */ readAws),
/* harmony export */   rw: () => (/* binding */ awsClientConfig),
/* harmony export */   u3: () => (/* binding */ classifyAwsError),
/* harmony export */   xq: () => (/* binding */ withAnswerCheck)
/* harmony export */ });
/* unused harmony export PacedRetryStrategy */
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(261279);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(449809);
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(582215);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(234671);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(983916);
/**
 * Everything the AWS providers share: how their clients are configured and how
 * an SDK error that is not specific to one service becomes an outcome.
 */





/** Client settings common to every AWS provider. */
function awsClientConfig({ inputs, userAgent, requests, agent }) {
    return {
        region: inputs.awsRegion,
        // Without it the SDK still honours AWS_ENDPOINT_URL_<SERVICE> and AWS_ENDPOINT_URL.
        ...(inputs.endpointUrl ? { endpoint: inputs.endpointUrl } : {}),
        maxAttempts: requests.maxAttempts,
        retryStrategy: new PacedRetryStrategy(requests),
        customUserAgent: [[userAgent]],
        ...(agent
            ? { requestHandler: new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__.NodeHttpHandler({ httpAgent: agent, httpsAgent: agent }) }
            : {})
    };
}
const token = (failures) => ({
    failures,
    // The SDK reports this + 1 as the request's attempts: throttled tries are not among them.
    getRetryCount: () => failures,
    getRetryDelay: () => 0
});
/**
 * The SDK's retry middleware, driven by this action's policy: the SDK still
 * classifies each error (throttling, transient, server, client) and reads
 * Retry-After; the waiting happens on the pacer shared by the whole step.
 * A throttling answer proves the provider did nothing: it is sent again, first
 * in the queue, for as long as the target's deadline allows (the flow's request
 * scope carries its signal) and never counts as one of max-attempts.
 */
class PacedRetryStrategy {
    policy;
    mode = 'paced';
    constructor(policy) {
        this.policy = policy;
    }
    async acquireInitialRetryToken() {
        await this.policy.pacer.acquire();
        return token(0);
    }
    async refreshRetryTokenForRetry(previous, info) {
        const { pacer, clock, maxAttempts } = this.policy;
        const failures = previous.failures ?? previous.getRetryCount();
        if (info.errorType === 'THROTTLING') {
            pacer.onThrottle();
            const hint = info.retryAfterHint ? info.retryAfterHint.getTime() - clock.now() : undefined;
            await pacer.acquireRetry(hint);
            return token(failures);
        }
        if (info.error?.$response)
            pacer.onAccepted();
        if (info.errorType === 'CLIENT_ERROR' || failures + 1 >= maxAttempts) {
            // The middleware rethrows the request's own error, with its attempt count.
            throw info.error ?? new Error('not retried');
        }
        const signal = (0,_pacing_js__WEBPACK_IMPORTED_MODULE_1__/* .currentScope */ .Aq)()?.signal;
        await clock.sleep((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffMs */ .jo)(failures), signal);
        await pacer.acquire(signal);
        return token(failures + 1);
    }
    recordSuccess() {
        this.policy.pacer.onAccepted();
    }
}
const REQUEST_ID_HEADERS = ['x-amzn-requestid', 'x-amzn-request-id', 'x-amz-request-id'];
/**
 * Checks each raw answer before the SDK parses it: every answer of these APIs,
 * errors included, carries AWS's request id, and a body is JSON. Anything else
 * (a captive portal's HTML 200, a proxy's own error page) is refused here, so
 * it can never be mistaken for an accepted cancel.
 */
function answerCheck(next) {
    return async (args) => {
        const result = await next(args);
        const response = result.response;
        const status = response?.statusCode;
        const headers = response?.headers ?? {};
        const header = (name) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
        const contentType = header('content-type') ?? '';
        const requestId = REQUEST_ID_HEADERS.map(header).find(Boolean);
        const problem = !requestId
            ? `no x-amzn-RequestId${contentType ? `, content type ${contentType}` : ''}`
            : contentType && !/json/i.test(contentType)
                ? `content type ${contentType} where AWS answers JSON`
                : undefined;
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotTheProvidersAnswer */ .LI(`the answer is not AWS's (${problem})`, status);
        return result;
    };
}
/** Adds the answer check to a client; every AWS provider builds its client through this. */
function withAnswerCheck(client) {
    const stack = client.middlewareStack;
    // Low priority within the deserialize step: it sees the raw answer before the parser does.
    stack.add(answerCheck, { step: 'deserialize', priority: 'low', name: 'providerAnswerCheck' });
    return client;
}
/** Errors that mean the credentials, not the permissions, are wrong: what to tell the user. */
const CREDENTIAL_ERRORS = {
    CredentialsProviderError: 'No AWS credentials were found',
    ExpiredTokenException: 'The AWS credentials have expired',
    ExpiredToken: 'The AWS credentials have expired',
    RequestExpired: 'AWS refused the request as expired (is the clock right?)',
    UnrecognizedClientException: 'AWS does not recognise the access key or session token',
    InvalidClientTokenId: 'AWS does not recognise the access key or session token',
    InvalidSignatureException: 'AWS rejected the request signature (a wrong secret key, or a session token that belongs to other keys)',
    SignatureDoesNotMatch: 'AWS rejected the request signature (a wrong secret key, or a session token that belongs to other keys)',
    IncompleteSignatureException: 'AWS rejected the request signature as incomplete',
    MissingAuthenticationTokenException: 'The request reached AWS unsigned'
};
const CREDENTIAL_FIX = 'fix the credentials this step gets: run aws-actions/configure-aws-credentials before it (role-to-assume with id-token: write; a longer role-duration-seconds if they expire), or set AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and, for temporary credentials, AWS_SESSION_TOKEN';
const DENIED_ERRORS = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedException']);
const THROTTLING_ERRORS = new Set(['ThrottlingException', 'TooManyRequestsException', 'Throttling']);
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'EPIPE',
    'EHOSTUNREACH',
    'ENETUNREACH'
]);
/** Turns anything an AWS SDK call threw into an outcome and a message a person can act on. */
function classifyAwsError(error, call) {
    const e = (error ?? {});
    const name = e.name ?? 'Error';
    const status = e.$metadata?.httpStatusCode;
    const requestId = e.$metadata?.requestId ?? '';
    const attempts = e.$metadata?.attempts ?? 1;
    const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(`${name}${e.message ? `: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutSdkHints */ .rB)(e.message)}` : ''}`));
    const What = call.what.charAt(0).toUpperCase() + call.what.slice(1);
    const where = call.region ? ` in ${call.region}` : '';
    const hint = call.hints?.[name] ? ` ${call.hints[name]}` : '';
    const fail = (message) => (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .answer */ .ZF)('failed', message, { requestId });
    const modeled = call.errors[name];
    if (modeled === 'not-found') {
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .answer */ .ZF)('not-found', `${What} was not found${where} (${detail}).${hint}`, {
            requestId
        });
    }
    if (modeled === 'not-cancellable') {
        // A retried cancel refused as a conflict: the attempt whose answer was lost may have done it.
        const retried = attempts > 1
            ? ` This was attempt ${attempts}: an earlier attempt whose answer was lost may have cancelled it.`
            : '';
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .answer */ .ZF)('not-cancellable', `${What} cannot be cancelled in its current state (${detail}).${hint}${retried}`, { requestId });
    }
    // Before access denied: a bad signature answers 403 too, and no IAM grant fixes it.
    const credentials = CREDENTIAL_ERRORS[name] ?? (status === 401 ? 'AWS rejected the credentials' : undefined);
    if (credentials) {
        return fail(`${credentials} calling ${call.iamAction} for ${call.what}: ${CREDENTIAL_FIX} (${detail}).`);
    }
    if (DENIED_ERRORS.has(name) || (status === 403 && name !== 'NotTheProvidersAnswer')) {
        return fail(`Access denied calling ${call.iamAction} for ${call.what}${where}: grant ${call.iamAction} to the role this job assumes (${detail}).`);
    }
    if (THROTTLING_ERRORS.has(name) || status === 429) {
        return fail(`Throttled by AWS for ${call.what} after ${attempts} attempt(s); try again later or lower max-concurrency (${detail}).`);
    }
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isTlsMismatch */ .i$)(error)) {
        return fail(`Could not reach the AWS endpoint for ${call.what}: ${_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TLS_MISMATCH_ADVICE */ .eM}.`);
    }
    // Checked before TimeoutError: the SDK names a reset connection TimeoutError too.
    if (e.code && NETWORK_CODES.has(e.code)) {
        return fail(`Could not reach the AWS endpoint for ${call.what}${where} after ${attempts} attempt(s): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error))} (${e.code}). Check endpoint-url, the region and the network.`);
    }
    if (name === 'AbortError' || name === 'TimeoutError') {
        return fail(`Timed out calling ${call.iamAction} for ${call.what} (${detail}).`);
    }
    if ((status ?? 0) >= 500 || e.$fault === 'server') {
        return fail(`AWS answered with a server error for ${call.what} after ${attempts} attempt(s) (${detail}${status ? `, HTTP ${status}` : ''}); try again later.`);
    }
    if (name === 'NotTheProvidersAnswer' ||
        name === 'SyntaxError' ||
        (status !== undefined && status < 300)) {
        const why = name === 'NotTheProvidersAnswer' ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(e.message ?? '') : detail;
        return fail(`AWS's answer for ${call.what} could not be read (${why}${status ? `, HTTP ${status}` : ''}): is a proxy or captive portal answering instead? Nothing shows that AWS acted on it.`);
    }
    if (modeled === 'failed' || e.$fault === 'client') {
        return fail(`AWS rejected the request for ${call.what} (${detail}).${hint}`);
    }
    return fail(`Calling ${call.iamAction} for ${call.what} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error))}`);
}
/**
 * After a cancel that was sent more than once and then refused as a conflict:
 * the first attempt's answer was lost, so it may have been this step's own
 * cancel that took. A read of the target tells: cancelled (or, for Proton,
 * cancelling) is this step's cancel, reported as `cancelled` so `wait` goes on.
 */
async function confirmAfterConflict(refused, attempts, read, what, cancelling = []) {
    if (refused.outcome !== 'not-cancellable' || attempts < 2)
        return refused;
    const state = await read();
    if (!state.ok)
        return refused;
    if (state.phase === 'cancelled' || cancelling.includes(state.status)) {
        const What = what.charAt(0).toUpperCase() + what.slice(1);
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .answer */ .ZF)('cancelled', `${What} is ${state.status}: the cancel was sent ${attempts} times because an answer was lost, and the read after the refusal shows it took.`, { status: state.status, requestId: state.requestId || refused.requestId });
    }
    return { ...refused, status: state.status || refused.status };
}
/** How many attempts the SDK made for the call that threw `error`. */
function attemptsOf(error) {
    return error?.$metadata?.attempts ?? 1;
}
/** The request id of a successful SDK answer. */
function requestIdOf(output) {
    return output.$metadata?.requestId ?? '';
}
/**
 * Sends one SDK call; its answer or its error becomes an Answer. Never throws.
 * `onSuccess` may throw NotTheProvidersAnswer (see `required`). `afterError`
 * may look further at a refusal (e.g. confirmAfterConflict).
 */
async function sendAws(send, onSuccess, call, afterError) {
    try {
        return onSuccess(await send());
    }
    catch (error) {
        const refused = classifyAwsError(error, call);
        return afterError ? afterError(refused, error) : refused;
    }
}
/**
 * Reads a target's state: its status string mapped through the provider's
 * phase table. `statusOf` returns undefined when the answer lacks the state
 * the operation always returns: that answer could not be read.
 */
async function readAws(send, statusOf, phases, call) {
    try {
        const output = await send();
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .required */ .mw)(statusOf(output), 'state');
        return {
            ok: true,
            // A state this action does not know is treated as still in flight: a dry run says a
            // cancel would be sent, and a wait goes on until the state is one it knows or time is up.
            phase: phases[status] ?? 'in-flight',
            status,
            requestId: requestIdOf(output)
        };
    }
    catch (error) {
        return { ok: false, answer: classifyAwsError(error, call) };
    }
}


/***/ }),

/***/ 154020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IOT_JOB_PHASES: () => (/* binding */ IOT_JOB_PHASES),
  createSession: () => (/* binding */ createSession)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/IoTClient.js + 8 modules
var IoTClient = __webpack_require__(253508);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(477615);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(829789);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/commands/CancelJobCommand.js


class CancelJobCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CancelJob", schemas_0/* CancelJob$ */.MO5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-iot/dist-es/commands/DescribeJobCommand.js


class DescribeJobCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeJob", schemas_0/* DescribeJob$ */.fRd) {
}

// EXTERNAL MODULE: ./src/aws.ts
var aws = __webpack_require__(394258);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(338993);
// EXTERNAL MODULE: ./src/outcome.ts
var outcome = __webpack_require__(234671);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(983916);
;// CONCATENATED MODULE: ./src/providers/iot-job.ts
/**
 * AWS IoT CancelJob: the whole job, on every thing. The job is read first, so
 * a job that already ended is reported as not-cancellable without a cancel.
 */







/** DescribeJob's job.status values. */
const IOT_JOB_PHASES = {
    SCHEDULED: 'in-flight',
    IN_PROGRESS: 'in-flight',
    CANCELED: 'cancelled',
    COMPLETED: 'finished',
    DELETION_IN_PROGRESS: 'finished'
};
const ERRORS = {
    ResourceNotFoundException: 'not-found',
    InvalidStateTransitionException: 'not-cancellable',
    InvalidRequestException: 'failed',
    LimitExceededException: 'failed'
};
function createSession(context) {
    const { inputs } = context;
    const client = (0,aws/* withAnswerCheck */.xq)(new IoTClient/* IoTClient */.C((0,aws/* awsClientConfig */.rw)(context)));
    const call = (target, iamAction) => ({
        what: `IoT job ${(0,targets/* targetId */.Lx)(target, 'job-id')}`,
        iamAction,
        region: inputs.awsRegion,
        errors: ERRORS
    });
    function read(target, signal) {
        const jobId = (0,targets/* targetId */.Lx)(target, 'job-id');
        return (0,aws/* readAws */.km)(() => client.send(new DescribeJobCommand({ jobId }), { abortSignal: signal }), (out) => out.job?.status, IOT_JOB_PHASES, call(target, 'iot:DescribeJob'));
    }
    return {
        async cancel(target, signal) {
            const jobId = (0,targets/* targetId */.Lx)(target, 'job-id');
            const state = await read(target, signal);
            if (!state.ok)
                return state.answer;
            if (state.phase !== 'in-flight') {
                return (0,outcome/* answer */.ZF)('not-cancellable', `IoT job ${jobId} is ${state.status}: there is nothing to cancel.`, {
                    status: state.status,
                    requestId: state.requestId
                });
            }
            return (0,aws/* sendAws */.Wo)(() => client.send(new CancelJobCommand({
                jobId,
                force: inputs.force,
                reasonCode: inputs.reasonCode,
                comment: inputs.comment
            }), { abortSignal: signal }), (out) => {
                // CancelJob always names the job it cancelled.
                (0,errors/* required */.mw)(out.jobId, 'jobId');
                return (0,outcome/* answer */.ZF)('cancelled', `Cancelled IoT job ${jobId} on every thing${inputs.force ? ', including executions in progress (forced)' : '; executions already IN_PROGRESS run on unless force: true'}.`, { requestId: (0,aws/* requestIdOf */.Gb)(out) });
            }, call(target, 'iot:CancelJob'), (refused, error) => (0,aws/* confirmAfterConflict */.B_)(refused, (0,aws/* attemptsOf */.Or)(error), () => read(target, signal), `IoT job ${jobId}`));
        },
        read,
        close: () => client.destroy()
    };
}


/***/ })

};
