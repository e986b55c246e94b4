export const id = 8;
export const ids = [8];
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

/***/ 886008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(196421);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(788532);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(728395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js + 1 modules
var api = __webpack_require__(873305);
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
    greengrass: { cloud: 'aws', targets: ['deployment-id'], options: [], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(612), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 828243)) },
    'proton-service-pipeline': { cloud: 'aws', targets: ['service-name'], options: [], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(573), __webpack_require__.e(679)]).then(__webpack_require__.bind(__webpack_require__, 354679)) },
    'proton-environment': { cloud: 'aws', targets: ['environment-name'], options: [], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(573), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 817391)) },
    'iot-job-execution': { cloud: 'aws', targets: ['thing-name', 'job-id'], options: ['force', 'expected-version', 'status-details'], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(150), __webpack_require__.e(607)]).then(__webpack_require__.bind(__webpack_require__, 307607)) },
    'iot-job': { cloud: 'aws', targets: ['job-id'], options: ['force', 'reason-code', 'comment'], load: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(150), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 154020)) },
    'datadog-fleet': { cloud: 'datadog', targets: ['deployment-id'], options: [], load: () => Promise.all(/* import() */[__webpack_require__.e(777), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 455805)) }
};
const PROVIDER_NAMES = Object.keys(PROVIDERS);

// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(338993);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(973024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(176760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(446193);
;// CONCATENATED MODULE: ./src/target-list.ts
/**
 * The targets-file input: a text file with one value per line, read in chunks
 * so a 100,000-line file is never held whole, next to the targets it names.
 */



/** Where a targets-file path points: relative paths are read from the workspace. */
function targetsFilePath(path, env) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd(), path);
}
/**
 * Each line's value, trimmed (CR/LF endings and surrounding blanks dropped), with its
 * 1-based line number; blank lines are skipped. Throws if the file cannot be read.
 */
function* fileLines(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.alloc(64 * 1024);
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let pending = '';
        let line = 0;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
            const text = pending + (read > 0 ? decoder.write(buffer.subarray(0, read)) : decoder.end());
            const parts = text.split('\n');
            pending = read > 0 ? parts.pop() : '';
            for (const part of parts) {
                line++;
                const value = part.trim();
                if (value)
                    yield { value, line };
            }
            if (read === 0)
                return;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The targets at positions (from 0) whose remainder by N is K−1: N jobs split a list exactly. */
function takeShard(items, shard) {
    if (!shard)
        return [...items];
    return items.filter((_, position) => position % shard.count === shard.index - 1);
}

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
    'github-api-url',
    'targets-file',
    'shard'
]));
const MAX_TARGETS = 100_000;
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
const built = (schema) => typeof schema === 'function' ? schema() : schema;
/** A value made on first use and kept. */
function once(make) {
    let made;
    return () => (made ??= make());
}
/** A transform that refuses its input with `message` (one issue, the value never used). */
function refuse(ctx, message) {
    ctx.issues.push({ code: 'custom', message, input: ctx.value });
    return core_core/* NEVER */.tm;
}
/** A string schema that maps the text to T, or refuses it with a message (`refuse`). */
function parsed(fn) {
    return schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((text, ctx) => fn(text, ctx)));
}
/** YAML 1.2 core schema booleans, as the runner documents for `getBooleanInput`. */
const booleanText = once(() => parsed((text, ctx) => ['true', 'True', 'TRUE'].includes(text)
    ? true
    : ['false', 'False', 'FALSE'].includes(text)
        ? false
        : refuse(ctx, 'must be true or false')));
