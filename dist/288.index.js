export const id = 288;
export const ids = [288];
export const modules = {

/***/ 983916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   LI: () => (/* binding */ NotTheProvidersAnswer),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   eM: () => (/* binding */ TLS_MISMATCH_ADVICE),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   i$: () => (/* binding */ isTlsMismatch),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   rB: () => (/* binding */ withoutSdkHints),
/* harmony export */   rO: () => (/* binding */ withoutLabel),
/* harmony export */   wW: () => (/* binding */ labelled)
/* harmony export */ });
/* unused harmony export SHOWN_ID_CHARS */
/** One line a person can read, whatever was thrown. */
function errorMessage(error) {
    const text = error instanceof Error
        ? error.message || error.name
        : typeof error === 'string'
            ? error
            : (JSON.stringify(error) ?? String(error));
    return oneLine(withoutSdkHints(text));
}
/** Outputs and annotations are single lines: fold newlines and runs of space. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/**
 * The AWS SDK appends advice meant for programmers ("inspect the hidden field
 * {error}.$response"); a workflow's reader cannot act on it.
 */
function withoutSdkHints(text) {
    return text.replace(/\s*Deserialization error: to see the raw response[^\n]*/g, '');
}
/** How much of an id a message repeats: ids such as deployment-id have no length bound. */
const SHOWN_ID_CHARS = 200;
/** An id as a message repeats it: whole up to SHOWN_ID_CHARS, else its start and its length. */
function shortId(id) {
    const chars = [...id];
    if (chars.length <= SHOWN_ID_CHARS)
        return id;
    return `${chars.slice(0, SHOWN_ID_CHARS).join('')}… (${chars.length} characters)`;
}
/** A provider's own text, quoted in a message: at most `max` characters (it may echo an id in full). */
function clip(text, max = 400) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
/** `label: message`, unless the message already starts with the label. */
function labelled(label, message) {
    const shown = shortId(label);
    if (!label || message.startsWith(`${label}:`) || message.startsWith(`${shown}:`))
        return message;
    return `${shown}: ${message}`;
}
/**
 * An https:// endpoint whose server speaks plain HTTP: OpenSSL reports it as
 * EPROTO, "wrong version number", which says nothing to most readers.
 */
function isTlsMismatch(error) {
    const e = error;
    if (!e || typeof e !== 'object')
        return false;
    const text = `${String(e.code ?? '')} ${typeof e.message === 'string' ? e.message : ''}`;
    if (/EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|wrong version number|packet length too long/i.test(text)) {
        return true;
    }
    return e.cause !== undefined && e.cause !== error ? isTlsMismatch(e.cause) : false;
}
const TLS_MISMATCH_ADVICE = 'the endpoint does not speak TLS (OpenSSL: wrong version number): endpoint-url says https:// but the server answers plain HTTP; use http:// for it, or the port that serves HTTPS';
/**
 * An answer that is not the provider's: no AWS request id, a content type the
 * API never sends, or a body without what the operation always returns. A
 * captive portal, a proxy or a misdirected endpoint-url answers like this; it
 * proves nothing about the target, so it is never taken for an accepted cancel.
 */
class NotTheProvidersAnswer extends Error {
    $metadata;
    constructor(why, httpStatusCode) {
        super(why);
        this.name = 'NotTheProvidersAnswer';
        this.$metadata = { httpStatusCode };
    }
}
/** The member an operation always returns, or NotTheProvidersAnswer when it is missing. */
function required(value, member) {
    if (value === undefined || value === null) {
        throw new NotTheProvidersAnswer(`the answer has no ${member}, which the API always returns`, 200);
    }
    return value;
}
/** The message without a leading `label: `, for a line that names the target already. */
function withoutLabel(label, message) {
    for (const prefix of [`${label}: `, `${shortId(label)}: `]) {
        if (label && message.startsWith(prefix))
            return message.slice(prefix.length);
    }
    return message;
}


/***/ }),

/***/ 525625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutralise),
/* harmony export */   R: () => (/* binding */ log)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(196421);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(627194);
/**
 * Every line the action prints goes through here (src/report.ts writes the
 * outputs and the summary; this is the log's part of reporting): secrets
 * removed, and text from outside (ids, provider messages) kept from acting as a
 * workflow command. A leaf under the toolkit, so that the input parser, the
 * flow and the GitHub deployment code log the same way without importing the report.
 */


/**
 * The runner reads a command from any line that begins (after blanks)
 * with `::` or `##[`, and a bare CR or any other line break starts a new line:
 * each is folded to a space, and a line that would begin a command is prefixed.
 */
function neutralise(text) {
    const line = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text).replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, ' ');
    return /^\s*(::|##\[)/.test(line) ? `› ${line}` : line;
}
/** Annotation properties (title, file) come from outside too. */
function safeProperties(properties) {
    if (!properties)
        return properties;
    return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' ? neutralise(v) : v]));
}
/** core.info/warning/error/debug, through neutralise. */
const log = {
    info: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(neutralise(text)),
    debug: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(neutralise(text)),
    warning: (text, properties) => properties
        ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(neutralise(text), safeProperties(properties))
        : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(neutralise(text)),
    error: (text, properties) => properties
        ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(neutralise(text), safeProperties(properties))
        : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(neutralise(text))
};


/***/ }),

/***/ 226288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(196421);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(209691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(788532);
// EXTERNAL MODULE: ./src/outcome.ts
var src_outcome = __webpack_require__(234671);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(627194);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(983916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(525625);
;// CONCATENATED MODULE: ./src/providers/registry.ts
// prettier-ignore
const PROVIDERS = {
    greengrass: { cloud: 'aws', targets: ['deployment-id'], options: [], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(956), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 828243)) },
    'proton-service-pipeline': { cloud: 'aws', targets: ['service-name'], options: [], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(860), __webpack_require__.e(261), __webpack_require__.e(825)]).then(__webpack_require__.bind(__webpack_require__, 197825)) },
    'proton-environment': { cloud: 'aws', targets: ['environment-name'], options: [], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(860), __webpack_require__.e(261), __webpack_require__.e(268)]).then(__webpack_require__.bind(__webpack_require__, 193268)) },
    'iot-job-execution': { cloud: 'aws', targets: ['thing-name', 'job-id'], options: ['force', 'expected-version', 'status-details'], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(907), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 173583)) },
    'iot-job': { cloud: 'aws', targets: ['job-id'], options: ['force', 'reason-code', 'comment'], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(907), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 568020)) },
    'datadog-fleet': { cloud: 'datadog', targets: ['deployment-id'], options: [], load: () => Promise.all(/* import() */[__webpack_require__.e(777), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 455805)) }
};
const PROVIDER_NAMES = Object.keys(PROVIDERS);

// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(338993);
;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * Every input, read once and checked against the contract before anything is
 * sent. Nothing here depends on action.yml defaults: a bare `node dist/index.js`
 * run gets none, so each default is applied here too.
 */








