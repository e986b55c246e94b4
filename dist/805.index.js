export const id = 805;
export const ids = [805];
export const modules = {

/***/ 455805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DATADOG_PHASES: () => (/* binding */ DATADOG_PHASES),
/* harmony export */   classifyDatadogError: () => (/* binding */ classifyDatadogError),
/* harmony export */   createSession: () => (/* binding */ createSession)
/* harmony export */ });
/* harmony import */ var _datadog_datadog_api_client_dist_packages_datadog_api_client_v2_apis_FleetAutomationApi_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(901777);
/* harmony import */ var _datadog_datadog_api_client_dist_packages_datadog_api_client_v2_apis_FleetAutomationApi_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_datadog_datadog_api_client_dist_packages_datadog_api_client_v2_apis_FleetAutomationApi_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _datadog_datadog_api_client_dist_packages_datadog_api_client_common_configuration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(836541);
/* harmony import */ var _datadog_datadog_api_client_dist_packages_datadog_api_client_common_servers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(509735);
/* harmony import */ var _datadog_datadog_api_client_dist_packages_datadog_api_client_common_exception_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(115146);
/* harmony import */ var _datadog_datadog_api_client_dist_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6011);
/* harmony import */ var _datadog_datadog_api_client_dist_logger_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_datadog_datadog_api_client_dist_logger_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var cross_fetch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(903304);
/* harmony import */ var cross_fetch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(cross_fetch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(449809);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(338993);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(234671);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(983916);
/* harmony import */ var _stop_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(251123);
/**
 * Datadog Fleet Automation. The API class is imported from its own module, not
 * the package root, which would load every Datadog API at start-up.
 */











/** high_level_status values. */
const DATADOG_PHASES = {
    pending: 'in-flight',
    running: 'in-flight',
    cancelled: 'cancelled',
    canceled: 'cancelled',
    succeeded: 'finished',
    completed: 'finished',
    failed: 'finished'
};
function createSession(context) {
    const { inputs } = context;
    const settings = inputs.datadog;
    if (!settings)
        throw new Error('datadog-fleet needs the Datadog keys');
    // The client logs failed requests itself; this action reports them once, in its own words.
    _datadog_datadog_api_client_dist_logger_js__WEBPACK_IMPORTED_MODULE_4__.logger.setLevel('silent');
    // Each call gets its own signal, so the fetch can count that call's attempts: a cancel
    // refused after a retry may have been this step's own first attempt, whose answer was lost.
    const tallies = new WeakMap();
    const configuration = (0,_datadog_datadog_api_client_dist_packages_datadog_api_client_common_configuration_js__WEBPACK_IMPORTED_MODULE_1__.createConfiguration)({
        authMethods: { apiKeyAuth: settings.apiKey, appKeyAuth: settings.appKey },
        // The client's own retry ignores maxRetries: 0 and network errors; pacedFetch does it all.
        enableRetry: false,
        fetch: pacedFetch(context, tallies),
        ...(inputs.endpointUrl
            ? { baseServer: new _datadog_datadog_api_client_dist_packages_datadog_api_client_common_servers_js__WEBPACK_IMPORTED_MODULE_2__.BaseServerConfiguration(inputs.endpointUrl, {}) }
            : {})
    });
    configuration.setServerVariables({ site: settings.site });
    const api = new _datadog_datadog_api_client_dist_packages_datadog_api_client_v2_apis_FleetAutomationApi_js__WEBPACK_IMPORTED_MODULE_0__.FleetAutomationApi(configuration);
    const what = (target) => `Datadog fleet deployment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .shortId */ .m_)((0,_targets_js__WEBPACK_IMPORTED_MODULE_10__/* .targetId */ .Lx)(target, 'deployment-id'))}`;
    /** One API call under `signal`, with its attempts counted in `tally`. */
    async function send(signal, tally, call) {
        const own = (0,_stop_js__WEBPACK_IMPORTED_MODULE_9__/* .linkedSignal */ .uu)(signal);
        tallies.set(own.signal, tally);
        try {
            return await call(withSignal(configuration, own.signal));
        }
        finally {
            own.dispose();
        }
    }
    async function read(target, signal) {
        const tally = { attempts: 0 };
        try {
            const detail = await send(signal, tally, (options) => api.getFleetDeploymentV2({ deploymentId: (0,_targets_js__WEBPACK_IMPORTED_MODULE_10__/* .targetId */ .Lx)(target, 'deployment-id') }, options));
            const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .required */ .mw)(detail?.data?.attributes?.highLevelStatus, 'high_level_status');
            return { ok: true, phase: DATADOG_PHASES[status] ?? 'in-flight', status, requestId: '' };
        }
        catch (error) {
            return {
                ok: false,
                answer: classifyDatadogError(error, what(target), 'hosts_read', tally.attempts)
            };
        }
    }
    return {
        async cancel(target, signal) {
            const deploymentId = (0,_targets_js__WEBPACK_IMPORTED_MODULE_10__/* .targetId */ .Lx)(target, 'deployment-id');
            const tally = { attempts: 0 };
            try {
                const out = await send(signal, tally, (options) => api.cancelFleetDeploymentV2({ deploymentId }, options));
                // The cancel's answer always holds the deployment it cancelled.
                const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .required */ .mw)(out?.data, 'data').attributes?.status ?? '';
                return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('cancelled', `Cancelled ${what(target)}${status ? `: now ${status}` : ''}.`, {
                    status
                });
            }
            catch (error) {
                const refused = classifyDatadogError(error, what(target), 'agent_upgrade_write and fleet_policies_write', tally.attempts);
                // Datadog answers 400 both for a finished deployment and for a bad request:
                // the deployment's own status tells them apart.
                return error instanceof _datadog_datadog_api_client_dist_packages_datadog_api_client_common_exception_js__WEBPACK_IMPORTED_MODULE_3__.ApiException && error.code === 400
                    ? settleBadRequest(target, refused, signal, tally.attempts)
                    : refused;
            }
        },
        read
    };
    async function settleBadRequest(target, refused, signal, attempts) {
        const state = await read(target, signal);
        if (!state.ok) {
            // Without the read, a finished deployment and a bad request look the same: say so.
            return {
                ...refused,
                message: `${refused.message} Reading it to tell whether it has already finished failed too: ${state.answer.message}`
            };
        }
        if (state.phase === 'in-flight')
            return refused;
        if (state.phase === 'cancelled' && attempts > 1) {
            // Sent more than once because an answer was lost: the cancel that took was this step's.
            return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('cancelled', `${what(target)} is ${state.status}: the cancel was sent ${attempts} times because an answer was lost, and the read after the refusal shows it took.`, { status: state.status });
        }
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('not-cancellable', `${what(target)} cannot be cancelled: it is ${state.status || 'no longer running'}.`, { status: state.status });
    }
}
/**
 * The client's fetch, with this action's request policy: every attempt waits
 * its turn on the shared pacer; 429 honours x-ratelimit-reset and Retry-After;
 * 5xx and network failures back off; at most max-attempts attempts. It goes
 * through the proxy agent when there is one, and names this action in the user agent.
 */
