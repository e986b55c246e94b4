export const id = 679;
export const ids = [679];
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

/***/ 354679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSession: () => (/* binding */ createSession)
});

// EXTERNAL MODULE: ./node_modules/@smithy/middleware-endpoint/dist-cjs/index.js
var dist_cjs = __webpack_require__(740099);
// EXTERNAL MODULE: ./node_modules/@smithy/smithy-client/dist-cjs/index.js
var smithy_client_dist_cjs = __webpack_require__(161411);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(674618);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(68718);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/CancelServicePipelineDeploymentCommand.js





class CancelServicePipelineDeploymentCommand extends smithy_client_dist_cjs/* Command */.uB
    .classBuilder()
    .ep(EndpointParameters/* commonParams */.S)
    .m(function (Command, cs, config, o) {
    return [(0,dist_cjs/* getEndpointPlugin */.rD)(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CancelServicePipelineDeployment", {})
    .n("ProtonClient", "CancelServicePipelineDeploymentCommand")
    .sc(schemas_0/* CancelServicePipelineDeployment$ */.t4J)
    .build() {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/commands/GetServiceCommand.js





class GetServiceCommand extends smithy_client_dist_cjs/* Command */.uB
    .classBuilder()
    .ep(EndpointParameters/* commonParams */.S)
    .m(function (Command, cs, config, o) {
    return [(0,dist_cjs/* getEndpointPlugin */.rD)(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetService", {})
    .n("ProtonClient", "GetServiceCommand")
    .sc(schemas_0/* GetService$ */._F$)
    .build() {
}

// EXTERNAL MODULE: ./src/aws.ts
var aws = __webpack_require__(394258);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(983916);
// EXTERNAL MODULE: ./src/providers/proton.ts
var proton = __webpack_require__(446752);
;// CONCATENATED MODULE: ./src/providers/proton-service-pipeline.ts





function createSession(context) {
    return (0,proton/* protonSession */.v)(context, {
        input: 'service-name',
        describe: (name) => `the Proton service pipeline deployment of ${name}`,
        cancelAction: 'proton:CancelServicePipelineDeployment',
        readAction: 'proton:GetService',
        async cancel(client, serviceName, abortSignal) {
            const out = await client.send(new CancelServicePipelineDeploymentCommand({ serviceName }), {
                abortSignal
            });
            return {
                status: (0,errors/* required */.mw)(out.pipeline, 'pipeline').deploymentStatus,
                requestId: (0,aws/* requestIdOf */.Gb)(out)
            };
        },
        async read(client, name, abortSignal) {
            const out = await client.send(new GetServiceCommand({ name }), { abortSignal });
            // A service without a pipeline has no pipeline deployment: no state, not an unreadable answer.
            const service = (0,errors/* required */.mw)(out.service, 'service');
            return { status: service.pipeline?.deploymentStatus ?? '', requestId: (0,aws/* requestIdOf */.Gb)(out) };
        }
    });
}


/***/ }),

/***/ 446752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ protonSession)
/* harmony export */ });
/* unused harmony export PROTON_PHASES */
/* harmony import */ var _aws_sdk_client_proton_dist_es_ProtonClient_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(821573);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(394258);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(338993);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(234671);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(983916);
/**
 * What the two Proton providers share. AWS ended support for Proton on
 * 2026-10-07; the API still answers for existing accounts, so both stay.
 */





/** deploymentStatus values of a pipeline or an environment. */
const PROTON_PHASES = {
    IN_PROGRESS: 'in-flight',
    CANCELLING: 'in-flight',
    CANCELLED: 'cancelled',
    SUCCEEDED: 'finished',
    DELETE_IN_PROGRESS: 'finished',
    DELETE_COMPLETE: 'finished',
    // The cancel itself (or the deployment) failed: the contract reports it as failed.
    FAILED: 'failed',
    DELETE_FAILED: 'failed'
};
const ERRORS = {
    ResourceNotFoundException: 'not-found',
    ConflictException: 'not-cancellable',
    ValidationException: 'failed'
};
function protonSession(context, spec) {
    const { inputs } = context;
    const client = (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .withAnswerCheck */ .xq)(new _aws_sdk_client_proton_dist_es_ProtonClient_js__WEBPACK_IMPORTED_MODULE_3__/* .ProtonClient */ .a((0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .awsClientConfig */ .rw)(context)));
    const call = (target, iamAction) => ({
        what: spec.describe((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)((0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .targetId */ .Lx)(target, spec.input))),
        iamAction,
        region: inputs.awsRegion,
        errors: ERRORS,
        hints: { ConflictException: 'Only a deployment that is IN_PROGRESS can be cancelled.' }
    });
    function read(target, signal) {
        const name = (0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .targetId */ .Lx)(target, spec.input);
        return (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .readAws */ .km)(() => spec.read(client, name, signal), (out) => out.status, PROTON_PHASES, call(target, spec.readAction));
    }
    return {
        cancel(target, signal) {
            const name = (0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .targetId */ .Lx)(target, spec.input);
            return (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .sendAws */ .Wo)(() => spec.cancel(client, name, signal), ({ status = '', requestId }) => (0,_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .answer */ .ZF)('cancelled', `Cancelling ${spec.describe((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(name))}${status ? `: now ${status}` : ''}.`, { status, requestId }), call(target, spec.cancelAction), 
            // CANCELLING is this step's own cancel at work, as the accepted answer reports it.
            (refused, error) => (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .confirmAfterConflict */ .B_)(refused, (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .attemptsOf */ .Or)(error), () => read(target, signal), spec.describe((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(name)), ['CANCELLING']));
        },
        read,
        close: () => client.destroy()
    };
}


/***/ })

};