const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'provider',
    'deployment-id',
    'service-name',
    'environment-name',
    'thing-name',
    'job-id',
    'force',
    'expected-version',
    'status-details',
    'aws-region',
    'endpoint-url',
    'datadog-api-key',
    'datadog-app-key',
    'datadog-site',
    'fail-on',
    'max-concurrency',
    'wait',
    'wait-timeout-seconds',
    'dry-run',
    'reason-code',
    'comment',
    'timeout-seconds',
    'max-attempts',
    'github-deployment-id',
    'github-environment',
    'github-token',
    'github-deployment-state',
    'github-api-url'
]));
const MAX_TARGETS = 10_000;
/** What fails the step unless `fail-on` says otherwise (also when inputs cannot be read). */
const DEFAULT_FAIL_ON = new Set(['failed', 'not-found']);
/** Bad input: one line per problem, each starting with the input's name. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(`Input error: ${problems.join('; ')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
// ---- schemas: each takes the raw (trimmed) string and yields the typed value ----
/** YAML 1.2 core schema booleans, as the runner documents for `getBooleanInput`. */
const booleanText = schemas/* enum */.k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'], {
    error: 'must be true or false'
})
    .transform((s) => s.toLowerCase() === 'true');
const wholeNumber = (min, max) => schemas/* string */.YjP()
    .regex(/^\d+$/, { error: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(schemas/* number */.aig()
    .min(min, { error: `must be from ${min} to ${max}` })
    .max(max, { error: `must be from ${min} to ${max}` }));
const CONTROL_CHARS = /\p{Cc}/u;
const ID_RULES = {
    // Any characters: the SDKs percent-encode it into one path segment. Only "."
    // and ".." cannot be sent: URL parsers resolve them, in any encoding, as
    // "this folder" and "the parent", which would change the API called.
    'deployment-id': schemas/* string */.YjP()
        .min(1)
        .refine((id) => id !== '.' && id !== '..', {
        error: 'cannot be sent: "." and ".." would change the URL path instead of naming a deployment'
    }),
    'service-name': protonName(),
    'environment-name': protonName(),
    'thing-name': schemas/* string */.YjP()
        .max(128, { error: 'must be at most 128 characters' })
        .regex(/^[a-zA-Z0-9:_-]+$/, { error: 'may contain only letters, digits, ":", "_" and "-"' }),
    'job-id': schemas/* string */.YjP()
        .max(64, { error: 'must be at most 64 characters' })
        .regex(/^[a-zA-Z0-9_-]+$/, { error: 'may contain only letters, digits, "_" and "-"' })
};
function protonName() {
    return schemas/* string */.YjP()
        .max(100, { error: 'must be at most 100 characters' })
        .regex(/^[0-9A-Za-z]+[0-9A-Za-z_-]*$/, {
        error: 'must start with a letter or digit and contain only letters, digits, "_" and "-"'
    });
}
const statusDetailKey = schemas/* string */.YjP()
    .min(1, { error: 'is empty' })
    .max(128, { error: 'is longer than 128 characters' })
    .regex(/^[a-zA-Z0-9:_-]+$/, {
    error: 'may contain only letters, digits, ":", "_" and "-"'
});
const statusDetailValue = schemas/* string */.YjP()
    .min(1, { error: 'is empty' })
    .max(1024, { error: 'is longer than 1024 characters' })
    .refine((v) => !CONTROL_CHARS.test(v), { error: 'contains control characters' });
/** JSON object of strings, or key=value lines; every key and value checked by name. */
const statusDetails = schemas/* string */.YjP().transform((text, ctx) => {
    const fail = (message) => {
        ctx.addIssue({ code: 'custom', message });
        return core_core/* NEVER */.tm;
    };
    let pairs;
    if (text.startsWith('[')) {
        return fail('must be a JSON object such as {"reason":"rollback"}, or key=value lines, not a JSON array');
    }
    if (text.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            return fail('is not valid JSON');
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            return fail('must be a JSON object whose values are strings');
        }
        pairs = Object.entries(parsed);
        // JSON.parse keeps the last of a repeated key: find repeats in the text itself.
        const flat = pairs.every(([, v]) => typeof v === 'string');
        const repeated = flat ? repeatedJsonKey(text, pairs.length) : undefined;
        if (repeated !== undefined)
            return fail(`has the key "${repeated.slice(0, 40)}" more than once`);
    }
    else {
        pairs = [];
        for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
            if (!line)
                continue;
            const eq = line.indexOf('=');
            if (eq < 0)
                return fail(`line "${line}" is not key=value`);
            pairs.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
        }
    }
    if (pairs.length > 10)
        return fail(`has ${pairs.length} pairs; at most 10 are allowed`);
    const seen = new Set();
    for (const [key] of pairs) {
        if (seen.has(key))
            return fail(`has the key "${key.slice(0, 40)}" more than once`);
        seen.add(key);
    }
    const checked = [];
    for (const [key, value] of pairs) {
        const keyCheck = statusDetailKey.safeParse(key);
        if (!keyCheck.success)
            return fail(`key "${key.slice(0, 40)}" ${keyCheck.error.issues[0]?.message}`);
        if (typeof value !== 'string')
            return fail(`value of "${key}" must be a string`);
        const valueCheck = statusDetailValue.safeParse(value);
        if (!valueCheck.success)
            return fail(`value of "${key}" ${valueCheck.error.issues[0]?.message}`);
        checked.push([key, value]);
    }
    // fromEntries keeps a key such as "__proto__" as data, where assignment would drop it.
    return Object.fromEntries(checked);
});
/**
 * A key that a flat JSON object of strings names twice. With string values only,
 * every key is a top-level key: a string token followed by ":".
 */
function repeatedJsonKey(text, distinct) {
    const keys = [];
    // Each string token whole, left to right, so a quote inside a value is never taken for a key.
    for (const match of text.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?/g)) {
        if (match[2] !== undefined)
            keys.push(JSON.parse(`"${match[1]}"`));
    }
    if (keys.length === distinct)
        return undefined;
    const seen = new Set();
    for (const key of keys) {
        if (seen.has(key))
            return key;
        seen.add(key);
    }
    return undefined;
}
const reasonCode = schemas/* string */.YjP()
    .max(128, { error: 'must be at most 128 characters' })
    // AWS's pattern [\p{Upper}\p{Digit}_]+ is a Java one: there, both classes are ASCII.
    .regex(/^[A-Z0-9_]+$/, { error: 'may contain only upper-case letters A-Z, digits and "_"' });
const comment = schemas/* string */.YjP()
    .max(2028, { error: 'must be at most 2028 characters' })
    .refine((v) => !CONTROL_CHARS.test(v), { error: 'must not contain control characters' });
/** Points the audit trail in AWS back to the workflow run that cancelled. */
function defaultComment(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    if (repo && run) {
        return `Cancelled by GitHub Actions: ${server ?? 'https://github.com'}/${repo}/actions/runs/${run}`;
    }
    return 'Cancelled by GitHub Actions (cancel-deployment)';
}
const awsRegion = schemas/* string */.YjP().regex(/^[a-z]{2,}(-[a-z0-9]+)+-\d+$/, {
    error: 'is not an AWS region name such as us-east-1'
});
/**
 * An endpoint is a scheme, a host, a port and at most a base path. User info
 * would be printed in messages (and sent in clear with http); a query or a
 * fragment would change the path of every request.
 */