function pacedFetch({ requests, agent, userAgent }, tallies) {
    const { pacer, clock, maxAttempts } = requests;
    return async (url, init) => {
        const tally = init.signal ? tallies.get(init.signal) : undefined;
        const headers = {
            ...init.headers,
            'user-agent': `${init.headers?.['user-agent'] ?? ''} ${userAgent}`.trim()
        };
        // A 429 proves Datadog did nothing: it is sent again, first in the queue, until the
        // target's deadline; only server errors and network failures count as attempts.
        let retry;
        for (let attempt = 1;;) {
            if (retry)
                await pacer.acquireRetry(retry.hintMs, init.signal);
            else
                await pacer.acquire(init.signal);
            retry = undefined;
            // Throttled sends are not attempts: Datadog did nothing with them.
            if (tally)
                tally.attempts = attempt;
            let response;
            try {
                response = (await cross_fetch__WEBPACK_IMPORTED_MODULE_5___default()(url, {
                    ...init,
                    headers,
                    agent
                }));
            }
            catch (error) {
                if (init.signal?.aborted || attempt >= maxAttempts)
                    throw error;
                await clock.sleep((0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .backoffMs */ .jo)(attempt - 1), init.signal);
                attempt++;
                continue;
            }
            if (response.status === 429) {
                pacer.onThrottle();
                retry = {
                    hintMs: (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .hintMs */ .QZ)(response.headers.get('x-ratelimit-reset') ?? response.headers.get('retry-after'))
                };
                await response.text();
                continue;
            }
            pacer.onAccepted();
            if (response.status >= 500 && attempt < maxAttempts) {
                await response.text();
                await clock.sleep((0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .backoffMs */ .jo)(attempt - 1), init.signal);
                attempt++;
                continue;
            }
            // Datadog answers JSON, errors included: an HTML page is a proxy's or a portal's.
            const contentType = response.headers.get('content-type') ?? '';
            if (response.status < 500 && !/json/i.test(contentType)) {
                await response.text();
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .NotTheProvidersAnswer */ .LI(`the answer is not Datadog's (${contentType ? `content type ${contentType}` : 'no content type'} where Datadog answers JSON, HTTP ${response.status})`, response.status);
            }
            return response;
        }
    };
}
/**
 * What Datadog said: its `errors` list. The client wraps statuses it does not
 * model as 'Unknown API Status Code!\nBody: "…"', with the JSON inside.
 */