const wholeNumbers = new Map();
const wholeNumber = (min, max) => {
    const key = `${min}-${max}`;
    let schema = wholeNumbers.get(key);
    if (!schema) {
        schema = parsed((text, ctx) => {
            if (!/^\d+$/.test(text))
                return refuse(ctx, `must be a whole number from ${min} to ${max}`);
            const n = Number(text);
            return n < min || n > max ? refuse(ctx, `must be from ${min} to ${max}`) : n;
        });
        wholeNumbers.set(key, schema);
    }
    return schema;
};
const CONTROL_CHARS = /\p{Cc}/u;
const ID_RULES = once(() => ({
    // Any characters: the SDKs percent-encode it into one path segment. Only "."
    // and ".." cannot be sent: URL parsers resolve them, in any encoding, as
    // "this folder" and "the parent", which would change the API called.
    'deployment-id': schemas/* string */.YjP().check(api/* _minLength */.m9(1, { error: 'is empty' }), schemas/* refine */.YPB((id) => id !== '.' && id !== '..', {
        error: 'cannot be sent: "." and ".." would change the URL path instead of naming a deployment'
    })),
    'service-name': protonName(),
    'environment-name': protonName(),
    'thing-name': schemas/* string */.YjP()
        .check(api/* _maxLength */.Eb(128, { error: 'must be at most 128 characters' }), api/* _regex */.Fk(/^[a-zA-Z0-9:_-]+$/, { error: 'may contain only letters, digits, ":", "_" and "-"' })),
    'job-id': schemas/* string */.YjP()
        .check(api/* _maxLength */.Eb(64, { error: 'must be at most 64 characters' }), api/* _regex */.Fk(/^[a-zA-Z0-9_-]+$/, { error: 'may contain only letters, digits, "_" and "-"' }))
}));
function protonName() {
    return schemas/* string */.YjP().check(api/* _maxLength */.Eb(100, { error: 'must be at most 100 characters' }), api/* _regex */.Fk(/^[0-9A-Za-z]+[0-9A-Za-z_-]*$/, {
        error: 'must start with a letter or digit and contain only letters, digits, "_" and "-"'
    }));
}
const statusDetailKey = once(() => schemas/* string */.YjP().check(api/* _minLength */.m9(1, { error: 'is empty' }), api/* _maxLength */.Eb(128, { error: 'is longer than 128 characters' }), api/* _regex */.Fk(/^[a-zA-Z0-9:_-]+$/, {
    error: 'may contain only letters, digits, ":", "_" and "-"'
})));
const statusDetailValue = once(() => schemas/* string */.YjP().check(api/* _minLength */.m9(1, { error: 'is empty' }), api/* _maxLength */.Eb(1024, { error: 'is longer than 1024 characters' }), schemas/* refine */.YPB((v) => !CONTROL_CHARS.test(v), { error: 'contains control characters' })));
/** JSON object of strings, or key=value lines; every key and value checked by name. */
const statusDetails = once(() => parsed((text, ctx) => {
    const fail = (message) => refuse(ctx, message);
    let pairs;
    if (text.startsWith('[')) {
        return fail('must be a JSON object such as {"reason":"rollback"}, or key=value lines, not a JSON array');
    }
    if (text.startsWith('{')) {
        let parsedJson;
        try {
            parsedJson = JSON.parse(text);
        }
        catch {
            return fail('is not valid JSON');
        }
        if (typeof parsedJson !== 'object' || parsedJson === null || Array.isArray(parsedJson)) {
            return fail('must be a JSON object whose values are strings');
        }
        pairs = Object.entries(parsedJson);
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
        const keyCheck = statusDetailKey().safeParse(key);
        if (!keyCheck.success)
            return fail(`key "${key.slice(0, 40)}" ${keyCheck.error.issues[0]?.message}`);
        if (typeof value !== 'string')
            return fail(`value of "${key}" must be a string`);
        const valueCheck = statusDetailValue().safeParse(value);
        if (!valueCheck.success)
            return fail(`value of "${key}" ${valueCheck.error.issues[0]?.message}`);
        checked.push([key, value]);
    }
    // fromEntries keeps a key such as "__proto__" as data, where assignment would drop it.
    return Object.fromEntries(checked);
}));
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
const reasonCode = once(() => schemas/* string */.YjP().check(api/* _maxLength */.Eb(128, { error: 'must be at most 128 characters' }), 
// AWS's pattern [\p{Upper}\p{Digit}_]+ is a Java one: there, both classes are ASCII.
api/* _regex */.Fk(/^[A-Z0-9_]+$/, { error: 'may contain only upper-case letters A-Z, digits and "_"' })));
const comment = once(() => schemas/* string */.YjP().check(api/* _maxLength */.Eb(2028, { error: 'must be at most 2028 characters' }), schemas/* refine */.YPB((v) => !CONTROL_CHARS.test(v), { error: 'must not contain control characters' })));
/** Points the audit trail in AWS back to the workflow run that cancelled. */
function defaultComment(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    if (repo && run) {
        return `Cancelled by GitHub Actions: ${server ?? 'https://github.com'}/${repo}/actions/runs/${run}`;
    }
    return 'Cancelled by GitHub Actions (cancel-deployment)';
}
const awsRegion = once(() => schemas/* string */.YjP().check(api/* _regex */.Fk(/^[a-z]{2,}(-[a-z0-9]+)+-\d+$/, {
    error: 'is not an AWS region name such as us-east-1'
})));
/**
 * An endpoint is a scheme, a host, a port and at most a base path. User info
 * would be printed in messages (and sent in clear with http); a query or a
 * fragment would change the path of every request.
 */