const endpointUrl = schemas/* string */.YjP()
    .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), {
    error: 'must be an http:// or https:// URL'
})
    .refine((s) => !/^[a-z]+:\/\/[^/?#]*@/i.test(s), {
    error: 'must not hold a user name or password (user:password@): the URL is shown in messages'
})
    .refine((s) => !s.includes('?') && !s.includes('#'), {
    error: 'must not have a query (?…) or a fragment (#…): they would change the path of every request'
})
    .transform((s) => s.replace(/\/+$/, ''));
/** Loopback hosts: plain http to them never leaves the machine. */
function isLoopback(url) {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * The site as Datadog's docs name it. A value copied from the browser (the web
 * app's https://app.datadoghq.eu/…) or the API host (api.datadoghq.eu) names
 * the same site: keep the host, drop an app. or api. label.
 */
function datadogSiteOf(text) {
    const host = text
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/[/?#].*$/, '')
        .replace(/\.$/, '');
    return host.replace(/^(app|api)\.(?=[^.]+\.[^.]+)/, '');
}
const datadogSite = schemas/* string */.YjP().regex(/^[a-z0-9]+([.-][a-z0-9]+)*\.[a-z]{2,}$/, {
    error: 'must be a Datadog site host name such as datadoghq.com or datadoghq.eu'
});
const failOn = schemas/* string */.YjP().transform((text, ctx) => {
    const names = splitList(text);
    if (names.length === 1 && names[0] === 'none')
        return new Set();
    const bad = names.filter((n) => !src_outcome/* OUTCOMES */.im.includes(n));
    if (bad.length || names.length === 0) {
        ctx.addIssue({
            code: 'custom',
            message: `"${bad.join(', ')}" is not an outcome; use a comma-separated list of ${src_outcome/* OUTCOMES */.im.join(', ')}, or none`
        });
        return core_core/* NEVER */.tm;
    }
    return new Set(names);
});
const githubDeploymentId = wholeNumber(1, Number.MAX_SAFE_INTEGER);
const githubEnvironment = schemas/* string */.YjP()
    .max(255, { error: 'must be at most 255 characters' })
    .refine((v) => !CONTROL_CHARS.test(v), { error: 'must not contain control characters' });
const githubDeploymentState = schemas/* enum */.k5n(['inactive', 'failure', 'error'], {
    error: 'must be inactive, failure or error'
});
const githubRepository = schemas/* string */.YjP()
    .min(1, { error: 'it is not set' })
    .regex(/^[^/\s]+\/[^/\s]+$/, { error: 'it is not owner/repository' })
    .transform((s) => s.split('/'));
// ---- reading ----
/** Lines or commas; blanks and duplicates dropped, first occurrence kept. */
function splitList(text) {
    return [
        ...new Set(text
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter(Boolean))
    ];
}
/**
 * Reads and validates every input. Throws InputError listing every problem.
 * Secrets are masked before anything else happens, whatever the provider.
 */
function readInputs(env = process.env) {
    const raw = (name) => core/* getInput */.V4(name);
    // Masked before anything else happens, whatever the provider; trimmed wherever they come from.
    // The GitHub token only when it is used: otherwise it is action.yml's default, the job's
    // github.token, which the runner masks itself.
    const githubToken = raw('github-deployment-id') || raw('github-environment') ? raw('github-token') : '';
    for (const value of [
        raw('datadog-api-key'),
        raw('datadog-app-key'),
        env.DD_API_KEY,
        env.DD_APP_KEY,
        githubToken
    ]) {
        (0,secrets/* registerSecret */.cl)(value);
    }
    const problems = [];
    /** Parses a present value with its schema; records a problem naming the input otherwise. */
    function check(name, schema, value) {
        const result = schema.safeParse(value);
        if (result.success)
            return result.data;
        problems.push(`${name} ${result.error.issues[0]?.message ?? 'is invalid'}`);
        return undefined;
    }
    function optional(name, schema, fallback) {
        return check(name, schema, raw(name) || fallback);
    }
    const providerText = raw('provider');
    if (!PROVIDER_NAMES.includes(providerText)) {
        problems.push(providerText
            ? `provider "${providerText}" is not one of ${PROVIDER_NAMES.join(', ')}`
            : `provider is required: one of ${PROVIDER_NAMES.join(', ')}`);
        throw new InputError(problems);
    }
    const provider = providerText;
    const entry = PROVIDERS[provider];
    const targets = readTargets(entry.targets, raw, problems);
    warnIgnored(provider, entry, raw);
    const uses = (option) => entry.options.includes(option);
    const inputs = {
        provider,
        targets,
        force: (uses('force') && optional('force', booleanText, 'false')) || false,
        failOn: optional('fail-on', failOn, 'failed,not-found') ?? DEFAULT_FAIL_ON,
        maxConcurrency: optional('max-concurrency', wholeNumber(1, 100), '10') ?? 1,
        wait: optional('wait', booleanText, 'false') ?? false,
        waitTimeoutSeconds: optional('wait-timeout-seconds', wholeNumber(1, 21_600), '600') ?? 600,
        dryRun: optional('dry-run', booleanText, 'false') ?? false,
        timeoutSeconds: optional('timeout-seconds', wholeNumber(1, 21_600), '120') ?? 120,
        maxAttempts: optional('max-attempts', wholeNumber(1, 10), '5') ?? 5
    };
    if (inputs.wait && inputs.dryRun) {
        problems.push('wait and dry-run cannot both be true: a dry run sends no cancel to wait for');
    }
    if (uses('reason-code') && raw('reason-code')) {
        inputs.reasonCode = optional('reason-code', reasonCode, '');
    }
    if (uses('comment')) {
        inputs.comment = optional('comment', comment, defaultComment(env));
    }
    if (uses('expected-version') && raw('expected-version')) {
        inputs.expectedVersion = optional('expected-version', wholeNumber(0, Number.MAX_SAFE_INTEGER), '');
    }
    if (uses('status-details') && raw('status-details')) {
        inputs.statusDetails = optional('status-details', statusDetails, '');
    }
    if (raw('endpoint-url'))
        inputs.endpointUrl = optional('endpoint-url', endpointUrl, '');
    if (entry.cloud === 'aws') {
        const [source, region] = firstSet([
            ['aws-region', raw('aws-region')],
            ['AWS_REGION', env.AWS_REGION],
            ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION]
        ]);
        if (!region) {
            problems.push('aws-region is not set: give the aws-region input, or set AWS_REGION or AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets both)');
        }
        else {
            inputs.awsRegion = check(source === 'aws-region' ? source : `aws-region (from ${source})`, awsRegion, region);
        }
    }
    else {
        const apiKey = datadogKey('datadog-api-key', 'DD_API_KEY', raw, env, problems);
        const appKey = datadogKey('datadog-app-key', 'DD_APP_KEY', raw, env, problems);
        const [siteSource, siteText] = firstSet([
            ['datadog-site', raw('datadog-site')],
            ['DD_SITE', env.DD_SITE]
        ]);
        const site = siteText === undefined ? undefined : datadogSiteOf(siteText);
        if (siteText !== undefined && site !== siteText) {
            log/* log */.R.info(`datadog-site ${siteText} names the web app or the API host; using the site ${site}`);
        }
        const checkedSite = site
            ? check(siteSource === 'datadog-site' ? siteSource : `datadog-site (from ${siteSource})`, datadogSite, site)
            : 'datadoghq.com';
        if (inputs.endpointUrl?.startsWith('http://') && !isLoopback(inputs.endpointUrl)) {
            log/* log */.R.warning(`endpoint-url is plain http:// to ${new URL(inputs.endpointUrl).host}: the Datadog keys travel unencrypted to it. Use https:// unless it is a relay inside your own network.`);
        }
        if (apiKey && appKey && checkedSite)
            inputs.datadog = { apiKey, appKey, site: checkedSite };
    }
    const github = readGithubDeployment(raw, env, check, problems);
    if (github)
        inputs.github = github;
    if (problems.length)
        throw new InputError(problems);
    return inputs;
}
/**
 * The GitHub deployment to mark, when github-deployment-id or github-environment names one.
 * The token is checked here, not left to action.yml's default: a bare run has none.
 */
function readGithubDeployment(raw, env, check, problems) {
    const state = check('github-deployment-state', githubDeploymentState, raw('github-deployment-state') || 'inactive');
    const idText = raw('github-deployment-id');
    const environmentText = raw('github-environment');
    if (!idText && !environmentText) {
        if (raw('github-deployment-state') && state !== 'inactive') {
            log/* log */.R.warning('github-deployment-state is ignored: neither github-deployment-id nor github-environment names a GitHub deployment');
        }
        return undefined;
    }
    if (idText && environmentText) {
        problems.push('github-deployment-id and github-environment both name the GitHub deployment: give one of them');
        return undefined;
    }
    const deploymentId = idText
        ? check('github-deployment-id', githubDeploymentId, idText)
        : undefined;
    const environment = environmentText
        ? check('github-environment', githubEnvironment, environmentText)
        : undefined;
    const token = raw('github-token');
    if (!token) {
        problems.push('github-token is not set: marking the GitHub deployment needs a token with `deployments: write` (action.yml gives github.token; give the job `permissions: deployments: write`)');
    }
    // The deployment is looked up in the workflow's own repository, which the runner names.
    const naming = idText ? 'github-deployment-id' : 'github-environment';
    const repositoryText = env.GITHUB_REPOSITORY?.trim() ?? '';
    const repository = check(`${naming} needs GITHUB_REPOSITORY (set by the runner) to name the deployment's repository:`, githubRepository, repositoryText);
    // The runner sets GITHUB_API_URL and a workflow cannot override it; the input can.
    const [apiSource, apiText] = firstSet([
        ['github-api-url', raw('github-api-url')],
        ['GITHUB_API_URL', env.GITHUB_API_URL]
    ]);
    const apiUrl = apiText
        ? check(apiSource === 'github-api-url' ? apiSource : `github-api-url (from ${apiSource})`, endpointUrl, apiText)
        : 'https://api.github.com';
    const named = deploymentId !== undefined ? { deploymentId } : environment ? { environment } : undefined;
    if (!state || !token || !repository || !apiUrl || !named)
        return undefined;
    const [owner, repo] = repository;
    const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID?.trim();
    return {
        ...named,
        token,
        state,
        owner,
        repo,
        apiUrl,
        ...(runId ? { logUrl: `${server}/${owner}/${repo}/actions/runs/${runId}` } : {})
    };
}
/** A Datadog key from its input, else its variable: trimmed, and refused if no header can carry it. */
function datadogKey(input, variable, raw, env, problems) {
    const [source, key] = firstSet([
        [input, raw(input)],
        [variable, env[variable]]
    ]);
    if (!key) {
        problems.push(`${input} is not set: give the input (from a secret) or set ${variable}`);
        return '';
    }
    const named = source === input ? input : `${input} (from ${variable})`;
    const unsafe = (0,secrets/* headerUnsafe */.M2)(key);
    if (unsafe) {
        problems.push(`${named} ${unsafe}`);
        return '';
    }
    if (key.length < secrets/* MIN_SECRET_LENGTH */.vb) {
        log/* log */.R.warning(`${named} has fewer than ${secrets/* MIN_SECRET_LENGTH */.vb} characters, so it is not masked in the log; Datadog keys are 32 (API) and 40 (application) characters`);
    }
    return key;
}
function firstSet(candidates) {
    for (const [source, value] of candidates)
        if (value?.trim())
            return [source, value.trim()];
    return [undefined, undefined];
}
function readTargets(names, raw, problems) {
    const columns = [];
    for (const name of names) {
        const values = splitList(raw(name));
        if (values.length === 0) {
            problems.push(`${name} is required for this provider`);
            continue;
        }
        const bad = values
            .map((v) => [v, ID_RULES[name].safeParse(v)])
            .find(([, r]) => !r.success);
        if (bad) {
            const [value, result] = bad;
            const why = result.success ? '' : (result.error.issues[0]?.message ?? 'is invalid');
            problems.push(`${name} "${(0,errors/* shortId */.m_)(value)}" ${why}`);
            continue;
        }
        columns.push(values);
    }
    if (columns.length !== names.length)
        return [];
    const count = columns.reduce((n, c) => n * c.length, 1);
    if (count > MAX_TARGETS) {
        problems.push(`${names.join(' × ')} name ${count} targets; a step takes at most ${MAX_TARGETS}`);
        return [];
    }
    // Every combination: for iot-job-execution each (thing, job) pair is one target.
    let targets = [{ label: '', ids: {} }];
    names.forEach((name, i) => {
        targets = targets.flatMap((t) => columns[i].map((value) => ({
            label: t.label ? `${t.label}/${value}` : value,
            ids: { ...t.ids, [name]: value }
        })));
    });
    return targets;
}
/** Inputs that only one kind of provider reads. */
const CLOUD_INPUTS = {
    aws: ['aws-region'],
    datadog: ['datadog-api-key', 'datadog-app-key', 'datadog-site']
};
function warnIgnored(provider, entry, raw) {
    const used = new Set([...entry.targets, ...entry.options, ...CLOUD_INPUTS[entry.cloud]]);
    const candidates = [
        ...targets/* TARGET_INPUTS */.gd,
        ...targets/* OPTION_INPUTS */.QN,
        ...CLOUD_INPUTS.aws,
        ...CLOUD_INPUTS.datadog
    ];
    for (const name of candidates) {
        if (!used.has(name) && raw(name)) {
            log/* log */.R.warning(`${name} is ignored: provider ${provider} does not use it`);
        }
    }
}

;// CONCATENATED MODULE: ./src/batch.ts
/** Runs one function over many items with at most `concurrency` in flight, keeping order. */
async function mapWithConcurrency(items, concurrency, fn) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    }
    const workers = Math.max(1, Math.min(concurrency, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/stop.ts
var stop = __webpack_require__(251123);
;// CONCATENATED MODULE: ./src/flow.ts




async function settleTarget(session, target, options) {
    const { requestSignal } = options;
    if (requestSignal.aborted)
        return stoppedAnswer(target, requestSignal.reason);
    if (options.dryRun)
        return preview(session, target, requestSignal);
    const accepted = await boundedCancel(target, session.cancel(target, options.requestSignal), options.requestSignal);
    if (!options.wait || accepted.outcome !== 'cancelled')
        return accepted;
    return waitForEnd(session, target, accepted, options);
}
/** Reads only: what a cancel would do now. */
async function preview(session, target, signal) {
    const state = await boundedRead(target, session.read(target, signal), signal);
    if (!state.ok)
        return state.answer;
    const extra = { status: state.status, requestId: state.requestId };
    if (state.phase === 'in-flight' && state.refusal) {
        return (0,src_outcome/* answer */.ZF)('not-cancellable', `Dry run: ${(0,errors/* shortId */.m_)(target.label)} ${state.refusal}`, extra);
    }
    return state.phase === 'in-flight'
        ? (0,src_outcome/* answer */.ZF)('would-cancel', `Dry run: ${(0,errors/* shortId */.m_)(target.label)} is ${state.status}; a cancel would be sent.`, extra)
        : (0,src_outcome/* answer */.ZF)('not-cancellable', `Dry run: ${(0,errors/* shortId */.m_)(target.label)} is ${state.status || 'finished'}; there is nothing to cancel.`, extra);
}
/** The answer for a target its deadline or an interrupt stopped. */
function stoppedAnswer(target, reason) {
    const why = reason instanceof stop/* StopReason */.Tn ? reason.message : (0,errors/* errorMessage */.gJ)(reason);
    return (0,src_outcome/* answer */.ZF)('failed', `${(0,errors/* shortId */.m_)(target.label)}: ${why}.`);
}
/**
 * Provider calls end when their signal does, even if the provider does not
 * listen: the step's deadlines hold whatever a provider or its SDK does.
 */
function boundedCancel(target, work, signal) {
    return (0,stop/* untilAborted */.Eu)(work, signal, (reason) => stoppedAnswer(target, reason));
}
function boundedRead(target, work, signal) {
    return (0,stop/* untilAborted */.Eu)(work, signal, (reason) => ({
        ok: false,
        answer: stoppedAnswer(target, reason)
    }));
}
const FIRST_POLL_MS = 500;
const MAX_POLL_MS = 10_000;
/** Reads until the target leaves its in-flight state or the wait times out. */
async function waitForEnd(session, target, accepted, options) {
    const signal = options.waitSignal();
    try {
        return await pollUntilEnd(session, target, accepted, options, signal);
    }
    finally {
        // The wait's deadline listens on the interrupt: one per wait unless released.
        (0,stop/* release */._r)(signal);
    }
}
async function pollUntilEnd(session, target, accepted, { waitTimeoutSeconds, clock }, signal) {
    let status = accepted.status;
    let lastProblem = '';
    let pause = FIRST_POLL_MS;
    for (;;) {
        if (signal.aborted)
            break;
        const state = await boundedRead(target, session.read(target, signal), signal);
        if (state.ok) {
            lastProblem = '';
            if (state.status !== status)
                log/* log */.R.info(`${(0,errors/* shortId */.m_)(target.label)}: ${state.status}`);
            status = state.status;
            const extra = { status, requestId: state.requestId || accepted.requestId };
            if (state.phase === 'cancelled') {
                return (0,src_outcome/* answer */.ZF)('cancelled', `Cancelled ${(0,errors/* shortId */.m_)(target.label)}: it is now ${status}.`, extra);
            }
            if (state.phase === 'finished') {
                return (0,src_outcome/* answer */.ZF)('not-cancellable', `The cancel of ${(0,errors/* shortId */.m_)(target.label)} was accepted, but it ended ${status} first.`, extra);
            }
            if (state.phase === 'failed') {
                return (0,src_outcome/* answer */.ZF)('failed', `The cancel of ${(0,errors/* shortId */.m_)(target.label)} did not complete: it is ${status}.`, extra);
            }
        }
        else if (state.answer.outcome === 'not-found') {
            return state.answer;
        }
        else if (!signal.aborted) {
            // A read that failed after its own retries: keep waiting, say why if it lasts.
            lastProblem = ` The last read failed: ${state.answer.message}`;
        }
        try {
            await clock.sleep(pause, signal);
        }
        catch {
            break;
        }
        pause = Math.min(MAX_POLL_MS, pause * 2);
    }
    const reason = signal.reason;
    if (reason instanceof stop/* StopReason */.Tn && reason.kind === 'interrupt') {
        return { ...stoppedAnswer(target, reason), status, requestId: accepted.requestId };
    }
    return (0,src_outcome/* answer */.ZF)('failed', `${(0,errors/* shortId */.m_)(target.label)} is still ${status || 'in flight'} after waiting ${waitTimeoutSeconds} s.${lastProblem}`, { status, requestId: accepted.requestId });
}

;// CONCATENATED MODULE: ./src/http.ts
const PROXY_VARIABLES = [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'ALL_PROXY',
    'all_proxy'
];
function proxyConfigured(env = process.env) {
    return PROXY_VARIABLES.some((name) => env[name]);
}
/** A proxy-aware agent, or undefined when no proxy is configured. */
async function proxyAgentFromEnv(env = process.env) {
    if (!proxyConfigured(env))
        return undefined;
    const { ProxyAgent } = await __webpack_require__.e(/* import() */ 242).then(__webpack_require__.bind(__webpack_require__, 666861));
    return new ProxyAgent({ keepAlive: true, maxSockets: 50 });
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * Everything the workflow sees: outputs, the job summary, log lines and
 * annotations. Outputs are written before the step is failed, so that
 * `if: always()` and `if: failure()` steps can branch on them.
 */





const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'outcome',
    'message',
    'status',
    'request-id',
    'results',
    'github-deployment-status',
    'github-deployment-id'
]));
/** The job summary lists this many targets, then counts the rest. */
const SUMMARY_ROWS = 300;
/**
 * Runs one output write; one that cannot be written (GITHUB_OUTPUT in a missing
 * folder, a read-only file) does not stop the others or the report: its error
 * is kept, to be annotated and to fail the step.
 */