function datadogErrorText(body) {
    let value = body;
    if (typeof value === 'string') {
        const inner = value.replace(/^Unknown API Status Code!\s*Body:\s*"?([\s\S]*?)"?$/, '$1');
        try {
            value = JSON.parse(inner);
        }
        catch {
            value = inner;
        }
    }
    const errors = value?.errors;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .TN)(Array.isArray(errors) ? errors.join('; ') : String(value ?? ''));
}
/** The same configuration, with this call's abort signal. */
function withSignal(configuration, signal) {
    const copy = Object.create(Object.getPrototypeOf(configuration));
    return Object.assign(copy, configuration, { httpConfig: { ...configuration.httpConfig, signal } });
}
/** Datadog errors by HTTP status; the client keeps the body but not the headers. */
function classifyDatadogError(error, what, permission, attempts) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .NotTheProvidersAnswer */ .LI ||
        error?.name === 'NotTheProvidersAnswer') {
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('failed', `Datadog's answer for ${what} could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}): is a proxy or captive portal answering instead? Nothing shows that Datadog acted on it.`);
    }
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isTlsMismatch */ .i$)(error)) {
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('failed', `Could not reach Datadog for ${what}: ${_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .TLS_MISMATCH_ADVICE */ .eM}.`);
    }
    if (!(error instanceof _datadog_datadog_api_client_dist_packages_datadog_api_client_common_exception_js__WEBPACK_IMPORTED_MODULE_3__.ApiException)) {
        const network = error.code ?? error.type === 'system';
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('failed', network
            ? `Could not reach Datadog for ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}. Check datadog-site, endpoint-url and the network.`
            : `Datadog's answer for ${what} could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}): is a proxy or captive portal answering instead?`);
    }
    const code = error.code;
    attempts = Math.max(1, attempts);
    const said = datadogErrorText(error.body).slice(0, 300);
    const detail = `HTTP ${code}${said ? `: ${said}` : ''}`;
    if (code === 404)
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('not-found', `${what} was not found (${detail}). Check the deployment id and datadog-site.`);
    if (code === 401)
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('failed', `Datadog rejected the API key for ${what} (${detail}): check datadog-api-key and datadog-site.`);
    if (code === 403) {
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('failed', `Datadog denied ${what} (${detail}): the application key's user or service account needs the ${permission} permission(s).`);
    }
    if (code === 429)
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('failed', `Throttled by Datadog for ${what} after ${attempts} attempt(s) (${detail}); try again later.`);
    if (code >= 500)
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('failed', `Datadog answered with a server error for ${what} after ${attempts} attempt(s) (${detail}); try again later.`);
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .answer */ .ZF)('failed', `Datadog rejected the request for ${what} (${detail}).`);
}


/***/ })

};