const endpointUrl = once(() => schemas/* pipe */.FsL(schemas/* string */.YjP().check(schemas/* refine */.YPB((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), {
    error: 'must be an http:// or https:// URL',
    abort: true
}), schemas/* refine */.YPB((s) => !/^[a-z]+:\/\/[^/?#]*@/i.test(s), {
    error: 'must not hold a user name or password (user:password@): the URL is shown in messages',
    abort: true
}), schemas/* refine */.YPB((s) => !s.includes('?') && !s.includes('#'), {
    error: 'must not have a query (?…) or a fragment (#…): they would change the path of every request'
})), schemas/* transform */.pdi((s) => s.replace(/\/+$/, ''))));
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
const datadogSite = once(() => schemas/* string */.YjP().check(api/* _regex */.Fk(/^[a-z0-9]+([.-][a-z0-9]+)*\.[a-z]{2,}$/, {
    error: 'must be a Datadog site host name such as datadoghq.com or datadoghq.eu'
})));
/** `K/N`, 1 ≤ K ≤ N ≤ 256. */
const shard = once(() => parsed((text, ctx) => {
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index < 1 || count > 256 || index > count) {
        return refuse(ctx, `"${text}" is not K/N with 1 ≤ K ≤ N ≤ 256 (e.g. 2/4: the second of four jobs)`);
    }
    return { index, count };
}));
const failOn = once(() => parsed((text, ctx) => {
    const names = splitList(text);
    if (names.length === 1 && names[0] === 'none')
        return new Set();
    const bad = names.filter((n) => !src_outcome/* OUTCOMES */.im.includes(n));
    if (bad.length || names.length === 0) {
        return refuse(ctx, `"${bad.join(', ')}" is not an outcome; use a comma-separated list of ${src_outcome/* OUTCOMES */.im.join(', ')}, or none`);
    }
    return new Set(names);
}));
const githubDeploymentId = () => wholeNumber(1, Number.MAX_SAFE_INTEGER);
const githubEnvironment = once(() => schemas/* string */.YjP().check(api/* _maxLength */.Eb(255, { error: 'must be at most 255 characters' }), schemas/* refine */.YPB((v) => !CONTROL_CHARS.test(v), { error: 'must not contain control characters' })));
const githubDeploymentState = once(() => schemas/* enum */.k5n(['inactive', 'failure', 'error'], {
    error: 'must be inactive, failure or error'
}));
const githubRepository = once(() => schemas/* pipe */.FsL(schemas/* string */.YjP()
    .check(api/* _minLength */.m9(1, { error: 'it is not set' }), api/* _regex */.Fk(/^[^/\s]+\/[^/\s]+$/, { error: 'it is not owner/repository' })), schemas/* transform */.pdi((s) => s.split('/'))));
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
        const result = built(schema).safeParse(value);
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
    const shardText = raw('shard');
    const share = shardText ? check('shard', shard, shardText) : undefined;
    const listed = readTargets(entry.targets, raw, problems, env);
    const targets = takeShard(listed, share);
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
    if (share)
        inputs.shard = { ...share, of: listed.length };
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
function readTargets(names, raw, problems, env) {
    const columns = [];
    const file = raw('targets-file');
    for (const [i, name] of names.entries()) {
        const values = splitList(raw(name));
        const bad = values
            .map((v) => [v, ID_RULES()[name].safeParse(v)])
            .find(([, r]) => !r.success);
        if (bad) {
            const [value, result] = bad;
            const why = result.success ? '' : (result.error.issues[0]?.message ?? 'is invalid');
            problems.push(`${name} "${(0,errors/* shortId */.m_)(value)}" ${why}`);
            continue;
        }
        // targets-file lists more values of the provider's first target input.
        if (i === 0 && file && !readTargetsFile(file, name, values, problems, env))
            continue;
        if (values.length === 0) {
            problems.push(`${name} is required for this provider`);
            continue;
        }
        columns.push(values);
    }
    if (columns.length !== names.length)
        return [];
    const count = columns.reduce((n, c) => n * c.length, 1);
    if (count > MAX_TARGETS) {
        problems.push(`${names.join(' × ')} name ${count} targets; a step takes at most ${MAX_TARGETS} (split the list with shard across jobs)`);
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
/**
 * Adds the file's values to `values` (duplicates dropped, first kept), or records why the
 * file cannot be used. Stops reading once the step's limit is passed.
 */
function readTargetsFile(file, name, values, problems, env) {
    const path = targetsFilePath(file, env);
    const seen = new Set(values);
    try {
        for (const { value, line } of fileLines(path)) {
            if (seen.has(value))
                continue;
            const result = ID_RULES()[name].safeParse(value);
            if (!result.success) {
                const shown = value.length > 100 ? `${value.slice(0, 100)}…` : value;
                problems.push(`targets-file line ${line}: ${name} "${shown}" ${result.error.issues[0]?.message ?? 'is invalid'}`);
                return false;
            }
            seen.add(value);
            values.push(value);
            if (values.length > MAX_TARGETS) {
                problems.push(`targets-file ${file} names more than ${MAX_TARGETS} targets; a step takes at most ${MAX_TARGETS} (split the list with shard across jobs)`);
                return false;
            }
        }
    }
    catch (error) {
        const code = error.code;
        problems.push(`targets-file "${file}" cannot be read (${code ?? (0,errors/* errorMessage */.gJ)(error)}${path !== file ? `; looked for ${path}` : ''})`);
        return false;
    }
    return true;
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

// EXTERNAL MODULE: ./src/pacing.ts
var pacing = __webpack_require__(582215);
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
/**
 * At most `size` requests in flight at once (max-concurrency), whoever sends
 * them: the cancels and the reads of targets being waited for share the slots,
 * and a waiting target holds none between its reads. First come, first served.
 */
class Slots {
    free;
    waiters = [];
    head = 0;
    constructor(size) {
        this.free = Math.max(1, size);
    }
    /** Runs `work` in a slot, waiting for one first. */
    async use(work) {
        if (this.free > 0)
            this.free--;
        else
            await new Promise((resolve) => this.waiters.push(resolve));
        try {
            return await work();
        }
        finally {
            this.release();
        }
    }
    release() {
        const next = this.waiters[this.head];
        if (next === undefined) {
            this.free++;
            return;
        }
        this.waiters[this.head++] = undefined;
        if (this.head > 1024 && this.head * 2 > this.waiters.length) {
            this.waiters = this.waiters.slice(this.head);
            this.head = 0;
        }
        next(); // the slot passes straight to the next in line
    }
}
/**
 * Keeps a long batch's memory flat: V8 lets its heap grow well past what is
 * live while a step sends hundreds of requests a second (a 100,000-target step
 * peaked at 285 MiB without this; 20,000 targets run in 137 MiB with the heap
 * capped at 96 MiB), so a large batch collects every few seconds, a few
 * milliseconds each time. Returns the function that stops it.
 */
async function boundHeap(everyMs = 2_000) {
    const [{ setFlagsFromString }, { runInNewContext }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 178877, 23)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 530714, 23))
    ]);
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc');
    if (typeof collect !== 'function')
        return () => { };
    const timer = setInterval(collect, everyMs);
    timer.unref();
    return () => clearInterval(timer);
}