function attempt(failures, write) {
    try {
        write();
    }
    catch (error) {
        failures.push((0,errors/* errorMessage */.gJ)(error));
    }
}
function outputsNotWritten(failures) {
    if (failures.length === 0)
        return undefined;
    return `The step's outputs could not be written to GITHUB_OUTPUT (${process.env.GITHUB_OUTPUT ?? 'not set'}): ${failures[0]}. Later steps will not see outcome, message or results; each target's result is in the log above.`;
}
async function report({ provider, results, failOn, inputError = false, dryRun = false, github = { status: 'skipped', deploymentId: '', message: '' } }) {
    results = results.map((r) => ({
        ...r,
        target: (0,secrets/* redact */.E$)(r.target),
        message: (0,secrets/* redact */.E$)(r.message),
        status: (0,secrets/* redact */.E$)(r.status)
    }));
    const summary = (0,src_outcome/* summarize */.eh)(results);
    const failures = [];
    attempt(failures, () => core/* setOutput */.uH('outcome', summary.outcome));
    attempt(failures, () => core/* setOutput */.uH('message', summary.message));
    attempt(failures, () => core/* setOutput */.uH('status', summary.status));
    attempt(failures, () => core/* setOutput */.uH('request-id', summary.requestId));
    attempt(failures, () => core/* setOutput */.uH('results', JSON.stringify(results.map((r) => ({
        target: r.target,
        outcome: r.outcome,
        status: r.status,
        message: r.message,
        'request-id': r.requestId
    })))));
    attempt(failures, () => core/* setOutput */.uH('github-deployment-status', github.status));
    attempt(failures, () => core/* setOutput */.uH('github-deployment-id', github.deploymentId));
    const outputFailure = outputsNotWritten(failures);
    await writeJobSummary(provider, results, dryRun, (0,secrets/* redact */.E$)(github.message));
    const failing = inputError || (0,src_outcome/* shouldFail */.W9)([summary.outcome, ...results.map((r) => r.outcome)], failOn);
    if (outputFailure) {
        log/* log */.R.error(outputFailure, { title: 'Outputs not written' });
        process.exitCode = 1;
    }
    if (failing) {
        core/* setFailed */.C1((0,log/* neutralise */.$)(summary.message));
    }
    else if (summary.outcome !== 'cancelled' && summary.outcome !== 'would-cancel') {
        log/* log */.R.warning(`${summary.outcome}: ${summary.message}`);
    }
    log/* log */.R.info(`outcome=${summary.outcome}`);
}
async function writeJobSummary(provider, results, dryRun, githubMessage) {
    const { counts, outcome } = (0,src_outcome/* summarize */.eh)(results);
    const rows = results
        .slice(0, SUMMARY_ROWS)
        .map((r) => [
        escapeHtml(provider),
        code(r.target),
        escapeHtml(r.outcome),
        escapeHtml(r.status) || '–',
        escapeHtml(r.message)
    ]);
    const body = core/* summary */.z
        .addHeading(dryRun ? 'Cancel deployment: dry run, nothing was cancelled' : 'Cancel deployment', 3)
        .addTable([
        ['Provider', 'Target', 'Outcome', 'Status', 'Message'].map((data) => ({
            data,
            header: true
        })),
        ...rows
    ]);
    if (results.length > 1) {
        const countText = src_outcome/* OUTCOMES */.im.filter((o) => counts[o])
            .map((o) => `${counts[o]} ${o}`)
            .join(', ');
        body.addRaw(`<p>${results.length} targets, outcome <b>${outcome}</b>: ${countText}.</p>`, true);
    }
    if (results.length > SUMMARY_ROWS) {
        body.addRaw(`<p>…and ${results.length - SUMMARY_ROWS} more targets (see the results output).</p>`, true);
    }
    if (githubMessage)
        body.addRaw(`<p>${escapeHtml(githubMessage)}</p>`, true);
    try {
        await body.write();
    }
    catch (error) {
        // Not worth failing the step for (outputs and the log say it all), but worth knowing.
        const file = process.env.GITHUB_STEP_SUMMARY;
        log/* log */.R.warning(file
            ? `The job summary could not be written to GITHUB_STEP_SUMMARY (${file}): ${(0,errors/* errorMessage */.gJ)(error)}`
            : 'The job summary was not written: GITHUB_STEP_SUMMARY is not set (is this running outside GitHub Actions?)');
        body.emptyBuffer();
    }
}
/** The summary is HTML: ids and provider messages may contain anything. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function code(text) {
    return text ? `<code>${escapeHtml(text)}</code>` : '';
}

// EXTERNAL MODULE: ./src/retry.ts + 1 modules
var retry = __webpack_require__(676463);
;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a test; names the action in every request's user agent. */
const VERSION = '0.1.0';
const USER_AGENT = `cancel-deployment/${VERSION}`;

