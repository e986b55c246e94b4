export const id = 243;
export const ids = [243];
export const modules = {

/***/ 394258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ requestIdOf),
/* harmony export */   Wo: () => (/* binding */ sendAws),
/* harmony export */   km: () => (/* binding */ readAws),
/* harmony export */   rw: () => (/* binding */ awsClientConfig),
/* harmony export */   u3: () => (/* binding */ classifyAwsError)
/* harmony export */ });
/* unused harmony export PacedRetryStrategy */
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(261279);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(676463);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(234671);
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
            ? { requestHandler: new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_2__.NodeHttpHandler({ httpAgent: agent, httpsAgent: agent }) }
            : {})
    };
}
const token = (retries) => ({
    getRetryCount: () => retries,
    getRetryDelay: () => 0
});
/**
 * The SDK's retry middleware, driven by this action's policy: the SDK still
 * classifies each error (throttling, transient, server, client) and reads
 * Retry-After; the waiting happens on the pacer shared by the whole step.
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
        const retries = previous.getRetryCount();
        const throttled = info.errorType === 'THROTTLING';
        if (throttled) {
            const hint = info.retryAfterHint ? info.retryAfterHint.getTime() - clock.now() : undefined;
            pacer.onThrottle(hint);
        }
        else if (info.error?.$response) {
            pacer.onAccepted();
        }
        if (info.errorType === 'CLIENT_ERROR' || retries + 1 >= maxAttempts) {
            // The middleware rethrows the request's own error, with its attempt count.
            throw info.error ?? new Error('not retried');
        }
        if (!throttled)
            await clock.sleep((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffMs */ .jo)(retries));
        await pacer.acquire();
        return token(retries + 1);
    }
    recordSuccess() {
        this.policy.pacer.onAccepted();
    }
}
const CREDENTIAL_ERRORS = new Set([
    'CredentialsProviderError',
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'ExpiredTokenException',
    'ExpiredToken',
    'InvalidClientTokenId',
    'IncompleteSignatureException',
    'MissingAuthenticationTokenException'
]);
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
    const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .T)(`${name}${e.message ? `: ${e.message}` : ''}`);
    const What = call.what.charAt(0).toUpperCase() + call.what.slice(1);
    const where = call.region ? ` in ${call.region}` : '';
    const hint = call.hints?.[name] ? ` ${call.hints[name]}` : '';
    const fail = (message) => (0,_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .answer */ .ZF)('failed', message, { requestId });
    const modeled = call.errors[name];
    if (modeled === 'not-found') {
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .answer */ .ZF)('not-found', `${What} was not found${where} (${detail}).${hint}`, {
            requestId
        });
    }
    if (modeled === 'not-cancellable') {
        // A retried cancel refused as a conflict: the attempt whose answer was lost may have done it.
        const retried = attempts > 1
            ? ` This was attempt ${attempts}: an earlier attempt whose answer was lost may have cancelled it.`
            : '';
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .answer */ .ZF)('not-cancellable', `${What} cannot be cancelled in its current state (${detail}).${hint}${retried}`, { requestId });
    }
    if (DENIED_ERRORS.has(name) || status === 403) {
        return fail(`Access denied calling ${call.iamAction} for ${call.what}${where}: grant ${call.iamAction} to the role this job assumes (${detail}).`);
    }
    if (CREDENTIAL_ERRORS.has(name) || status === 401) {
        return fail(`AWS rejected or could not find the credentials for ${call.what}: configure them before this step, e.g. with aws-actions/configure-aws-credentials (${detail}).`);
    }
    if (THROTTLING_ERRORS.has(name) || status === 429) {
        return fail(`Throttled by AWS for ${call.what} after ${attempts} attempt(s); try again later or lower max-concurrency (${detail}).`);
    }
    // Checked before TimeoutError: the SDK names a reset connection TimeoutError too.
    if (e.code && NETWORK_CODES.has(e.code)) {
        return fail(`Could not reach the AWS endpoint for ${call.what}${where} after ${attempts} attempt(s): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error)} (${e.code}). Check endpoint-url, the region and the network.`);
    }
    if (name === 'AbortError' || name === 'TimeoutError') {
        return fail(`Timed out calling ${call.iamAction} for ${call.what} (${detail}).`);
    }
    if ((status ?? 0) >= 500 || e.$fault === 'server') {
        return fail(`AWS answered with a server error for ${call.what} after ${attempts} attempt(s) (${detail}${status ? `, HTTP ${status}` : ''}); try again later.`);
    }
    if (name === 'SyntaxError' || (status !== undefined && status < 300)) {
        return fail(`AWS's answer for ${call.what} could not be read (${detail}${status ? `, HTTP ${status}` : ''}): is a proxy or captive portal answering instead?`);
    }
    if (modeled === 'failed' || e.$fault === 'client') {
        return fail(`AWS rejected the request for ${call.what} (${detail}).${hint}`);
    }
    return fail(`Calling ${call.iamAction} for ${call.what} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error)}`);
}
/** The request id of a successful SDK answer. */
function requestIdOf(output) {
    return output.$metadata?.requestId ?? '';
}
/** Sends one SDK call; its answer or its error becomes an Answer. Never throws. */
async function sendAws(send, onSuccess, call) {
    let output;
    try {
        output = await send();
    }
    catch (error) {
        return classifyAwsError(error, call);
    }
    return onSuccess(output);
}
/** Reads a target's state: its status string mapped through the provider's phase table. */
async function readAws(send, statusOf, phases, call) {
    try {
        const output = await send();
        const status = statusOf(output) ?? '';
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

/***/ 828243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GREENGRASS_PHASES: () => (/* binding */ GREENGRASS_PHASES),
/* harmony export */   createSession: () => (/* binding */ createSession)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(962956);
/* harmony import */ var _aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(394258);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(338993);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(234671);




/** GetDeployment's deploymentStatus values. */
const GREENGRASS_PHASES = {
    ACTIVE: 'in-flight',
    CANCELED: 'cancelled',
    COMPLETED: 'finished',
    FAILED: 'finished',
    INACTIVE: 'finished'
};
const ERRORS = {
    ResourceNotFoundException: 'not-found',
    ConflictException: 'not-cancellable',
    ValidationException: 'failed'
};
function createSession(context) {
    const { inputs } = context;
    const client = new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_2__/* .GreengrassV2Client */ .z5j((0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .awsClientConfig */ .rw)(context));
    const call = (target, iamAction) => ({
        what: `Greengrass deployment ${(0,_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .targetId */ .Lx)(target, 'deployment-id')}`,
        iamAction,
        region: inputs.awsRegion,
        errors: ERRORS,
        hints: { ConflictException: 'It has already finished or been cancelled.' }
    });
    return {
        cancel(target, signal) {
            const deploymentId = (0,_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .targetId */ .Lx)(target, 'deployment-id');
            return (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .sendAws */ .Wo)(() => client.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_2__/* .CancelDeploymentCommand */ .Thl({ deploymentId }), { abortSignal: signal }), (out) => (0,_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .answer */ .ZF)('cancelled', `Cancelled Greengrass deployment ${deploymentId}.`, {
                requestId: (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .requestIdOf */ .Gb)(out)
            }), call(target, 'greengrass:CancelDeployment'));
        },
        read(target, signal) {
            const deploymentId = (0,_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .targetId */ .Lx)(target, 'deployment-id');
            return (0,_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .readAws */ .km)(() => client.send(new _aws_sdk_client_greengrassv2__WEBPACK_IMPORTED_MODULE_2__/* .GetDeploymentCommand */ .Tvn({ deploymentId }), { abortSignal: signal }), (out) => out.deploymentStatus, GREENGRASS_PHASES, call(target, 'greengrass:GetDeployment'));
        }
    };
}


/***/ })

};