// EXTERNAL MODULE: ./src/stop.ts
var stop = __webpack_require__(251123);
;// CONCATENATED MODULE: ./src/flow.ts






/** One target: the cancel or the dry-run read in a slot, then (with wait) the wait, slot by read. */
async function settleTarget(session, target, options) {
    const sent = await sendTarget(session, target, options);
    if (!options.wait || options.dryRun || sent.outcome !== 'cancelled')
        return sent;
    return waitForEnd(session, target, sent, options);
}
/**
 * Every target of a step: `concurrency` are sent at a time, each accepted cancel
 * that is to be waited for is waited for alongside, and `onResult` hears of each
 * target as it ends. The results keep the targets' order.
 */
async function settleBatch(session, targets, options, onResult = () => { }) {
    const slots = options.slots ?? new Slots(options.concurrency);
    const flow = { ...options, slots };
    const results = new Array(targets.length);
    const record = (index, target, settled) => {
        results[index] = { target: target.label, ...settled };
        onResult(results[index]);
    };
    const guarded = (target, work) => work.catch((error) => (0,src_outcome/* answer */.ZF)('failed', `Unexpected error for ${(0,errors/* shortId */.m_)(target.label)}: ${(0,errors/* errorMessage */.gJ)(error)}`));
    const waits = [];
    await mapWithConcurrency(targets, options.concurrency, async (target, index) => {
        const sent = await guarded(target, sendTarget(session, target, flow));
        if (!flow.wait || flow.dryRun || sent.outcome !== 'cancelled')
            return record(index, target, sent);
        waits.push(guarded(target, waitForEnd(session, target, sent, flow)).then((end) => record(index, target, end)));
    });
    await Promise.all(waits);
    return results;
}
/** The cancel, or the dry-run read, in a slot and within the target's own deadline. */
async function sendTarget(session, target, options) {
    const { requestSignal } = options;
    const run = async () => {
        if (requestSignal.aborted)
            return notAttempted(target, requestSignal.reason);
        const deadline = options.requestDeadline?.(requestSignal);
        const scope = { signal: deadline?.signal ?? requestSignal, throttles: 0 };
        try {
            return await (0,pacing/* inRequestScope */.vj)(scope, () => options.dryRun
                ? preview(session, target, scope)
                : boundedCancel(target, session.cancel(target, scope.signal), scope));
        }
        finally {
            deadline?.dispose();
        }
    };
    if (requestSignal.aborted)
        return notAttempted(target, requestSignal.reason);
    return options.slots ? options.slots.use(run) : run();
}
/** Reads only: what a cancel would do now. */
async function preview(session, target, scope) {
    const state = await boundedRead(target, session.read(target, scope.signal), scope);
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
/**
 * The answer for a target its deadline or an interrupt stopped; for a deadline,
 * whether the provider was throttling it (the request waited for the step's rate).
 */
function stoppedAnswer(target, reason, scope) {
    const why = reason instanceof stop/* StopReason */.Tn ? reason.message : (0,errors/* errorMessage */.gJ)(reason);
    const throttled = scope?.throttles && reason instanceof stop/* StopReason */.Tn && reason.kind === 'timeout'
        ? `, throttled by the provider ${scope.throttles} time(s): the provider's rate limit is shared by every target of the step (and by other jobs of the account), so give more timeout-seconds or split the list with shard`
        : '';
    return (0,src_outcome/* answer */.ZF)('failed', `${(0,errors/* shortId */.m_)(target.label)}: ${why}${throttled}.`);
}
/** A target the step was stopped before it took its turn (an interrupt says so). */
function notAttempted(target, reason) {
    if (!(reason instanceof stop/* StopReason */.Tn) || reason.kind !== 'interrupt') {
        return stoppedAnswer(target, reason);
    }
    return (0,src_outcome/* answer */.ZF)('failed', `${(0,errors/* shortId */.m_)(target.label)}: not attempted, nothing was sent: ${reason.message}.`);
}
/**
 * Provider calls end when their signal does, even if the provider does not
 * listen: the step's deadlines hold whatever a provider or its SDK does.
 */
function boundedCancel(target, work, scope) {
    return (0,stop/* untilAborted */.Eu)(work, scope.signal, (reason) => stoppedAnswer(target, reason, scope));
}
function boundedRead(target, work, scope) {
    return (0,stop/* untilAborted */.Eu)(work, scope.signal, (reason) => ({
        ok: false,
        answer: stoppedAnswer(target, reason, scope)
    }));
}
const FIRST_POLL_MS = 500;
const MAX_POLL_MS = 10_000;
/** Reads until the target leaves its in-flight state or the wait times out. */
async function waitForEnd(session, target, accepted, { waitSignal, waitTimeoutSeconds, clock, slots }) {
    const deadline = waitSignal();
    try {
        return await pollUntilEnd(session, target, accepted, deadline.signal, {
            waitTimeoutSeconds,
            clock,
            slots
        });
    }
    finally {
        deadline.dispose();
    }
}
async function pollUntilEnd(session, target, accepted, signal, { waitTimeoutSeconds, clock, slots }) {
    let status = accepted.status;
    let lastProblem = '';
    let pause = FIRST_POLL_MS;
    const scope = { signal, throttles: 0 };
    const read = () => (0,pacing/* inRequestScope */.vj)(scope, () => boundedRead(target, session.read(target, signal), scope));
    for (;;) {
        if (signal.aborted)
            break;
        // Each read takes a slot of its own: between reads the target holds none.
        const state = slots ? await slots.use(read) : await read();
        if (signal.aborted && !state.ok)
            break;
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(848161);
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
    'results-file',
    'github-deployment-status',
    'github-deployment-id'
]));
/** The job summary lists this many targets, then counts the rest. */
const SUMMARY_ROWS = 300;
/** GitHub's limit for one output is 1 MB; `results` never goes past it. */
const MAX_OUTPUT_BYTES = 1_000_000;
/** A step's job summary must stay under 1 MiB: the table stops well before. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Longest text of a summary cell, before HTML escaping (which can make a character five). */
const CELL_CHARS = { target: 200, status: 100, message: 500 };
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
async function report({ provider, results, failOn, inputError = false, dryRun = false, github = { status: 'skipped', deploymentId: '', message: '' }, empty = 'There were no targets.' }) {
    // In place: with 100,000 targets, a copy of every result would double the step's memory.
    for (const r of results) {
        r.target = (0,secrets/* redact */.E$)(r.target);
        r.message = (0,secrets/* redact */.E$)(r.message);
        r.status = (0,secrets/* redact */.E$)(r.status);
    }
    const summary = results.length
        ? (0,src_outcome/* summarize */.eh)(results)
        : { outcome: 'cancelled', message: empty, status: '', requestId: '', counts: {} };
    const file = writeResultsFile(results);
    const listed = resultsOutput(results);
    if (listed.kept < results.length) {
        summary.message += ` The results output holds ${listed.kept} of the ${results.length} targets, the most severe first (it is limited to 1 MB); ${file
            ? `every target is in the file at results-file (${file})`
            : 'the results file could not be written'}.`;
    }
    const failures = [];
    attempt(failures, () => core/* setOutput */.uH('outcome', summary.outcome));
    attempt(failures, () => core/* setOutput */.uH('message', clampBytes(summary.message, MAX_OUTPUT_BYTES)));
    attempt(failures, () => core/* setOutput */.uH('status', clampBytes(summary.status, MAX_OUTPUT_BYTES)));
    attempt(failures, () => core/* setOutput */.uH('request-id', clampBytes(summary.requestId, MAX_OUTPUT_BYTES)));
    attempt(failures, () => core/* setOutput */.uH('results', listed.json));
    attempt(failures, () => core/* setOutput */.uH('results-file', file));
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
    // Rows until the budget is spent: escaping can make an id five times longer, so the
    // cells are cut first, and the bytes counted as they go.
    const rows = [];
    let bytes = 0;
    for (const r of results) {
        if (rows.length >= SUMMARY_ROWS)
            break;
        const row = [
            escapeHtml(provider),
            code(cut(r.target, CELL_CHARS.target)),
            escapeHtml(r.outcome),
            escapeHtml(cut(r.status, CELL_CHARS.status)) || '–',
            escapeHtml(cut(r.message, CELL_CHARS.message))
        ];
        const size = row.reduce((n, cell) => n + Buffer.byteLength(cell) + 9, 9);
        if (bytes + size > SUMMARY_BUDGET_BYTES)
            break;
        bytes += size;
        rows.push(row);
    }
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
    if (results.length > rows.length) {
        body.addRaw(`<p>…and ${results.length - rows.length} more targets (see the results output, and results-file for every target).</p>`, true);
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
/** Text cut to `chars` characters, saying so. */
function cut(text, chars) {
    return text.length > chars ? `${text.slice(0, chars)}…` : text;
}
/** Text cut to at most `max` bytes of UTF-8, never in the middle of a character. */
function clampBytes(text, max) {
    if (text.length * 3 <= max || Buffer.byteLength(text) <= max)
        return text;
    const marker = ' …';
    let end = Math.min(text.length, max);
    while (end > 0 && Buffer.byteLength(text.slice(0, end)) + marker.length > max) {
        end = Math.floor(end * 0.9);
    }
    // Not between the two halves of a surrogate pair.
    if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end--;
    return text.slice(0, end) + marker;
}
/** One target as the results output and the results file show it. */
function entry(r) {
    return JSON.stringify({
        target: r.target,
        outcome: r.outcome,
        status: r.status,
        message: r.message,
        'request-id': r.requestId
    });
}
/**
 * The results output: every target if they fit in 1,000,000 bytes; otherwise
 * the most severe first (failed, not-found, …), as many whole entries as fit.
 */
function resultsOutput(results) {
    // Sizes first, strings only for what is kept: 100,000 entries as strings are ~20 MB.
    const sizes = new Float64Array(results.length);
    let total = 1;
    results.forEach((r, i) => {
        sizes[i] = Buffer.byteLength(entry(r)) + 1;
        total += sizes[i];
    });
    if (total <= MAX_OUTPUT_BYTES)
        return { json: `[${results.map(entry).join(',')}]`, kept: results.length };
    const rank = (o) => src_outcome/* OUTCOMES */.im.indexOf(o);
    const order = Array.from(results.keys());
    order.sort((a, b) => rank(results[b].outcome) - rank(results[a].outcome) || a - b);
    const kept = [];
    let bytes = 1;
    for (const i of order) {
        if (bytes + sizes[i] > MAX_OUTPUT_BYTES)
            continue;
        bytes += sizes[i];
        kept.push(entry(results[i]));
    }
    return { json: `[${kept.join(',')}]`, kept: kept.length };
}
/**
 * Every target's result as a JSON file under RUNNER_TEMP, for actions/upload-artifact;
 * written a few thousand entries at a time. Returns its path, or '' if it cannot be written.
 */
function writeResultsFile(results, env = process.env) {
    const dir = env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const path = (0,external_node_path_.join)(dir, `cancel-deployment-results-${process.pid}-${Date.now()}.json`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'w');
        const CHUNK = 2000;
        (0,external_node_fs_.writeSync)(fd, '[');
        for (let i = 0; i < results.length; i += CHUNK) {
            const part = results.slice(i, i + CHUNK).map(entry);
            (0,external_node_fs_.writeSync)(fd, (i ? ',\n' : '\n') + part.join(',\n'));
        }
        (0,external_node_fs_.writeSync)(fd, '\n]\n');
        return path;
    }
    catch (error) {
        core/* warning */.$e(`results-file could not be written to ${dir}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(449809);
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













/** From this many targets, the step collects garbage now and then to keep its memory flat. */
const LARGE_BATCH = 5_000;
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
    let empty;
    try {
        const inputs = readInputs();
        provider = inputs.provider;
        failOn = inputs.failOn;
        dryRun = inputs.dryRun;
        if (inputs.shard) {
            const { index, count, of } = inputs.shard;
            empty = `Shard ${index}/${count} holds none of the ${of} targets: nothing to do.`;
            log/* log */.R.info(`shard ${index}/${count}: ${inputs.targets.length} of the ${of} targets`);
        }
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
    await report({ provider, results, failOn, inputError, dryRun, github, empty });
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
    const stopBounding = inputs.targets.length >= LARGE_BATCH ? await boundHeap() : () => { };
    try {
        return await settleTargets(inputs, interrupted);
    }
    finally {
        clearInterval(keepAlive);
        stopBounding();
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
    const options = {
        dryRun: inputs.dryRun,
        wait: inputs.wait,
        waitTimeoutSeconds: inputs.waitTimeoutSeconds,
        concurrency: inputs.maxConcurrency,
        requestSignal: interrupted,
        // Each target's own, from when it takes its slot: a long batch does not time out as a whole.
        requestDeadline: (parent) => (0,stop/* targetDeadline */.aM)(inputs.timeoutSeconds * 1000, `timed out after ${inputs.timeoutSeconds} s (timeout-seconds)`, parent),
        waitSignal: () => (0,stop/* targetDeadline */.aM)(inputs.waitTimeoutSeconds * 1000, `still in flight after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds)`, interrupted),
        clock: requests.clock
    };
    return settleBatch(session, inputs.targets, options, (result) => {
        log/* log */.R.info(`${(0,errors/* shortId */.m_)(result.target)}: ${result.outcome}. ${(0,errors/* withoutLabel */.rO)(result.target, result.message)}`);
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

/***/ 582215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ currentScope),
/* harmony export */   _E: () => (/* binding */ Pacer),
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   vj: () => (/* binding */ inRequestScope)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/**
 * One send rate shared by every request of a step. Until a provider throttles,
 * requests go out as fast as max-concurrency allows. After that the pacer
 * sends just under the rate it measured, and probes upward while nothing is
 * throttled, so it follows a limit that falls or rises during the step.
 *
 * The measurement: a throttling answer proves the provider's bucket was empty
 * at that moment, so the answers it accepted between two throttles, divided
 * by the time between them, are its refill rate, whatever its burst, to within
 * one request. The first throttle has no earlier one: what was accepted until
 * then (the provider's burst, mostly) is spread over at least a second, a
 * first guess that the next window corrects.
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
const scopes = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function inRequestScope(scope, work) {
    return scopes.run(scope, work);
}
function currentScope() {
    return scopes.getStore();
}
/** Share of the measured rate to send at: a little under, so requests rarely meet an empty bucket. */
const HEADROOM = 0.97;
/** The slowest pace: one request every 20 s. */
const MIN_RATE = 0.05;
/** The first guess when the provider throttled before accepting anything (e.g. another job drained it). */
const START_RATE = 1;
/** The first throttle spreads what was accepted until then over at least this long. */
const FIRST_SPREAD_MS = 1000;
/**
 * A measurement spans at least this long, and this many answers at the current rate; an
 * older throttle no longer says anything about the provider's rate now.
 */
const MIN_WINDOW_MS = 500;
const WINDOW_ANSWERS = 8;
const MAX_WINDOW_MS = 15_000;
/** A window with more throttles than this after its first kept the bucket empty throughout. */
const DENSE_THROTTLES = 2;
/**
 * No probing this soon after a throttling answer (nor sooner than this many answers at the
 * rate); each probe that finds the same limit again doubles the wait, up to the longest.
 */
const QUIET_MS = 1000;
const QUIET_LONGEST_MS = 2000;
const QUIET_ANSWERS = 4;
/**
 * While nothing is throttled, the rate grows every step (or every two answers at the rate),
 * by a share that doubles each step; from a first guess it starts big, as it may be far off.
 */
const PROBE_STEP_MS = 250;
const PROBE_STEP_ANSWERS = 2;
const PROBE_FIRST = 0.02;
const PROBE_GUESSED = 0.5;
const PROBE_MAX = 1;
/** Once measured, gentler: an overshoot throttles many requests at once, each then waiting out its hint. */
const PROBE_MAX_MEASURED = 0.25;
class Pacer {
    clock;
    /** Requests per second; undefined until the provider first throttles. */
    rate;
    /** The provider's rate as last measured (or first guessed). */
    measured;
    /** `measured` is the first throttle's guess, not yet a measurement. */
    guessed = false;
    lastSend = -Infinity;
    previousSend = -Infinity;
    firstSend = Infinity;
    lastThrottle = -Infinity;
    lastProbe = -Infinity;
    probeShare = PROBE_FIRST;
    quietMs = QUIET_MS;
    /** The rate before the latest probe step: the provider took it without throttling. */
    beforeProbe;
    accepted = 0;
    marks = [];
    /** Requests waiting for their turn; retries of throttled ones go first. */
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
    /** Requests waiting for their turn now. */
    get waiting() {
        return this.queue.length;
    }
    /**
     * Waits for this request's turn. A request retried after a throttling answer
     * (`retry`) goes to the front: the provider did nothing with it, and it has waited already.
     * Without a signal, the current request scope's is used; an aborted wait leaves no waiter.
     */
    acquire(signal = currentScope()?.signal, retry = false) {
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        const now = this.clock.now();
        this.firstSend = Math.min(this.firstSend, now);
        if (this.queue.length === 0 && this.earliest() <= now) {
            this.sent(now);
            return Promise.resolve();
        }
        return new Promise((resolve, reject) => {
            const waiter = { resolve, reject, signal };
            if (signal) {
                waiter.onAbort = () => {
                    const index = this.queue.indexOf(waiter);
                    if (index >= 0)
                        this.queue.splice(index, 1);
                    reject(signal.reason);
                };
                signal.addEventListener('abort', waiter.onAbort, { once: true });
            }
            if (retry)
                this.queue.unshift(waiter);
            else
                this.queue.push(waiter);
            this.pump();
        });
    }
    /**
     * The turn of a request the provider throttled: not before its hint (Retry-After,
     * x-ratelimit-reset) has passed, then ahead of every request not yet sent.
     */
    async acquireRetry(hintMs, signal = currentScope()?.signal) {
        if (hintMs !== undefined && hintMs > 0)
            await this.clock.sleep(hintMs, signal);
        await this.acquire(signal, true);
    }
    /** The provider answered without throttling (success or not): it spent one of its tokens. */
    onAccepted() {
        const now = this.clock.now();
        this.firstSend = Math.min(this.firstSend, now);
        this.accepted++;
        // Probe only while requests are queued: otherwise the rate is not what limits the step.
        const rate = this.rate;
        if (rate !== undefined &&
            this.queue.length > 0 &&
            now - this.lastThrottle >= Math.max(this.quietMs, (QUIET_ANSWERS * 1000) / rate) &&
            now - this.lastProbe >= Math.max(PROBE_STEP_MS, (PROBE_STEP_ANSWERS * 1000) / rate)) {
            this.beforeProbe = rate;
            this.rate = rate * (1 + this.probeShare);
            this.probeShare = Math.min(this.guessed ? PROBE_MAX : PROBE_MAX_MEASURED, this.probeShare * 2);
            this.lastProbe = now;
            this.reschedule();
        }
    }
    /** The provider throttled a request: its bucket is empty now. */
    onThrottle() {
        const now = this.clock.now();
        this.firstSend = Math.min(this.firstSend, now);
        this.throttled++;
        const scope = currentScope();
        if (scope)
            scope.throttles++;
        this.lastThrottle = now;
        this.marks = this.marks.filter((m) => m.at >= now - MAX_WINDOW_MS);
        const window = Math.max(MIN_WINDOW_MS, (WINDOW_ANSWERS * 1000) / (this.rate ?? Infinity));
        let since = -1;
        this.marks.forEach((mark, i) => {
            if (mark.at <= now - window)
                since = i;
        });
        this.marks.push({ at: now, accepted: this.accepted });
        const from = this.marks[since];
        const rate = from ? ((this.accepted - from.accepted) * 1000) / (now - from.at) : undefined;
        const probing = this.beforeProbe !== undefined;
        if (this.measured === undefined) {
            this.measured =
                this.accepted > 0
                    ? (this.accepted * 1000) / Math.max(FIRST_SPREAD_MS, now - this.firstSend)
                    : START_RATE;
            this.guessed = true;
        }
        else if (rate !== undefined &&
            (!probing || this.marks.length - since - 1 > DENSE_THROTTLES)) {
            // Throttled at a steady pace, or again and again since: the provider takes less than
            // that pace, and its bucket was empty at both ends of the window: this is its rate.
            if (Math.abs(rate - this.measured) > this.measured * 0.1)
                this.quietMs = QUIET_MS;
            this.measured = Math.max(MIN_RATE, rate);
            this.guessed = false;
        }
        else if (probing) {
            // A probe step crossed the limit: the provider takes at least what the window
            // measured (less than its rate if the bucket was full a while), and after a first
            // guess, what it took before that step (later on, saved tokens may have paid for it).
            const before = this.measured;
            this.measured = Math.max(this.measured, rate ?? 0, this.guessed ? (this.beforeProbe ?? 0) : 0);
            this.guessed = false;
            // The same limit again: probe less often. A higher one: it may be rising.
            this.quietMs =
                this.measured < before * 1.1 ? Math.min(QUIET_LONGEST_MS, this.quietMs * 2) : QUIET_MS;
        }
        this.rate = Math.max(MIN_RATE, Math.min(this.rate ?? Infinity, this.measured * HEADROOM));
        if (this.beforeProbe !== undefined) {
            // A probe just crossed the limit, sending one request a little early: the bucket is
            // nearly full again, so the retry goes one interval after the send before it.
            this.lastSend = Math.max(this.previousSend, this.lastSend - 1000 / this.rate);
        }
        this.beforeProbe = undefined;
        this.probeShare = this.guessed ? PROBE_GUESSED : PROBE_FIRST;
        this.reschedule();
    }
    sent(now) {
        this.previousSend = this.lastSend;
        this.lastSend = now;
    }
    /** When the next request may go: 1/rate after the last one. */
    earliest() {
        return this.rate === undefined ? -Infinity : this.lastSend + 1000 / this.rate;
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
            this.sent(now);
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
    /** The rate changed: the sleeping pump's wake-up time is stale. */
    reschedule() {
        this.wake?.abort();
        this.wake = undefined;
        this.pump();
    }
}


/***/ }),

/***/ 449809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ hintMs),
/* harmony export */   WQ: () => (/* binding */ requestPolicy),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(582215);
/**
 * How every request of a step is retried, whatever the provider: server errors
 * and network failures back off exponentially with full jitter, at most
 * max-attempts attempts; a throttled request is not an attempt: it waits for
 * its hint, then goes first on the shared Pacer, until the target's deadline.
 * The AWS providers plug this in as the SDK's retry strategy (see aws.ts), the
 * Datadog provider as its client's fetch (see providers/datadog-fleet.ts).
 */

function requestPolicy(maxAttempts, clock = _pacing_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .dQ) {
    return { maxAttempts, pacer: new _pacing_js__WEBPACK_IMPORTED_MODULE_0__/* .Pacer */ ._E(clock), clock };
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