;// CONCATENATED MODULE: ./src/main.ts
/**
 * read inputs → load the chosen provider → settle every target (cancel, wait
 * or preview) → report. Whatever happens, the step ends with an outcome and a
 * message, written before it fails.
 */













/**
 * `interrupt` is installed by src/index.ts before this module is even loaded,
 * so a SIGINT during start-up still ends with outputs.
 */
async function run(given) {
    const interrupt = given ?? (0,stop/* interruptSignal */.CW)();
    let provider = core/* getInput */.V4('provider');
    let failOn = DEFAULT_FAIL_ON;
    let results;
    let inputError = false;
    let dryRun = false;
    let github = NO_GITHUB_DEPLOYMENT;
    try {
        const inputs = readInputs();
        provider = inputs.provider;
        failOn = inputs.failOn;
        dryRun = inputs.dryRun;
        results = await settleAll(inputs, interrupt.signal);
        github = await markGithubDeployment(inputs, results, interrupt.signal);
    }
    catch (error) {
        inputError = error instanceof InputError;
        const message = inputError
            ? `${(0,errors/* errorMessage */.gJ)(error)}. Nothing was sent.`
            : `Unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`;
        results = [{ target: '', outcome: 'failed', status: '', message, requestId: '' }];
    }
    finally {
        if (!given)
            interrupt.dispose();
    }
    await report({ provider, results, failOn, inputError, dryRun, github });
}
const NO_GITHUB_DEPLOYMENT = { status: 'skipped', deploymentId: '', message: '' };
/**
 * After the cancel, its record on the GitHub deployment, when one is named. Loads GitHub's
 * client only then; whatever happens here, the cancel's outcome stays as it is.
 */
async function markGithubDeployment(inputs, results, interrupted) {
    if (!inputs.github)
        return NO_GITHUB_DEPLOYMENT;
    const { outcome, status } = (0,src_outcome/* summarize */.eh)(results);
    const cancel = {
        provider: inputs.provider,
        outcome,
        targets: results.map((r) => r.target),
        // A dry run's status is the state now, not what a cancel would leave.
        status: inputs.dryRun ? '' : status,
        dryRun: inputs.dryRun
    };
    const signal = (0,stop/* deadline */.nl)(inputs.timeoutSeconds * 1000, `timed out after ${inputs.timeoutSeconds} s (timeout-seconds)`, interrupted);
    try {
        const { markDeployment } = await __webpack_require__.e(/* import() */ 248).then(__webpack_require__.bind(__webpack_require__, 669248));
        return await markDeployment(inputs.github, cancel, signal, USER_AGENT);
    }
    catch (error) {
        const message = `GitHub deployment not marked: ${(0,errors/* errorMessage */.gJ)(error)}`;
        log/* log */.R.warning(message, { title: 'GitHub deployment not marked' });
        return { status: 'failed', deploymentId: '', message };
    }
}
async function settleAll(inputs, interrupted) {
    // The deadlines' timers do not hold node open; this does, until every target is settled, so
    // a reply that never ends (a body cut short) meets its deadline instead of an empty event loop.
    const keepAlive = setInterval(() => { }, 60_000);
    try {
        return await settleTargets(inputs, interrupted);
    }
    finally {
        clearInterval(keepAlive);
    }
}
async function settleTargets(inputs, interrupted) {
    const requests = (0,retry/* requestPolicy */.WQ)(inputs.maxAttempts);
    const agent = await proxyAgentFromEnv();
    const context = { inputs, userAgent: USER_AGENT, requests, agent };
    const session = (await PROVIDERS[inputs.provider].load()).createSession(context);
    try {
        return await settleEach(inputs, interrupted, session, requests);
    }
    finally {
        // Idle sockets would keep node running after the report: the step ends on its own.
        session.close?.();
        agent?.destroy();
    }
}
async function settleEach(inputs, interrupted, session, requests) {
    const requestSignal = (0,stop/* deadline */.nl)(inputs.timeoutSeconds * 1000, `timed out after ${inputs.timeoutSeconds} s (timeout-seconds)`, interrupted);
    const options = {
        dryRun: inputs.dryRun,
        wait: inputs.wait,
        waitTimeoutSeconds: inputs.waitTimeoutSeconds,
        requestSignal,
        waitSignal: () => (0,stop/* deadline */.nl)(inputs.waitTimeoutSeconds * 1000, `still in flight after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds)`, interrupted),
        clock: requests.clock
    };
    return mapWithConcurrency(inputs.targets, inputs.maxConcurrency, async (target) => {
        const answer = await settleTarget(session, target, options).catch((error) => ({
            outcome: 'failed',
            status: '',
            message: `Unexpected error for ${(0,errors/* shortId */.m_)(target.label)}: ${(0,errors/* errorMessage */.gJ)(error)}`,
            requestId: ''
        }));
        const result = { target: target.label, ...answer };
        log/* log */.R.info(`${(0,errors/* shortId */.m_)(result.target)}: ${result.outcome}. ${(0,errors/* withoutLabel */.rO)(result.target, result.message)}`);
        return result;
    });
}


/***/ }),

/***/ 234671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W9: () => (/* binding */ shouldFail),
/* harmony export */   ZF: () => (/* binding */ answer),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   im: () => (/* binding */ OUTCOMES)
/* harmony export */ });
/* unused harmony export mostSevere */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(983916);
/**
 * The outcomes a step can end with, their severity, and how a batch of
 * per-target results folds into the one outcome and message a workflow reads.
 */

const OUTCOMES = [
    'cancelled',
    'would-cancel',
    'not-cancellable',
    'not-found',
    'failed'
];
/** Most severe last: failed > not-found > not-cancellable > would-cancel > cancelled. */
const SEVERITY = {
    cancelled: 0,
    'would-cancel': 1,
    'not-cancellable': 2,
    'not-found': 3,
    failed: 4
};
function answer(outcome, message, extra = {}) {
    return { outcome, message, status: extra.status ?? '', requestId: extra.requestId ?? '' };
}
function mostSevere(outcomes) {
    let worst;
    for (const o of outcomes)
        if (worst === undefined || SEVERITY[o] > SEVERITY[worst])
            worst = o;
    return worst ?? 'failed';
}
function shouldFail(outcomes, failOn) {
    for (const o of outcomes)
        if (failOn.has(o))
            return true;
    return false;
}
/** How many failure messages a batch message quotes before it stops. */
const QUOTED_FAILURES = 3;
/**
 * One target: its own answer. Several: the most severe outcome, the counts per
 * outcome, then the first few problems so the message alone says what to fix.
 */
function summarize(results) {
    const counts = {};
    for (const r of results)
        counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
    const outcome = mostSevere(results.map((r) => r.outcome));
    if (results.length === 1) {
        const [only] = results;
        return {
            outcome,
            message: only.message,
            status: only.status,
            requestId: only.requestId,
            counts
        };
    }
    const countText = [...OUTCOMES]
        .reverse()
        .filter((o) => counts[o])
        .map((o) => `${counts[o]} ${o}`)
        .join(', ');
    const problems = results
        .filter((r) => r.outcome === outcome && outcome !== 'cancelled' && outcome !== 'would-cancel')
        .slice(0, QUOTED_FAILURES)
        .map((r) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .labelled */ .wW)(r.target, r.message));
    const message = `${results.length} targets: ${countText}.` +
        (problems.length ? ` First: ${problems.join(' | ')}` : '');
    const last = results[results.length - 1];
    return { outcome, message, status: '', requestId: last?.requestId ?? '', counts };
}


/***/ }),

/***/ 676463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jo: () => (/* binding */ backoffMs),
  QZ: () => (/* binding */ hintMs),
  WQ: () => (/* binding */ requestPolicy)
});

;// CONCATENATED MODULE: ./src/pacing.ts
/**
 * One send rate shared by every request of a step. Until a provider throttles,
 * requests go out as fast as max-concurrency allows. At the first throttling
 * answer the pacer measures what the provider actually accepted over the last
 * second and sends just under that; it then probes upward while nothing is
 * throttled, and cuts back to the measured rate when something is. A
 * Retry-After or x-ratelimit-reset hint pauses every send until it has passed.
 *
 * Why not the SDK's adaptive retry mode: it paces each client alone, starts
 * from a cubic guess rather than a measurement, and its retry quota drains
 * during a large throttled batch, failing targets that a wait would have saved.
 */
const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};
/** Share of the measured rate to send at: a little under, so the provider's bucket refills. */
const HEADROOM = 0.95;
/** Growth per probe step while nothing is throttled: fast far below the best rate seen, gentle near it. */
const PROBE_FAST = 1.5;
const PROBE_GENTLE = 1.1;
const PROBE_STEP_MS = 250;
/** No probing this soon after a throttling answer; no second cut this soon after a cut. */
const QUIET_MS = 1000;
const WINDOW_MS = 1000;
const MIN_RATE = 1;
/** The shortest pause after a throttle that could not be measured yet. */
const MIN_PAUSE_MS = 250;
class Pacer {
    clock;
    /** Requests per second; undefined until the provider first throttles. */
    rate;
    /** The highest rate the provider was measured to accept while throttling. */
    best = 0;
    lastSend = -Infinity;
    firstSend = Infinity;
    pausedUntil = 0;
    lastThrottle = -Infinity;
    lastCut = -Infinity;
    lastProbe = -Infinity;
    /** Times of answers that were not throttling, oldest first, trimmed to the window. */
    accepted = [];
    head = 0;
    /** Requests waiting for their turn, first come first served. */
    queue = [];
    wake;
    throttled = 0;
    constructor(clock = realClock) {
        this.clock = clock;
    }
    /** The current rate, for logs and tests. */
    get currentRate() {
        return this.rate;
    }
    /** Waits for this request's turn. */
    acquire(signal) {
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        const now = this.clock.now();
        this.firstSend = Math.min(this.firstSend, now);
        if (this.queue.length === 0 && this.earliest() <= now) {
            this.lastSend = now;
            return Promise.resolve();
        }
        return new Promise((resolve, reject) => {
            const waiter = { resolve, reject, signal };
            if (signal) {
                waiter.onAbort = () => {
                    this.queue = this.queue.filter((w) => w !== waiter);
                    reject(signal.reason);
                };
                signal.addEventListener('abort', waiter.onAbort, { once: true });
            }
            this.queue.push(waiter);
            this.pump();
        });
    }
    /** The provider answered without throttling (success or not): it spent one of its tokens. */
    onAccepted() {
        const now = this.clock.now();
        this.firstSend = Math.min(this.firstSend, now);
        this.accepted.push(now);
        this.trim(now);
        // Probe only while requests are queued: otherwise the rate is not what limits the step.
        if (this.rate !== undefined &&
            this.queue.length > 0 &&
            now - this.lastThrottle >= QUIET_MS &&
            now - this.lastProbe >= PROBE_STEP_MS) {
            this.rate *= this.rate < this.best * 0.8 || this.best === 0 ? PROBE_FAST : PROBE_GENTLE;
            this.lastProbe = now;
            this.reschedule();
        }
    }
    /** The provider throttled; `retryAfterMs` is its hint, if it gave one. */
    onThrottle(retryAfterMs) {
        const now = this.clock.now();
        this.firstSend = Math.min(this.firstSend, now);
        this.throttled++;
        this.lastThrottle = now;
        if (retryAfterMs !== undefined && retryAfterMs > 0) {
            this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
        }
        if (now - this.lastCut >= QUIET_MS || this.rate === undefined)
            this.cut(now);
        // The next request keeps its distance from this throttled one.
        this.lastSend = Math.max(this.lastSend, now);
        this.reschedule();
    }
    cut(now) {
        this.trim(now);
        const measured = (this.accepted.length - this.head) * (1000 / WINDOW_MS);
        this.lastCut = now;
        if (this.rate === undefined) {
            // Less than a second of history measures the provider's burst or its empty
            // bucket, not its rate: wait until a whole second can be measured.
            if (measured < 2 || now - this.firstSend < WINDOW_MS) {
                this.pausedUntil = Math.max(this.pausedUntil, this.firstSend + WINDOW_MS, now + MIN_PAUSE_MS);
                this.lastCut = -Infinity;
                return;
            }
            this.best = this.pausedUntil > now - WINDOW_MS ? 0 : measured;
            this.rate = Math.max(MIN_RATE, measured * HEADROOM);
            return;
        }
        // A window that includes a pause undercounts: the provider's rate is not known yet,
        // so the probes after this cut may climb fast.
        const partial = this.pausedUntil > now - WINDOW_MS;
        this.best = partial ? 0 : Math.max(this.best * 0.9, Math.min(measured, this.rate));
        // Never below half the rate in one cut: a window spent paused measures nothing.
        this.rate = Math.max(MIN_RATE, this.rate / 2, Math.min(this.rate, measured) * HEADROOM);
    }
    /** When the next request may go: after any pause, and 1/rate after the last one. */
    earliest() {
        const spaced = this.rate === undefined ? -Infinity : this.lastSend + 1000 / this.rate;
        return Math.max(this.pausedUntil, spaced);
    }
    /** Releases every waiter whose turn has come, then sleeps until the next one's. */
    pump() {
        const now = this.clock.now();
        while (this.queue.length > 0) {
            const at = this.earliest();
            if (at > now) {
                this.sleepUntil(at - now);
                return;
            }
            const waiter = this.queue.shift();
            if (waiter.onAbort)
                waiter.signal?.removeEventListener('abort', waiter.onAbort);
            this.lastSend = now;
            waiter.resolve();
        }
    }
    sleepUntil(ms) {
        if (this.wake)
            return;
        const wake = new AbortController();
        this.wake = wake;
        this.clock.sleep(ms, wake.signal).then(() => {
            this.wake = undefined;
            this.pump();
        }, () => { } // rescheduled: a newer sleep took over
        );
    }
    /** The rate or a pause changed: the sleeping pump's wake-up time is stale. */
    reschedule() {
        this.wake?.abort();
        this.wake = undefined;
        this.pump();
    }
    trim(now) {
        while (this.head < this.accepted.length && this.accepted[this.head] < now - WINDOW_MS)
            this.head++;
        if (this.head > 1024) {
            this.accepted = this.accepted.slice(this.head);
            this.head = 0;
        }
    }
}

;// CONCATENATED MODULE: ./src/retry.ts
/**
 * How every request of a step is retried, whatever the provider: at most
 * max-attempts attempts, throttling waits on the shared Pacer (and its hints),
 * server errors and network failures back off exponentially with full jitter.
 * The AWS providers plug this in as the SDK's retry strategy (see aws.ts), the
 * Datadog provider as its client's fetch (see providers/datadog-fleet.ts).
 */

function requestPolicy(maxAttempts, clock = realClock) {
    return { maxAttempts, pacer: new Pacer(clock), clock };
}
const BACKOFF_BASE_MS = 200;
const BACKOFF_MAX_MS = 20_000;
/** The wait before retry number `retry` (0-based) after a server error or a network failure. */
function backoffMs(retry, random = Math.random) {
    return Math.round(random() * Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retry));
}
/**
 * A wait the provider asked for: Retry-After (seconds or an HTTP date) or
 * Datadog's x-ratelimit-reset (seconds). Capped so a bad header cannot stall the step.
 */
function hintMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
    if (!Number.isFinite(ms) || ms < 0)
        return undefined;
    return Math.min(ms, 60_000);
}


/***/ }),

/***/ 627194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   M2: () => (/* binding */ headerUnsafe),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   vb: () => (/* binding */ MIN_SECRET_LENGTH)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(196421);
/**
 * The step's secrets (the Datadog keys). Each is masked in the runner's log the
 * moment it is read, and removed from every text this action writes itself
 * (outputs, job summary, annotations, log lines), since a provider or a proxy
 * may echo a request header back in an error.
 */

/**
 * Shorter values are not masked: masking "c" would turn every "cancelled" in
 * the log into "***ancelled", and no credential is that short (Datadog's API
 * keys have 32 characters, application keys 40). A key shorter than this is
 * still sent; the provider will refuse it.
 */
const MIN_SECRET_LENGTH = 8;
const secrets = new Set();
/**
 * A secret as it will be sent: trimmed, as every input is, wherever it came
 * from (an environment variable keeps the newline a `echo` or a file left).
 * Every line of it is masked, since a multi-line value can be printed line by line.
 */
function registerSecret(value) {
    const trimmed = (value ?? '').trim();
    for (const part of new Set([trimmed, ...trimmed.split(/[\r\n]+/).map((l) => l.trim())])) {
        if (part.length < MIN_SECRET_LENGTH)
            continue;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(part);
        secrets.add(part);
    }
    return trimmed;
}
/** Why a secret cannot be sent as an HTTP header value, without showing it; undefined when it can. */
function headerUnsafe(value) {
    // Visible ASCII only: a header value cannot hold line breaks or control characters, and
    // Node would quote any other character back in its error, printing the key.
    const bad = [...value].find((c) => c < '!' || c > '~');
    if (bad === undefined)
        return undefined;
    const code = bad.codePointAt(0);
    const what = code < 0x20 || code === 0x7f
        ? `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`
        : code === 0x20
            ? 'a space'
            : 'a character outside visible ASCII';
    return `contains ${what}, which cannot be sent in an HTTP header (the value is not shown)`;
}
function redact(text) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 338993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ targetId),
/* harmony export */   QN: () => (/* binding */ OPTION_INPUTS),
/* harmony export */   gd: () => (/* binding */ TARGET_INPUTS)
/* harmony export */ });
/**
 * What a step acts on. A leaf: providers, the flow and the input parser all
 * speak of targets, so this module imports nothing of the action's own.
 */
/** Inputs that name targets; each may hold several values. */
const TARGET_INPUTS = [
    'deployment-id',
    'service-name',
    'environment-name',
    'thing-name',
    'job-id'
];
/** Inputs that only some providers read. */
const OPTION_INPUTS = [
    'force',
    'expected-version',
    'status-details',
    'reason-code',
    'comment'
];
/** Reads the target's value for one of its provider's target inputs. */
function targetId(target, name) {
    const value = target.ids[name];
    if (value === undefined)
        throw new Error(`target ${target.label} has no ${name}`);
    return value;
}


/***/ })

};
