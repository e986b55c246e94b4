export const id = 573;
export const ids = [573];
export const modules = {

/***/ 821573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ ProtonClient)
});

// UNUSED EXPORTS: __Client

// EXTERNAL MODULE: ./node_modules/@aws-sdk/middleware-host-header/dist-cjs/index.js
var dist_cjs = __webpack_require__(752590);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/middleware-logger/dist-cjs/index.js
var middleware_logger_dist_cjs = __webpack_require__(985242);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/middleware-recursion-detection/dist-cjs/index.js
var middleware_recursion_detection_dist_cjs = __webpack_require__(381568);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/middleware-user-agent/dist-cjs/index.js
var middleware_user_agent_dist_cjs = __webpack_require__(332959);
// EXTERNAL MODULE: ./node_modules/@smithy/config-resolver/dist-cjs/index.js
var config_resolver_dist_cjs = __webpack_require__(139316);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var core_dist_cjs = __webpack_require__(690402);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(126890);
// EXTERNAL MODULE: ./node_modules/@smithy/middleware-content-length/dist-cjs/index.js
var middleware_content_length_dist_cjs = __webpack_require__(947212);
// EXTERNAL MODULE: ./node_modules/@smithy/middleware-endpoint/dist-cjs/index.js
var middleware_endpoint_dist_cjs = __webpack_require__(740099);
// EXTERNAL MODULE: ./node_modules/@smithy/middleware-retry/dist-cjs/index.js
var middleware_retry_dist_cjs = __webpack_require__(419618);
// EXTERNAL MODULE: ./node_modules/@smithy/smithy-client/dist-cjs/index.js
var smithy_client_dist_cjs = __webpack_require__(161411);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(797523);
// EXTERNAL MODULE: ./node_modules/@smithy/util-middleware/dist-cjs/index.js
var util_middleware_dist_cjs = __webpack_require__(876324);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/auth/httpAuthSchemeProvider.js


const defaultProtonHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,util_middleware_dist_cjs/* getSmithyContext */.ug)(context).operation,
        region: await (0,util_middleware_dist_cjs/* normalizeProvider */.te)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "proton",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultProtonHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,util_middleware_dist_cjs/* normalizeProvider */.te)(config.authSchemePreference ?? []),
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(674618);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/package.json
const package_namespaceObject = {"rE":"3.1029.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(305152);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var credential_provider_node_dist_cjs = __webpack_require__(5861);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/util-user-agent-node/dist-cjs/index.js
var util_user_agent_node_dist_cjs = __webpack_require__(351656);
// EXTERNAL MODULE: ./node_modules/@smithy/hash-node/dist-cjs/index.js
var hash_node_dist_cjs = __webpack_require__(105092);
// EXTERNAL MODULE: ./node_modules/@smithy/node-config-provider/dist-cjs/index.js
var node_config_provider_dist_cjs = __webpack_require__(755704);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(261279);
// EXTERNAL MODULE: ./node_modules/@smithy/util-body-length-node/dist-cjs/index.js
var util_body_length_node_dist_cjs = __webpack_require__(613638);
// EXTERNAL MODULE: ./node_modules/@smithy/util-defaults-mode-node/dist-cjs/index.js
var util_defaults_mode_node_dist_cjs = __webpack_require__(715435);
// EXTERNAL MODULE: ./node_modules/@smithy/util-retry/dist-cjs/index.js
var util_retry_dist_cjs = __webpack_require__(415518);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(837288);
// EXTERNAL MODULE: ./node_modules/@smithy/url-parser/dist-cjs/index.js
var url_parser_dist_cjs = __webpack_require__(914494);
// EXTERNAL MODULE: ./node_modules/@smithy/util-base64/dist-cjs/index.js
var util_base64_dist_cjs = __webpack_require__(168385);
// EXTERNAL MODULE: ./node_modules/@smithy/util-utf8/dist-cjs/index.js
var util_utf8_dist_cjs = __webpack_require__(971577);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/util-endpoints/dist-cjs/index.js
var util_endpoints_dist_cjs = __webpack_require__(83068);
// EXTERNAL MODULE: ./node_modules/@smithy/util-endpoints/dist-cjs/index.js
var _smithy_util_endpoints_dist_cjs = __webpack_require__(979674);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/endpoint/ruleset.js
const s = "required", t = "fn", u = "argv", v = "ref";
const a = true, b = "isSet", c = "booleanEquals", d = "error", e = "endpoint", f = "tree", g = "PartitionResult", h = { [s]: false, "type": "string" }, i = { [s]: true, "default": false, "type": "boolean" }, j = { [v]: "Endpoint" }, k = { [t]: c, [u]: [{ [v]: "UseFIPS" }, true] }, l = { [t]: c, [u]: [{ [v]: "UseDualStack" }, true] }, m = {}, n = { [t]: "getAttr", [u]: [{ [v]: g }, "supportsFIPS"] }, o = { [t]: c, [u]: [true, { [t]: "getAttr", [u]: [{ [v]: g }, "supportsDualStack"] }] }, p = [k], q = [l], r = [{ [v]: "Region" }];
const _data = { version: "1.0", parameters: { Region: h, UseDualStack: i, UseFIPS: i, Endpoint: h }, rules: [{ conditions: [{ [t]: b, [u]: [j] }], rules: [{ conditions: p, error: "Invalid Configuration: FIPS and custom endpoint are not supported", type: d }, { conditions: q, error: "Invalid Configuration: Dualstack and custom endpoint are not supported", type: d }, { endpoint: { url: j, properties: m, headers: m }, type: e }], type: f }, { conditions: [{ [t]: b, [u]: r }], rules: [{ conditions: [{ [t]: "aws.partition", [u]: r, assign: g }], rules: [{ conditions: [k, l], rules: [{ conditions: [{ [t]: c, [u]: [a, n] }, o], rules: [{ endpoint: { url: "https://proton-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "FIPS and DualStack are enabled, but this partition does not support one or both", type: d }], type: f }, { conditions: p, rules: [{ conditions: [{ [t]: c, [u]: [n, a] }], rules: [{ endpoint: { url: "https://proton-fips.{Region}.{PartitionResult#dnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "FIPS is enabled but this partition does not support FIPS", type: d }], type: f }, { conditions: q, rules: [{ conditions: [o], rules: [{ endpoint: { url: "https://proton.{Region}.{PartitionResult#dualStackDnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "DualStack is enabled but this partition does not support DualStack", type: d }], type: f }, { endpoint: { url: "https://proton.{Region}.{PartitionResult#dnsSuffix}", properties: m, headers: m }, type: e }], type: f }], type: f }, { error: "Invalid Configuration: Missing Region", type: d }] };
const ruleSet = _data;

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/endpoint/endpointResolver.js



const cache = new _smithy_util_endpoints_dist_cjs/* EndpointCache */.kS({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,_smithy_util_endpoints_dist_cjs/* resolveEndpoint */.sO)(ruleSet, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
_smithy_util_endpoints_dist_cjs/* customEndpointFunctions */.mw.aws = util_endpoints_dist_cjs/* awsEndpointFunctions */.UF;

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(68718);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2020-07-20",
        base64Decoder: config?.base64Decoder ?? util_base64_dist_cjs/* fromBase64 */.Ey,
        base64Encoder: config?.base64Encoder ?? util_base64_dist_cjs/* toBase64 */.nk,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultProtonHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new smithy_client_dist_cjs/* NoOpLogger */.N4(),
        protocol: config?.protocol ?? protocols.AwsJson1_0Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.proton",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            version: "2020-07-20",
            serviceTarget: "AwsProton20200720",
        },
        serviceId: config?.serviceId ?? "Proton",
        urlParser: config?.urlParser ?? url_parser_dist_cjs/* parseUrl */.D,
        utf8Decoder: config?.utf8Decoder ?? util_utf8_dist_cjs/* fromUtf8 */.ar,
        utf8Encoder: config?.utf8Encoder ?? util_utf8_dist_cjs/* toUtf8 */.Pq,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/runtimeConfig.js















const runtimeConfig_getRuntimeConfig = (config) => {
    (0,smithy_client_dist_cjs/* emitWarningIfUnsupportedVersion */.I9)(process.version);
    const defaultsMode = (0,util_defaults_mode_node_dist_cjs/* resolveDefaultsModeConfig */.I)(config);
    const defaultConfigProvider = () => defaultsMode().then(smithy_client_dist_cjs/* loadConfigsForDefaultMode */.lT);
    const clientSharedValues = getRuntimeConfig(config);
    (0,client.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,node_config_provider_dist_cjs/* loadConfig */.Z)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? util_body_length_node_dist_cjs/* calculateBodyLength */.n,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_dist_cjs/* defaultProvider */.v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,util_user_agent_node_dist_cjs/* createDefaultUserAgentProvider */.pf)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,node_config_provider_dist_cjs/* loadConfig */.Z)(middleware_retry_dist_cjs/* NODE_MAX_ATTEMPT_CONFIG_OPTIONS */.qs, config),
        region: config?.region ?? (0,node_config_provider_dist_cjs/* loadConfig */.Z)(config_resolver_dist_cjs/* NODE_REGION_CONFIG_OPTIONS */.GG, { ...config_resolver_dist_cjs/* NODE_REGION_CONFIG_FILE_OPTIONS */.zH, ...loaderConfig }),
        requestHandler: node_http_handler_dist_cjs.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,node_config_provider_dist_cjs/* loadConfig */.Z)({
                ...middleware_retry_dist_cjs/* NODE_RETRY_MODE_CONFIG_OPTIONS */.kN,
                default: async () => (await defaultConfigProvider()).retryMode || util_retry_dist_cjs/* DEFAULT_RETRY_MODE */.L0,
            }, config),
        sha256: config?.sha256 ?? hash_node_dist_cjs/* Hash */.V.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? node_http_handler_dist_cjs.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,node_config_provider_dist_cjs/* loadConfig */.Z)(config_resolver_dist_cjs/* NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS */.e$, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,node_config_provider_dist_cjs/* loadConfig */.Z)(config_resolver_dist_cjs/* NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS */.Ko, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,node_config_provider_dist_cjs/* loadConfig */.Z)(util_user_agent_node_dist_cjs/* NODE_APP_ID_CONFIG_OPTIONS */.hV, loaderConfig),
    };
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/region-config-resolver/dist-cjs/index.js
var region_config_resolver_dist_cjs = __webpack_require__(36463);
// EXTERNAL MODULE: ./node_modules/@smithy/protocol-http/dist-cjs/index.js
var protocol_http_dist_cjs = __webpack_require__(572356);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,region_config_resolver_dist_cjs/* getAwsRegionExtensionConfiguration */.Rq)(runtimeConfig), (0,smithy_client_dist_cjs/* getDefaultExtensionConfiguration */.xA)(runtimeConfig), (0,protocol_http_dist_cjs/* getHttpHandlerExtensionConfiguration */.eS)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,region_config_resolver_dist_cjs/* resolveAwsRegionExtensionConfiguration */.$3)(extensionConfiguration), (0,smithy_client_dist_cjs/* resolveDefaultRuntimeConfig */.uv)(extensionConfiguration), (0,protocol_http_dist_cjs/* resolveHttpHandlerRuntimeConfig */.jt)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/ProtonClient.js
















class ProtonClient extends smithy_client_dist_cjs/* Client */.Kj {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,middleware_user_agent_dist_cjs/* resolveUserAgentConfig */.Dc)(_config_1);
        const _config_3 = (0,middleware_retry_dist_cjs/* resolveRetryConfig */.$z)(_config_2);
        const _config_4 = (0,config_resolver_dist_cjs/* resolveRegionConfig */.TD)(_config_3);
        const _config_5 = (0,dist_cjs/* resolveHostHeaderConfig */.OV)(_config_4);
        const _config_6 = (0,middleware_endpoint_dist_cjs/* resolveEndpointConfig */.Co)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0,middleware_user_agent_dist_cjs/* getUserAgentPlugin */.sM)(this.config));
        this.middlewareStack.use((0,middleware_retry_dist_cjs/* getRetryPlugin */.ey)(this.config));
        this.middlewareStack.use((0,middleware_content_length_dist_cjs/* getContentLengthPlugin */.vK)(this.config));
        this.middlewareStack.use((0,dist_cjs/* getHostHeaderPlugin */.TC)(this.config));
        this.middlewareStack.use((0,middleware_logger_dist_cjs/* getLoggerPlugin */.Y7)(this.config));
        this.middlewareStack.use((0,middleware_recursion_detection_dist_cjs/* getRecursionDetectionPlugin */.n4)(this.config));
        this.middlewareStack.use((0,core_dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
            httpAuthSchemeParametersProvider: defaultProtonHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new core_dist_cjs.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,core_dist_cjs.getHttpSigningPlugin)(this.config));
    }
    destroy() {
        super.destroy();
    }
}


/***/ }),

/***/ 674618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commonParams),
/* harmony export */   v: () => (/* binding */ resolveClientEndpointParameters)
/* harmony export */ });
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "proton",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};


/***/ }),

/***/ 68718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $dr: () => (/* binding */ CancelEnvironmentDeployment$),
  t4J: () => (/* binding */ CancelServicePipelineDeployment$),
  G2h: () => (/* binding */ GetEnvironment$),
  _F$: () => (/* binding */ GetService$),
  q1U: () => (/* binding */ errorTypeRegistries)
});

// UNUSED EXPORTS: AcceptEnvironmentAccountConnection$, AcceptEnvironmentAccountConnectionInput$, AcceptEnvironmentAccountConnectionOutput$, AccessDeniedException$, AccountSettings$, CancelComponentDeployment$, CancelComponentDeploymentInput$, CancelComponentDeploymentOutput$, CancelEnvironmentDeploymentInput$, CancelEnvironmentDeploymentOutput$, CancelServiceInstanceDeployment$, CancelServiceInstanceDeploymentInput$, CancelServiceInstanceDeploymentOutput$, CancelServicePipelineDeploymentInput$, CancelServicePipelineDeploymentOutput$, CompatibleEnvironmentTemplate$, CompatibleEnvironmentTemplateInput$, Component$, ComponentState$, ComponentSummary$, ConflictException$, CountsSummary$, CreateComponent$, CreateComponentInput$, CreateComponentOutput$, CreateEnvironment$, CreateEnvironmentAccountConnection$, CreateEnvironmentAccountConnectionInput$, CreateEnvironmentAccountConnectionOutput$, CreateEnvironmentInput$, CreateEnvironmentOutput$, CreateEnvironmentTemplate$, CreateEnvironmentTemplateInput$, CreateEnvironmentTemplateOutput$, CreateEnvironmentTemplateVersion$, CreateEnvironmentTemplateVersionInput$, CreateEnvironmentTemplateVersionOutput$, CreateRepository$, CreateRepositoryInput$, CreateRepositoryOutput$, CreateService$, CreateServiceInput$, CreateServiceInstance$, CreateServiceInstanceInput$, CreateServiceInstanceOutput$, CreateServiceOutput$, CreateServiceSyncConfig$, CreateServiceSyncConfigInput$, CreateServiceSyncConfigOutput$, CreateServiceTemplate$, CreateServiceTemplateInput$, CreateServiceTemplateOutput$, CreateServiceTemplateVersion$, CreateServiceTemplateVersionInput$, CreateServiceTemplateVersionOutput$, CreateTemplateSyncConfig$, CreateTemplateSyncConfigInput$, CreateTemplateSyncConfigOutput$, DeleteComponent$, DeleteComponentInput$, DeleteComponentOutput$, DeleteDeployment$, DeleteDeploymentInput$, DeleteDeploymentOutput$, DeleteEnvironment$, DeleteEnvironmentAccountConnection$, DeleteEnvironmentAccountConnectionInput$, DeleteEnvironmentAccountConnectionOutput$, DeleteEnvironmentInput$, DeleteEnvironmentOutput$, DeleteEnvironmentTemplate$, DeleteEnvironmentTemplateInput$, DeleteEnvironmentTemplateOutput$, DeleteEnvironmentTemplateVersion$, DeleteEnvironmentTemplateVersionInput$, DeleteEnvironmentTemplateVersionOutput$, DeleteRepository$, DeleteRepositoryInput$, DeleteRepositoryOutput$, DeleteService$, DeleteServiceInput$, DeleteServiceOutput$, DeleteServiceSyncConfig$, DeleteServiceSyncConfigInput$, DeleteServiceSyncConfigOutput$, DeleteServiceTemplate$, DeleteServiceTemplateInput$, DeleteServiceTemplateOutput$, DeleteServiceTemplateVersion$, DeleteServiceTemplateVersionInput$, DeleteServiceTemplateVersionOutput$, DeleteTemplateSyncConfig$, DeleteTemplateSyncConfigInput$, DeleteTemplateSyncConfigOutput$, Deployment$, DeploymentState$, DeploymentSummary$, Environment$, EnvironmentAccountConnection$, EnvironmentAccountConnectionSummary$, EnvironmentState$, EnvironmentSummary$, EnvironmentTemplate$, EnvironmentTemplateFilter$, EnvironmentTemplateSummary$, EnvironmentTemplateVersion$, EnvironmentTemplateVersionSummary$, GetAccountSettings$, GetAccountSettingsInput$, GetAccountSettingsOutput$, GetComponent$, GetComponentInput$, GetComponentOutput$, GetDeployment$, GetDeploymentInput$, GetDeploymentOutput$, GetEnvironmentAccountConnection$, GetEnvironmentAccountConnectionInput$, GetEnvironmentAccountConnectionOutput$, GetEnvironmentInput$, GetEnvironmentOutput$, GetEnvironmentTemplate$, GetEnvironmentTemplateInput$, GetEnvironmentTemplateOutput$, GetEnvironmentTemplateVersion$, GetEnvironmentTemplateVersionInput$, GetEnvironmentTemplateVersionOutput$, GetRepository$, GetRepositoryInput$, GetRepositoryOutput$, GetRepositorySyncStatus$, GetRepositorySyncStatusInput$, GetRepositorySyncStatusOutput$, GetResourcesSummary$, GetResourcesSummaryInput$, GetResourcesSummaryOutput$, GetServiceInput$, GetServiceInstance$, GetServiceInstanceInput$, GetServiceInstanceOutput$, GetServiceInstanceSyncStatus$, GetServiceInstanceSyncStatusInput$, GetServiceInstanceSyncStatusOutput$, GetServiceOutput$, GetServiceSyncBlockerSummary$, GetServiceSyncBlockerSummaryInput$, GetServiceSyncBlockerSummaryOutput$, GetServiceSyncConfig$, GetServiceSyncConfigInput$, GetServiceSyncConfigOutput$, GetServiceTemplate$, GetServiceTemplateInput$, GetServiceTemplateOutput$, GetServiceTemplateVersion$, GetServiceTemplateVersionInput$, GetServiceTemplateVersionOutput$, GetTemplateSyncConfig$, GetTemplateSyncConfigInput$, GetTemplateSyncConfigOutput$, GetTemplateSyncStatus$, GetTemplateSyncStatusInput$, GetTemplateSyncStatusOutput$, InternalServerException$, ListComponentOutputs$, ListComponentOutputsInput$, ListComponentOutputsOutput$, ListComponentProvisionedResources$, ListComponentProvisionedResourcesInput$, ListComponentProvisionedResourcesOutput$, ListComponents$, ListComponentsInput$, ListComponentsOutput$, ListDeployments$, ListDeploymentsInput$, ListDeploymentsOutput$, ListEnvironmentAccountConnections$, ListEnvironmentAccountConnectionsInput$, ListEnvironmentAccountConnectionsOutput$, ListEnvironmentOutputs$, ListEnvironmentOutputsInput$, ListEnvironmentOutputsOutput$, ListEnvironmentProvisionedResources$, ListEnvironmentProvisionedResourcesInput$, ListEnvironmentProvisionedResourcesOutput$, ListEnvironmentTemplateVersions$, ListEnvironmentTemplateVersionsInput$, ListEnvironmentTemplateVersionsOutput$, ListEnvironmentTemplates$, ListEnvironmentTemplatesInput$, ListEnvironmentTemplatesOutput$, ListEnvironments$, ListEnvironmentsInput$, ListEnvironmentsOutput$, ListRepositories$, ListRepositoriesInput$, ListRepositoriesOutput$, ListRepositorySyncDefinitions$, ListRepositorySyncDefinitionsInput$, ListRepositorySyncDefinitionsOutput$, ListServiceInstanceOutputs$, ListServiceInstanceOutputsInput$, ListServiceInstanceOutputsOutput$, ListServiceInstanceProvisionedResources$, ListServiceInstanceProvisionedResourcesInput$, ListServiceInstanceProvisionedResourcesOutput$, ListServiceInstances$, ListServiceInstancesFilter$, ListServiceInstancesInput$, ListServiceInstancesOutput$, ListServicePipelineOutputs$, ListServicePipelineOutputsInput$, ListServicePipelineOutputsOutput$, ListServicePipelineProvisionedResources$, ListServicePipelineProvisionedResourcesInput$, ListServicePipelineProvisionedResourcesOutput$, ListServiceTemplateVersions$, ListServiceTemplateVersionsInput$, ListServiceTemplateVersionsOutput$, ListServiceTemplates$, ListServiceTemplatesInput$, ListServiceTemplatesOutput$, ListServices$, ListServicesInput$, ListServicesOutput$, ListTagsForResource$, ListTagsForResourceInput$, ListTagsForResourceOutput$, NotifyResourceDeploymentStatusChange$, NotifyResourceDeploymentStatusChangeInput$, NotifyResourceDeploymentStatusChangeOutput$, Output$, ProtonServiceException$, ProvisionedResource$, RejectEnvironmentAccountConnection$, RejectEnvironmentAccountConnectionInput$, RejectEnvironmentAccountConnectionOutput$, Repository$, RepositoryBranch$, RepositoryBranchInput$, RepositorySummary$, RepositorySyncAttempt$, RepositorySyncDefinition$, RepositorySyncEvent$, ResourceCountsSummary$, ResourceNotFoundException$, ResourceSyncAttempt$, ResourceSyncEvent$, Revision$, S3ObjectSource$, Service$, ServiceInstance$, ServiceInstanceState$, ServiceInstanceSummary$, ServicePipeline$, ServicePipelineState$, ServiceQuotaExceededException$, ServiceSummary$, ServiceSyncBlockerSummary$, ServiceSyncConfig$, ServiceTemplate$, ServiceTemplateSummary$, ServiceTemplateVersion$, ServiceTemplateVersionSummary$, SyncBlocker$, SyncBlockerContext$, Tag$, TagResource$, TagResourceInput$, TagResourceOutput$, TemplateSyncConfig$, TemplateVersionSourceInput$, ThrottlingException$, UntagResource$, UntagResourceInput$, UntagResourceOutput$, UpdateAccountSettings$, UpdateAccountSettingsInput$, UpdateAccountSettingsOutput$, UpdateComponent$, UpdateComponentInput$, UpdateComponentOutput$, UpdateEnvironment$, UpdateEnvironmentAccountConnection$, UpdateEnvironmentAccountConnectionInput$, UpdateEnvironmentAccountConnectionOutput$, UpdateEnvironmentInput$, UpdateEnvironmentOutput$, UpdateEnvironmentTemplate$, UpdateEnvironmentTemplateInput$, UpdateEnvironmentTemplateOutput$, UpdateEnvironmentTemplateVersion$, UpdateEnvironmentTemplateVersionInput$, UpdateEnvironmentTemplateVersionOutput$, UpdateService$, UpdateServiceInput$, UpdateServiceInstance$, UpdateServiceInstanceInput$, UpdateServiceInstanceOutput$, UpdateServiceOutput$, UpdateServicePipeline$, UpdateServicePipelineInput$, UpdateServicePipelineOutput$, UpdateServiceSyncBlocker$, UpdateServiceSyncBlockerInput$, UpdateServiceSyncBlockerOutput$, UpdateServiceSyncConfig$, UpdateServiceSyncConfigInput$, UpdateServiceSyncConfigOutput$, UpdateServiceTemplate$, UpdateServiceTemplateInput$, UpdateServiceTemplateOutput$, UpdateServiceTemplateVersion$, UpdateServiceTemplateVersionInput$, UpdateServiceTemplateVersionOutput$, UpdateTemplateSyncConfig$, UpdateTemplateSyncConfigInput$, UpdateTemplateSyncConfigOutput$, ValidationException$

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(126890);
// EXTERNAL MODULE: ./node_modules/@smithy/smithy-client/dist-cjs/index.js
var dist_cjs = __webpack_require__(161411);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/models/ProtonServiceException.js


class ProtonServiceException extends dist_cjs/* ServiceException */.TJ {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ProtonServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/models/errors.js

class AccessDeniedException extends ProtonServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class ConflictException extends ProtonServiceException {
    name = "ConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
    }
}
class InternalServerException extends ProtonServiceException {
    name = "InternalServerException";
    $fault = "server";
    $retryable = {};
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
    }
}
class ResourceNotFoundException extends ProtonServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    }
}
class ThrottlingException extends ProtonServiceException {
    name = "ThrottlingException";
    $fault = "client";
    $retryable = {
        throttling: true,
    };
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
    }
}
class ValidationException extends ProtonServiceException {
    name = "ValidationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
    }
}
class ServiceQuotaExceededException extends ProtonServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-proton/dist-es/schemas/schemas_0.js
const _ADE = "AccessDeniedException";
const _AEAC = "AcceptEnvironmentAccountConnection";
const _AEACI = "AcceptEnvironmentAccountConnectionInput";
const _AEACO = "AcceptEnvironmentAccountConnectionOutput";
const _AS = "AccountSettings";
const _C = "Component";
const _CC = "CreateComponent";
const _CCD = "CancelComponentDeployment";
const _CCDI = "CancelComponentDeploymentInput";
const _CCDO = "CancelComponentDeploymentOutput";
const _CCI = "CreateComponentInput";
const _CCO = "CreateComponentOutput";
const _CE = "ConflictException";
const _CEAC = "CreateEnvironmentAccountConnection";
const _CEACI = "CreateEnvironmentAccountConnectionInput";
const _CEACO = "CreateEnvironmentAccountConnectionOutput";
const _CED = "CancelEnvironmentDeployment";
const _CEDI = "CancelEnvironmentDeploymentInput";
const _CEDO = "CancelEnvironmentDeploymentOutput";
const _CEI = "CreateEnvironmentInput";
const _CEO = "CreateEnvironmentOutput";
const _CET = "CompatibleEnvironmentTemplate";
const _CETI = "CompatibleEnvironmentTemplateInput";
const _CETIL = "CompatibleEnvironmentTemplateInputList";
const _CETIr = "CreateEnvironmentTemplateInput";
const _CETL = "CompatibleEnvironmentTemplateList";
const _CETO = "CreateEnvironmentTemplateOutput";
const _CETV = "CreateEnvironmentTemplateVersion";
const _CETVI = "CreateEnvironmentTemplateVersionInput";
const _CETVO = "CreateEnvironmentTemplateVersionOutput";
const _CETr = "CreateEnvironmentTemplate";
const _CEr = "CreateEnvironment";
const _CR = "CreateRepository";
const _CRI = "CreateRepositoryInput";
const _CRO = "CreateRepositoryOutput";
const _CS = "ComponentState";
const _CSI = "CreateServiceInput";
const _CSID = "CancelServiceInstanceDeployment";
const _CSIDI = "CancelServiceInstanceDeploymentInput";
const _CSIDO = "CancelServiceInstanceDeploymentOutput";
const _CSII = "CreateServiceInstanceInput";
const _CSIO = "CreateServiceInstanceOutput";
const _CSIr = "CreateServiceInstance";
const _CSL = "ComponentSummaryList";
const _CSO = "CreateServiceOutput";
const _CSPD = "CancelServicePipelineDeployment";
const _CSPDI = "CancelServicePipelineDeploymentInput";
const _CSPDO = "CancelServicePipelineDeploymentOutput";
const _CSSC = "CreateServiceSyncConfig";
const _CSSCI = "CreateServiceSyncConfigInput";
const _CSSCO = "CreateServiceSyncConfigOutput";
const _CST = "CreateServiceTemplate";
const _CSTI = "CreateServiceTemplateInput";
const _CSTO = "CreateServiceTemplateOutput";
const _CSTV = "CreateServiceTemplateVersion";
const _CSTVI = "CreateServiceTemplateVersionInput";
const _CSTVO = "CreateServiceTemplateVersionOutput";
const _CSo = "ComponentSummary";
const _CSou = "CountsSummary";
const _CSr = "CreateService";
const _CTSC = "CreateTemplateSyncConfig";
const _CTSCI = "CreateTemplateSyncConfigInput";
const _CTSCO = "CreateTemplateSyncConfigOutput";
const _D = "Description";
const _DC = "DeleteComponent";
const _DCI = "DeleteComponentInput";
const _DCO = "DeleteComponentOutput";
const _DD = "DeleteDeployment";
const _DDI = "DeleteDeploymentInput";
const _DDO = "DeleteDeploymentOutput";
const _DE = "DeleteEnvironment";
const _DEAC = "DeleteEnvironmentAccountConnection";
const _DEACI = "DeleteEnvironmentAccountConnectionInput";
const _DEACO = "DeleteEnvironmentAccountConnectionOutput";
const _DEI = "DeleteEnvironmentInput";
const _DEO = "DeleteEnvironmentOutput";
const _DET = "DeleteEnvironmentTemplate";
const _DETI = "DeleteEnvironmentTemplateInput";
const _DETO = "DeleteEnvironmentTemplateOutput";
const _DETV = "DeleteEnvironmentTemplateVersion";
const _DETVI = "DeleteEnvironmentTemplateVersionInput";
const _DETVO = "DeleteEnvironmentTemplateVersionOutput";
const _DN = "DisplayName";
const _DR = "DeleteRepository";
const _DRI = "DeleteRepositoryInput";
const _DRO = "DeleteRepositoryOutput";
const _DS = "DeploymentSummary";
const _DSI = "DeleteServiceInput";
const _DSL = "DeploymentSummaryList";
const _DSO = "DeleteServiceOutput";
const _DSSC = "DeleteServiceSyncConfig";
const _DSSCI = "DeleteServiceSyncConfigInput";
const _DSSCO = "DeleteServiceSyncConfigOutput";
const _DST = "DeleteServiceTemplate";
const _DSTI = "DeleteServiceTemplateInput";
const _DSTO = "DeleteServiceTemplateOutput";
const _DSTV = "DeleteServiceTemplateVersion";
const _DSTVI = "DeleteServiceTemplateVersionInput";
const _DSTVO = "DeleteServiceTemplateVersionOutput";
const _DSe = "DeploymentState";
const _DSel = "DeleteService";
const _DTSC = "DeleteTemplateSyncConfig";
const _DTSCI = "DeleteTemplateSyncConfigInput";
const _DTSCO = "DeleteTemplateSyncConfigOutput";
const _De = "Deployment";
const _E = "Environment";
const _EAC = "EnvironmentAccountConnection";
const _EACS = "EnvironmentAccountConnectionSummary";
const _EACSL = "EnvironmentAccountConnectionSummaryList";
const _EM = "ErrorMessage";
const _ES = "EnvironmentState";
const _ESL = "EnvironmentSummaryList";
const _ESn = "EnvironmentSummary";
const _ET = "EnvironmentTemplate";
const _ETF = "EnvironmentTemplateFilter";
const _ETFL = "EnvironmentTemplateFilterList";
const _ETS = "EnvironmentTemplateSummary";
const _ETSL = "EnvironmentTemplateSummaryList";
const _ETV = "EnvironmentTemplateVersion";
const _ETVS = "EnvironmentTemplateVersionSummary";
const _ETVSL = "EnvironmentTemplateVersionSummaryList";
const _GAS = "GetAccountSettings";
const _GASI = "GetAccountSettingsInput";
const _GASO = "GetAccountSettingsOutput";
const _GC = "GetComponent";
const _GCI = "GetComponentInput";
const _GCO = "GetComponentOutput";
const _GD = "GetDeployment";
const _GDI = "GetDeploymentInput";
const _GDO = "GetDeploymentOutput";
const _GE = "GetEnvironment";
const _GEAC = "GetEnvironmentAccountConnection";
const _GEACI = "GetEnvironmentAccountConnectionInput";
const _GEACO = "GetEnvironmentAccountConnectionOutput";
const _GEI = "GetEnvironmentInput";
const _GEO = "GetEnvironmentOutput";
const _GET = "GetEnvironmentTemplate";
const _GETI = "GetEnvironmentTemplateInput";
const _GETO = "GetEnvironmentTemplateOutput";
const _GETV = "GetEnvironmentTemplateVersion";
const _GETVI = "GetEnvironmentTemplateVersionInput";
const _GETVO = "GetEnvironmentTemplateVersionOutput";
const _GR = "GetRepository";
const _GRI = "GetRepositoryInput";
const _GRO = "GetRepositoryOutput";
const _GRS = "GetResourcesSummary";
const _GRSI = "GetResourcesSummaryInput";
const _GRSO = "GetResourcesSummaryOutput";
const _GRSS = "GetRepositorySyncStatus";
const _GRSSI = "GetRepositorySyncStatusInput";
const _GRSSO = "GetRepositorySyncStatusOutput";
const _GS = "GetService";
const _GSI = "GetServiceInput";
const _GSII = "GetServiceInstanceInput";
const _GSIO = "GetServiceInstanceOutput";
const _GSISS = "GetServiceInstanceSyncStatus";
const _GSISSI = "GetServiceInstanceSyncStatusInput";
const _GSISSO = "GetServiceInstanceSyncStatusOutput";
const _GSIe = "GetServiceInstance";
const _GSO = "GetServiceOutput";
const _GSSBS = "GetServiceSyncBlockerSummary";
const _GSSBSI = "GetServiceSyncBlockerSummaryInput";
const _GSSBSO = "GetServiceSyncBlockerSummaryOutput";
const _GSSC = "GetServiceSyncConfig";
const _GSSCI = "GetServiceSyncConfigInput";
const _GSSCO = "GetServiceSyncConfigOutput";
const _GST = "GetServiceTemplate";
const _GSTI = "GetServiceTemplateInput";
const _GSTO = "GetServiceTemplateOutput";
const _GSTV = "GetServiceTemplateVersion";
const _GSTVI = "GetServiceTemplateVersionInput";
const _GSTVO = "GetServiceTemplateVersionOutput";
const _GTSC = "GetTemplateSyncConfig";
const _GTSCI = "GetTemplateSyncConfigInput";
const _GTSCO = "GetTemplateSyncConfigOutput";
const _GTSS = "GetTemplateSyncStatus";
const _GTSSI = "GetTemplateSyncStatusInput";
const _GTSSO = "GetTemplateSyncStatusOutput";
const _ISE = "InternalServerException";
const _LC = "ListComponents";
const _LCI = "ListComponentsInput";
const _LCO = "ListComponentsOutput";
const _LCOI = "ListComponentOutputsInput";
const _LCOO = "ListComponentOutputsOutput";
const _LCOi = "ListComponentOutputs";
const _LCPR = "ListComponentProvisionedResources";
const _LCPRI = "ListComponentProvisionedResourcesInput";
const _LCPRO = "ListComponentProvisionedResourcesOutput";
const _LD = "ListDeployments";
const _LDI = "ListDeploymentsInput";
const _LDO = "ListDeploymentsOutput";
const _LE = "ListEnvironments";
const _LEAC = "ListEnvironmentAccountConnections";
const _LEACI = "ListEnvironmentAccountConnectionsInput";
const _LEACO = "ListEnvironmentAccountConnectionsOutput";
const _LEI = "ListEnvironmentsInput";
const _LEO = "ListEnvironmentsOutput";
const _LEOI = "ListEnvironmentOutputsInput";
const _LEOO = "ListEnvironmentOutputsOutput";
const _LEOi = "ListEnvironmentOutputs";
const _LEPR = "ListEnvironmentProvisionedResources";
const _LEPRI = "ListEnvironmentProvisionedResourcesInput";
const _LEPRO = "ListEnvironmentProvisionedResourcesOutput";
const _LET = "ListEnvironmentTemplates";
const _LETI = "ListEnvironmentTemplatesInput";
const _LETO = "ListEnvironmentTemplatesOutput";
const _LETV = "ListEnvironmentTemplateVersions";
const _LETVI = "ListEnvironmentTemplateVersionsInput";
const _LETVO = "ListEnvironmentTemplateVersionsOutput";
const _LR = "ListRepositories";
const _LRI = "ListRepositoriesInput";
const _LRO = "ListRepositoriesOutput";
const _LRSD = "ListRepositorySyncDefinitions";
const _LRSDI = "ListRepositorySyncDefinitionsInput";
const _LRSDO = "ListRepositorySyncDefinitionsOutput";
const _LS = "ListServices";
const _LSB = "LatestSyncBlockers";
const _LSI = "ListServicesInput";
const _LSIF = "ListServiceInstancesFilter";
const _LSIFL = "ListServiceInstancesFilterList";
const _LSII = "ListServiceInstancesInput";
const _LSIO = "ListServiceInstancesOutput";
const _LSIOI = "ListServiceInstanceOutputsInput";
const _LSIOO = "ListServiceInstanceOutputsOutput";
const _LSIOi = "ListServiceInstanceOutputs";
const _LSIPR = "ListServiceInstanceProvisionedResources";
const _LSIPRI = "ListServiceInstanceProvisionedResourcesInput";
const _LSIPRO = "ListServiceInstanceProvisionedResourcesOutput";
const _LSIi = "ListServiceInstances";
const _LSO = "ListServicesOutput";
const _LSPO = "ListServicePipelineOutputs";
const _LSPOI = "ListServicePipelineOutputsInput";
const _LSPOO = "ListServicePipelineOutputsOutput";
const _LSPPR = "ListServicePipelineProvisionedResources";
const _LSPPRI = "ListServicePipelineProvisionedResourcesInput";
const _LSPPRO = "ListServicePipelineProvisionedResourcesOutput";
const _LST = "ListServiceTemplates";
const _LSTI = "ListServiceTemplatesInput";
const _LSTO = "ListServiceTemplatesOutput";
const _LSTV = "ListServiceTemplateVersions";
const _LSTVI = "ListServiceTemplateVersionsInput";
const _LSTVO = "ListServiceTemplateVersionsOutput";
const _LTFR = "ListTagsForResource";
const _LTFRI = "ListTagsForResourceInput";
const _LTFRO = "ListTagsForResourceOutput";
const _NRDSC = "NotifyResourceDeploymentStatusChange";
const _NRDSCI = "NotifyResourceDeploymentStatusChangeInput";
const _NRDSCO = "NotifyResourceDeploymentStatusChangeOutput";
const _O = "Output";
const _OL = "OutputsList";
const _PR = "ProvisionedResource";
const _PRL = "ProvisionedResourceList";
const _R = "Repository";
const _RB = "RepositoryBranch";
const _RBI = "RepositoryBranchInput";
const _RCS = "ResourceCountsSummary";
const _REAC = "RejectEnvironmentAccountConnection";
const _REACI = "RejectEnvironmentAccountConnectionInput";
const _REACO = "RejectEnvironmentAccountConnectionOutput";
const _RNFE = "ResourceNotFoundException";
const _RS = "RepositorySummary";
const _RSA = "RepositorySyncAttempt";
const _RSAe = "ResourceSyncAttempt";
const _RSD = "RepositorySyncDefinition";
const _RSDL = "RepositorySyncDefinitionList";
const _RSE = "RepositorySyncEvent";
const _RSEe = "ResourceSyncEvent";
const _RSEep = "RepositorySyncEvents";
const _RSEes = "ResourceSyncEvents";
const _RSL = "RepositorySummaryList";
const _Re = "Revision";
const _S = "Service";
const _SB = "SyncBlocker";
const _SBC = "SyncBlockerContext";
const _SBCy = "SyncBlockerContexts";
const _SC = "SpecContents";
const _SI = "ServiceInstance";
const _SIS = "ServiceInstanceState";
const _SISL = "ServiceInstanceSummaryList";
const _SISe = "ServiceInstanceSummary";
const _SM = "StatusMessage";
const _SOS = "S3ObjectSource";
const _SP = "ServicePipeline";
const _SPS = "ServicePipelineState";
const _SQEE = "ServiceQuotaExceededException";
const _SS = "ServiceSummary";
const _SSBS = "ServiceSyncBlockerSummary";
const _SSC = "ServiceSyncConfig";
const _SSL = "ServiceSummaryList";
const _ST = "ServiceTemplate";
const _STS = "ServiceTemplateSummary";
const _STSL = "ServiceTemplateSummaryList";
const _STV = "ServiceTemplateVersion";
const _STVS = "ServiceTemplateVersionSummary";
const _STVSL = "ServiceTemplateVersionSummaryList";
const _T = "Tag";
const _TE = "ThrottlingException";
const _TFC = "TemplateFileContents";
const _TL = "TagList";
const _TMC = "TemplateManifestContents";
const _TR = "TagResource";
const _TRI = "TagResourceInput";
const _TRO = "TagResourceOutput";
const _TS = "TemplateSchema";
const _TSC = "TemplateSyncConfig";
const _TVSI = "TemplateVersionSourceInput";
const _UAS = "UpdateAccountSettings";
const _UASI = "UpdateAccountSettingsInput";
const _UASO = "UpdateAccountSettingsOutput";
const _UC = "UpdateComponent";
const _UCI = "UpdateComponentInput";
const _UCO = "UpdateComponentOutput";
const _UE = "UpdateEnvironment";
const _UEAC = "UpdateEnvironmentAccountConnection";
const _UEACI = "UpdateEnvironmentAccountConnectionInput";
const _UEACO = "UpdateEnvironmentAccountConnectionOutput";
const _UEI = "UpdateEnvironmentInput";
const _UEO = "UpdateEnvironmentOutput";
const _UET = "UpdateEnvironmentTemplate";
const _UETI = "UpdateEnvironmentTemplateInput";
const _UETO = "UpdateEnvironmentTemplateOutput";
const _UETV = "UpdateEnvironmentTemplateVersion";
const _UETVI = "UpdateEnvironmentTemplateVersionInput";
const _UETVO = "UpdateEnvironmentTemplateVersionOutput";
const _UR = "UntagResource";
const _URI = "UntagResourceInput";
const _URO = "UntagResourceOutput";
const _US = "UpdateService";
const _USI = "UpdateServiceInput";
const _USII = "UpdateServiceInstanceInput";
const _USIO = "UpdateServiceInstanceOutput";
const _USIp = "UpdateServiceInstance";
const _USO = "UpdateServiceOutput";
const _USP = "UpdateServicePipeline";
const _USPI = "UpdateServicePipelineInput";
const _USPO = "UpdateServicePipelineOutput";
const _USSB = "UpdateServiceSyncBlocker";
const _USSBI = "UpdateServiceSyncBlockerInput";
const _USSBO = "UpdateServiceSyncBlockerOutput";
const _USSC = "UpdateServiceSyncConfig";
const _USSCI = "UpdateServiceSyncConfigInput";
const _USSCO = "UpdateServiceSyncConfigOutput";
const _UST = "UpdateServiceTemplate";
const _USTI = "UpdateServiceTemplateInput";
const _USTO = "UpdateServiceTemplateOutput";
const _USTV = "UpdateServiceTemplateVersion";
const _USTVI = "UpdateServiceTemplateVersionInput";
const _USTVO = "UpdateServiceTemplateVersionOutput";
const _UTSC = "UpdateTemplateSyncConfig";
const _UTSCI = "UpdateTemplateSyncConfigInput";
const _UTSCO = "UpdateTemplateSyncConfigOutput";
const _VE = "ValidationException";
const _a = "application/yaml";
const _aS = "accountSettings";
const _ar = "arn";
const _b = "branch";
const _bM = "behindMajor";
const _bMe = "behindMinor";
const _bN = "branchName";
const _bu = "bucket";
const _c = "client";
const _cA = "createdAt";
const _cAo = "connectionArn";
const _cAom = "completedAt";
const _cET = "compatibleEnvironmentTemplates";
const _cN = "componentName";
const _cR = "createdReason";
const _cRA = "componentRoleArn";
const _cRAo = "codebuildRoleArn";
const _cT = "clientToken";
const _co = "component";
const _com = "components";
const _con = "contexts";
const _cou = "counts";
const _d = "description";
const _dI = "deploymentId";
const _dN = "displayName";
const _dPPR = "deletePipelineProvisioningRepository";
const _dS = "deploymentStatus";
const _dSM = "deploymentStatusMessage";
const _dSe = "desiredState";
const _dT = "deploymentType";
const _de = "deployment";
const _dep = "deployments";
const _di = "directory";
const _e = "error";
const _eAC = "environmentAccountConnection";
const _eACI = "environmentAccountConnectionId";
const _eACn = "environmentAccountConnections";
const _eAI = "environmentAccountId";
const _eI = "externalId";
const _eK = "encryptionKey";
const _eN = "environmentName";
const _eT = "environmentTemplates";
const _eTV = "environmentTemplateVersion";
const _eTn = "environmentTemplate";
const _en = "environment";
const _env = "environments";
const _ev = "events";
const _eve = "event";
const _f = "filters";
const _fP = "filePath";
const _fa = "failed";
const _hE = "httpError";
const _hQ = "httpQuery";
const _i = "id";
const _iR = "initialRevision";
const _iS = "initialState";
const _id = "identifier";
const _k = "key";
const _lADI = "lastAttemptedDeploymentId";
const _lB = "latestBlockers";
const _lCRT = "lastClientRequestToken";
const _lDAA = "lastDeploymentAttemptedAt";
const _lDSA = "lastDeploymentSucceededAt";
const _lMA = "lastModifiedAt";
const _lS = "latestSync";
const _lSCDI = "lastSuccessfulComponentDeploymentIds";
const _lSDI = "lastSucceededDeploymentId";
const _lSEDI = "lastSuccessfulEnvironmentDeploymentId";
const _lSS = "latestSuccessfulSync";
const _lSSPDI = "lastSuccessfulServicePipelineDeploymentId";
const _m = "message";
const _mAI = "managementAccountId";
const _mR = "maxResults";
const _mT = "mediaType";
const _mV = "majorVersion";
const _mVi = "minorVersion";
const _ma = "manifest";
const _n = "name";
const _nT = "nextToken";
const _o = "outputs";
const _p = "pipeline";
const _pCRA = "pipelineCodebuildRoleArn";
const _pE = "provisioningEngine";
const _pP = "pipelineProvisioning";
const _pPR = "pipelineProvisioningRepository";
const _pR = "provisioningRepository";
const _pRr = "provisionedResources";
const _pSRA = "pipelineServiceRoleArn";
const _pSRAr = "protonServiceRoleArn";
const _pa = "parent";
const _pi = "pipelines";
const _pr = "provisioning";
const _pro = "provider";
const _r = "repository";
const _rA = "roleArn";
const _rAe = "requestedAt";
const _rAes = "resourceArn";
const _rAeso = "resolvedAt";
const _rB = "requestedBy";
const _rCA = "repositoryConnectionArn";
const _rI = "repositoryId";
const _rMV = "recommendedMinorVersion";
const _rN = "repositoryName";
const _rP = "repositoryProvider";
const _rR = "resolvedReason";
const _rV = "recommendedVersion";
const _re = "repositories";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.proton";
const _sA = "startedAt";
const _sB = "sortBy";
const _sCS = "supportedComponentSources";
const _sD = "syncDefinitions";
const _sI = "serviceInstance";
const _sIN = "serviceInstanceName";
const _sIe = "serviceInstances";
const _sM = "statusMessage";
const _sN = "serviceName";
const _sO = "sortOrder";
const _sP = "servicePipeline";
const _sS = "serviceSpec";
const _sSB = "serviceSyncBlocker";
const _sSBS = "serviceSyncBlockerSummary";
const _sSC = "serviceSyncConfig";
const _sT = "serviceTemplates";
const _sTV = "serviceTemplateVersion";
const _sTe = "serviceTemplate";
const _sTy = "syncType";
const _s_ = "s3";
const _sc = "schema";
const _se = "server";
const _sen = "sensitive";
const _ser = "services";
const _serv = "service";
const _sh = "sha";
const _so = "source";
const _sp = "spec";
const _st = "status";
const _sta = "statuses";
const _su = "subdirectory";
const _t = "tags";
const _tA = "targetArn";
const _tF = "templateFile";
const _tK = "tagKeys";
const _tMV = "templateMajorVersion";
const _tMVe = "templateMinorVersion";
const _tN = "templateName";
const _tR = "targetRevision";
const _tRCA = "targetResourceCreatedAt";
const _tRT = "targetResourceType";
const _tS = "targetState";
const _tSC = "templateSyncConfig";
const _tT = "templateType";
const _tV = "templateVersion";
const _tVe = "templateVersions";
const _ta = "target";
const _te = "templates";
const _ti = "time";
const _to = "total";
const _ty = "type";
const _uTD = "upToDate";
const _v = "value";
const _vS = "valueString";
const n0 = "com.amazonaws.proton";



const _s_registry = schema.TypeRegistry.for(_s);
var ProtonServiceException$ = [-3, _s, "ProtonServiceException", 0, [], []];
_s_registry.registerError(ProtonServiceException$, ProtonServiceException);
const n0_registry = schema.TypeRegistry.for(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var Description = [0, n0, _D, 8, 0];
var DisplayName = [0, n0, _DN, 8, 0];
var ErrorMessage = [0, n0, _EM, 8, 0];
var SpecContents = [0, n0, _SC, { [_mT]: _a, [_sen]: 1 }, 0];
var StatusMessage = [0, n0, _SM, 8, 0];
var TemplateFileContents = [0, n0, _TFC, { [_mT]: _a, [_sen]: 1 }, 0];
var TemplateManifestContents = [0, n0, _TMC, { [_mT]: _a, [_sen]: 1 }, 0];
var TemplateSchema = [0, n0, _TS, { [_mT]: _a, [_sen]: 1 }, 0];
var AcceptEnvironmentAccountConnectionInput$ = [3, n0, _AEACI,
    0,
    [_i],
    [0], 1
];
var AcceptEnvironmentAccountConnectionOutput$ = [3, n0, _AEACO,
    0,
    [_eAC],
    [() => EnvironmentAccountConnection$], 1
];
var AccountSettings$ = [3, n0, _AS,
    0,
    [_pSRA, _pPR, _pCRA],
    [0, () => RepositoryBranch$, 0]
];
var CancelComponentDeploymentInput$ = [3, n0, _CCDI,
    0,
    [_cN],
    [0], 1
];
var CancelComponentDeploymentOutput$ = [3, n0, _CCDO,
    0,
    [_co],
    [[() => Component$, 0]], 1
];
var CancelEnvironmentDeploymentInput$ = [3, n0, _CEDI,
    0,
    [_eN],
    [0], 1
];
var CancelEnvironmentDeploymentOutput$ = [3, n0, _CEDO,
    0,
    [_en],
    [[() => Environment$, 0]], 1
];
var CancelServiceInstanceDeploymentInput$ = [3, n0, _CSIDI,
    0,
    [_sIN, _sN],
    [0, 0], 2
];
var CancelServiceInstanceDeploymentOutput$ = [3, n0, _CSIDO,
    0,
    [_sI],
    [[() => ServiceInstance$, 0]], 1
];
var CancelServicePipelineDeploymentInput$ = [3, n0, _CSPDI,
    0,
    [_sN],
    [0], 1
];
var CancelServicePipelineDeploymentOutput$ = [3, n0, _CSPDO,
    0,
    [_p],
    [[() => ServicePipeline$, 0]], 1
];
var CompatibleEnvironmentTemplate$ = [3, n0, _CET,
    0,
    [_tN, _mV],
    [0, 0], 2
];
var CompatibleEnvironmentTemplateInput$ = [3, n0, _CETI,
    0,
    [_tN, _mV],
    [0, 0], 2
];
var Component$ = [3, n0, _C,
    0,
    [_n, _ar, _eN, _cA, _lMA, _dS, _d, _sN, _sIN, _lDAA, _lDSA, _dSM, _sS, _lCRT, _lADI, _lSDI],
    [0, 0, 0, 4, 4, 0, [() => Description, 0], 0, 0, 4, 4, [() => StatusMessage, 0], [() => SpecContents, 0], 0, 0, 0], 6
];
var ComponentState$ = [3, n0, _CS,
    0,
    [_sN, _sIN, _sS, _tF],
    [0, 0, [() => SpecContents, 0], [() => TemplateFileContents, 0]]
];
var ComponentSummary$ = [3, n0, _CSo,
    0,
    [_n, _ar, _eN, _cA, _lMA, _dS, _sN, _sIN, _lDAA, _lDSA, _dSM, _lADI, _lSDI],
    [0, 0, 0, 4, 4, 0, 0, 0, 4, 4, [() => StatusMessage, 0], 0, 0], 6
];
var CountsSummary$ = [3, n0, _CSou,
    0,
    [_com, _env, _eT, _sIe, _ser, _sT, _pi],
    [() => ResourceCountsSummary$, () => ResourceCountsSummary$, () => ResourceCountsSummary$, () => ResourceCountsSummary$, () => ResourceCountsSummary$, () => ResourceCountsSummary$, () => ResourceCountsSummary$]
];
var CreateComponentInput$ = [3, n0, _CCI,
    0,
    [_n, _tF, _ma, _d, _sN, _sIN, _eN, _sS, _t, _cT],
    [0, [() => TemplateFileContents, 0], [() => TemplateManifestContents, 0], [() => Description, 0], 0, 0, 0, [() => SpecContents, 0], () => TagList, [0, 4]], 3
];
var CreateComponentOutput$ = [3, n0, _CCO,
    0,
    [_co],
    [[() => Component$, 0]], 1
];
var CreateEnvironmentAccountConnectionInput$ = [3, n0, _CEACI,
    0,
    [_mAI, _eN, _cT, _rA, _t, _cRA, _cRAo],
    [0, 0, [0, 4], 0, () => TagList, 0, 0], 2
];
var CreateEnvironmentAccountConnectionOutput$ = [3, n0, _CEACO,
    0,
    [_eAC],
    [() => EnvironmentAccountConnection$], 1
];
var CreateEnvironmentInput$ = [3, n0, _CEI,
    0,
    [_n, _tN, _tMV, _sp, _tMVe, _d, _pSRAr, _eACI, _t, _pR, _cRA, _cRAo],
    [0, 0, 0, [() => SpecContents, 0], 0, [() => Description, 0], 0, 0, () => TagList, () => RepositoryBranchInput$, 0, 0], 4
];
var CreateEnvironmentOutput$ = [3, n0, _CEO,
    0,
    [_en],
    [[() => Environment$, 0]], 1
];
var CreateEnvironmentTemplateInput$ = [3, n0, _CETIr,
    0,
    [_n, _dN, _d, _eK, _pr, _t],
    [0, [() => DisplayName, 0], [() => Description, 0], 0, 0, () => TagList], 1
];
var CreateEnvironmentTemplateOutput$ = [3, n0, _CETO,
    0,
    [_eTn],
    [[() => EnvironmentTemplate$, 0]], 1
];
var CreateEnvironmentTemplateVersionInput$ = [3, n0, _CETVI,
    0,
    [_tN, _so, _cT, _d, _mV, _t],
    [0, () => TemplateVersionSourceInput$, [0, 4], [() => Description, 0], 0, () => TagList], 2
];
var CreateEnvironmentTemplateVersionOutput$ = [3, n0, _CETVO,
    0,
    [_eTV],
    [[() => EnvironmentTemplateVersion$, 0]], 1
];
var CreateRepositoryInput$ = [3, n0, _CRI,
    0,
    [_pro, _n, _cAo, _eK, _t],
    [0, 0, 0, 0, () => TagList], 3
];
var CreateRepositoryOutput$ = [3, n0, _CRO,
    0,
    [_r],
    [() => Repository$], 1
];
var CreateServiceInput$ = [3, n0, _CSI,
    0,
    [_n, _tN, _tMV, _sp, _d, _tMVe, _rCA, _rI, _bN, _t],
    [0, 0, 0, [() => SpecContents, 0], [() => Description, 0], 0, 0, 0, 0, () => TagList], 4
];
var CreateServiceInstanceInput$ = [3, n0, _CSII,
    0,
    [_n, _sN, _sp, _tMV, _tMVe, _t, _cT],
    [0, 0, [() => SpecContents, 0], 0, 0, () => TagList, [0, 4]], 3
];
var CreateServiceInstanceOutput$ = [3, n0, _CSIO,
    0,
    [_sI],
    [[() => ServiceInstance$, 0]], 1
];
var CreateServiceOutput$ = [3, n0, _CSO,
    0,
    [_serv],
    [[() => Service$, 0]], 1
];
var CreateServiceSyncConfigInput$ = [3, n0, _CSSCI,
    0,
    [_sN, _rP, _rN, _b, _fP],
    [0, 0, 0, 0, 0], 5
];
var CreateServiceSyncConfigOutput$ = [3, n0, _CSSCO,
    0,
    [_sSC],
    [() => ServiceSyncConfig$]
];
var CreateServiceTemplateInput$ = [3, n0, _CSTI,
    0,
    [_n, _dN, _d, _eK, _pP, _t],
    [0, [() => DisplayName, 0], [() => Description, 0], 0, 0, () => TagList], 1
];
var CreateServiceTemplateOutput$ = [3, n0, _CSTO,
    0,
    [_sTe],
    [[() => ServiceTemplate$, 0]], 1
];
var CreateServiceTemplateVersionInput$ = [3, n0, _CSTVI,
    0,
    [_tN, _so, _cET, _cT, _d, _mV, _t, _sCS],
    [0, () => TemplateVersionSourceInput$, () => CompatibleEnvironmentTemplateInputList, [0, 4], [() => Description, 0], 0, () => TagList, 64 | 0], 3
];
var CreateServiceTemplateVersionOutput$ = [3, n0, _CSTVO,
    0,
    [_sTV],
    [[() => ServiceTemplateVersion$, 0]], 1
];
var CreateTemplateSyncConfigInput$ = [3, n0, _CTSCI,
    0,
    [_tN, _tT, _rP, _rN, _b, _su],
    [0, 0, 0, 0, 0, 0], 5
];
var CreateTemplateSyncConfigOutput$ = [3, n0, _CTSCO,
    0,
    [_tSC],
    [() => TemplateSyncConfig$]
];
var DeleteComponentInput$ = [3, n0, _DCI,
    0,
    [_n],
    [0], 1
];
var DeleteComponentOutput$ = [3, n0, _DCO,
    0,
    [_co],
    [[() => Component$, 0]]
];
var DeleteDeploymentInput$ = [3, n0, _DDI,
    0,
    [_i],
    [0], 1
];
var DeleteDeploymentOutput$ = [3, n0, _DDO,
    0,
    [_de],
    [[() => Deployment$, 0]]
];
var DeleteEnvironmentAccountConnectionInput$ = [3, n0, _DEACI,
    0,
    [_i],
    [0], 1
];
var DeleteEnvironmentAccountConnectionOutput$ = [3, n0, _DEACO,
    0,
    [_eAC],
    [() => EnvironmentAccountConnection$]
];
var DeleteEnvironmentInput$ = [3, n0, _DEI,
    0,
    [_n],
    [0], 1
];
var DeleteEnvironmentOutput$ = [3, n0, _DEO,
    0,
    [_en],
    [[() => Environment$, 0]]
];
var DeleteEnvironmentTemplateInput$ = [3, n0, _DETI,
    0,
    [_n],
    [0], 1
];
var DeleteEnvironmentTemplateOutput$ = [3, n0, _DETO,
    0,
    [_eTn],
    [[() => EnvironmentTemplate$, 0]]
];
var DeleteEnvironmentTemplateVersionInput$ = [3, n0, _DETVI,
    0,
    [_tN, _mV, _mVi],
    [0, 0, 0], 3
];
var DeleteEnvironmentTemplateVersionOutput$ = [3, n0, _DETVO,
    0,
    [_eTV],
    [[() => EnvironmentTemplateVersion$, 0]]
];
var DeleteRepositoryInput$ = [3, n0, _DRI,
    0,
    [_pro, _n],
    [0, 0], 2
];
var DeleteRepositoryOutput$ = [3, n0, _DRO,
    0,
    [_r],
    [() => Repository$]
];
var DeleteServiceInput$ = [3, n0, _DSI,
    0,
    [_n],
    [0], 1
];
var DeleteServiceOutput$ = [3, n0, _DSO,
    0,
    [_serv],
    [[() => Service$, 0]]
];
var DeleteServiceSyncConfigInput$ = [3, n0, _DSSCI,
    0,
    [_sN],
    [0], 1
];
var DeleteServiceSyncConfigOutput$ = [3, n0, _DSSCO,
    0,
    [_sSC],
    [() => ServiceSyncConfig$]
];
var DeleteServiceTemplateInput$ = [3, n0, _DSTI,
    0,
    [_n],
    [0], 1
];
var DeleteServiceTemplateOutput$ = [3, n0, _DSTO,
    0,
    [_sTe],
    [[() => ServiceTemplate$, 0]]
];
var DeleteServiceTemplateVersionInput$ = [3, n0, _DSTVI,
    0,
    [_tN, _mV, _mVi],
    [0, 0, 0], 3
];
var DeleteServiceTemplateVersionOutput$ = [3, n0, _DSTVO,
    0,
    [_sTV],
    [[() => ServiceTemplateVersion$, 0]]
];
var DeleteTemplateSyncConfigInput$ = [3, n0, _DTSCI,
    0,
    [_tN, _tT],
    [0, 0], 2
];
var DeleteTemplateSyncConfigOutput$ = [3, n0, _DTSCO,
    0,
    [_tSC],
    [() => TemplateSyncConfig$]
];
var Deployment$ = [3, n0, _De,
    0,
    [_i, _ar, _tA, _tRCA, _tRT, _eN, _dS, _cA, _lMA, _sN, _sIN, _cN, _dSM, _cAom, _lADI, _lSDI, _iS, _tS],
    [0, 0, 0, 4, 0, 0, 0, 4, 4, 0, 0, 0, [() => StatusMessage, 0], 4, 0, 0, [() => DeploymentState$, 0], [() => DeploymentState$, 0]], 9
];
var DeploymentSummary$ = [3, n0, _DS,
    0,
    [_i, _ar, _tA, _tRCA, _tRT, _cA, _lMA, _eN, _dS, _cAom, _sN, _sIN, _cN, _lADI, _lSDI],
    [0, 0, 0, 4, 0, 4, 4, 0, 0, 4, 0, 0, 0, 0, 0], 9
];
var Environment$ = [3, n0, _E,
    0,
    [_n, _cA, _lDAA, _lDSA, _ar, _tN, _tMV, _tMVe, _dS, _d, _dSM, _pSRAr, _eACI, _eAI, _sp, _pr, _pR, _cRA, _cRAo, _lADI, _lSDI],
    [0, 4, 4, 4, 0, 0, 0, 0, 0, [() => Description, 0], [() => StatusMessage, 0], 0, 0, 0, [() => SpecContents, 0], 0, () => RepositoryBranch$, 0, 0, 0, 0], 9
];
var EnvironmentAccountConnection$ = [3, n0, _EAC,
    0,
    [_i, _ar, _mAI, _eAI, _rA, _eN, _rAe, _lMA, _st, _cRA, _cRAo],
    [0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 0], 9
];
var EnvironmentAccountConnectionSummary$ = [3, n0, _EACS,
    0,
    [_i, _ar, _mAI, _eAI, _rA, _eN, _rAe, _lMA, _st, _cRA],
    [0, 0, 0, 0, 0, 0, 4, 4, 0, 0], 9
];
var EnvironmentState$ = [3, n0, _ES,
    0,
    [_tN, _tMV, _tMVe, _sp],
    [0, 0, 0, [() => SpecContents, 0]], 3
];
var EnvironmentSummary$ = [3, n0, _ESn,
    0,
    [_n, _cA, _lDAA, _lDSA, _ar, _tN, _tMV, _tMVe, _dS, _d, _dSM, _pSRAr, _eACI, _eAI, _pr, _cRA, _lADI, _lSDI],
    [0, 4, 4, 4, 0, 0, 0, 0, 0, [() => Description, 0], [() => StatusMessage, 0], 0, 0, 0, 0, 0, 0, 0], 9
];
var EnvironmentTemplate$ = [3, n0, _ET,
    0,
    [_n, _ar, _cA, _lMA, _dN, _d, _rV, _eK, _pr],
    [0, 0, 4, 4, [() => DisplayName, 0], [() => Description, 0], 0, 0, 0], 4
];
var EnvironmentTemplateFilter$ = [3, n0, _ETF,
    0,
    [_tN, _mV],
    [0, 0], 2
];
var EnvironmentTemplateSummary$ = [3, n0, _ETS,
    0,
    [_n, _ar, _cA, _lMA, _dN, _d, _rV, _pr],
    [0, 0, 4, 4, [() => DisplayName, 0], [() => Description, 0], 0, 0], 4
];
var EnvironmentTemplateVersion$ = [3, n0, _ETV,
    0,
    [_tN, _mV, _mVi, _st, _ar, _cA, _lMA, _rMV, _sM, _d, _sc],
    [0, 0, 0, 0, 0, 4, 4, 0, [() => StatusMessage, 0], [() => Description, 0], [() => TemplateSchema, 0]], 7
];
var EnvironmentTemplateVersionSummary$ = [3, n0, _ETVS,
    0,
    [_tN, _mV, _mVi, _st, _ar, _cA, _lMA, _rMV, _sM, _d],
    [0, 0, 0, 0, 0, 4, 4, 0, [() => StatusMessage, 0], [() => Description, 0]], 7
];
var GetAccountSettingsInput$ = [3, n0, _GASI,
    0,
    [],
    []
];
var GetAccountSettingsOutput$ = [3, n0, _GASO,
    0,
    [_aS],
    [() => AccountSettings$]
];
var GetComponentInput$ = [3, n0, _GCI,
    0,
    [_n],
    [0], 1
];
var GetComponentOutput$ = [3, n0, _GCO,
    0,
    [_co],
    [[() => Component$, 0]]
];
var GetDeploymentInput$ = [3, n0, _GDI,
    0,
    [_i, _eN, _sN, _sIN, _cN],
    [0, 0, 0, 0, 0], 1
];
var GetDeploymentOutput$ = [3, n0, _GDO,
    0,
    [_de],
    [[() => Deployment$, 0]]
];
var GetEnvironmentAccountConnectionInput$ = [3, n0, _GEACI,
    0,
    [_i],
    [0], 1
];
var GetEnvironmentAccountConnectionOutput$ = [3, n0, _GEACO,
    0,
    [_eAC],
    [() => EnvironmentAccountConnection$], 1
];
var GetEnvironmentInput$ = [3, n0, _GEI,
    0,
    [_n],
    [0], 1
];
var GetEnvironmentOutput$ = [3, n0, _GEO,
    0,
    [_en],
    [[() => Environment$, 0]], 1
];
var GetEnvironmentTemplateInput$ = [3, n0, _GETI,
    0,
    [_n],
    [0], 1
];
var GetEnvironmentTemplateOutput$ = [3, n0, _GETO,
    0,
    [_eTn],
    [[() => EnvironmentTemplate$, 0]], 1
];
var GetEnvironmentTemplateVersionInput$ = [3, n0, _GETVI,
    0,
    [_tN, _mV, _mVi],
    [0, 0, 0], 3
];
var GetEnvironmentTemplateVersionOutput$ = [3, n0, _GETVO,
    0,
    [_eTV],
    [[() => EnvironmentTemplateVersion$, 0]], 1
];
var GetRepositoryInput$ = [3, n0, _GRI,
    0,
    [_pro, _n],
    [0, 0], 2
];
var GetRepositoryOutput$ = [3, n0, _GRO,
    0,
    [_r],
    [() => Repository$], 1
];
var GetRepositorySyncStatusInput$ = [3, n0, _GRSSI,
    0,
    [_rN, _rP, _b, _sTy],
    [0, 0, 0, 0], 4
];
var GetRepositorySyncStatusOutput$ = [3, n0, _GRSSO,
    0,
    [_lS],
    [() => RepositorySyncAttempt$]
];
var GetResourcesSummaryInput$ = [3, n0, _GRSI,
    0,
    [],
    []
];
var GetResourcesSummaryOutput$ = [3, n0, _GRSO,
    0,
    [_cou],
    [() => CountsSummary$], 1
];
var GetServiceInput$ = [3, n0, _GSI,
    0,
    [_n],
    [0], 1
];
var GetServiceInstanceInput$ = [3, n0, _GSII,
    0,
    [_n, _sN],
    [0, 0], 2
];
var GetServiceInstanceOutput$ = [3, n0, _GSIO,
    0,
    [_sI],
    [[() => ServiceInstance$, 0]], 1
];
var GetServiceInstanceSyncStatusInput$ = [3, n0, _GSISSI,
    0,
    [_sN, _sIN],
    [0, 0], 2
];
var GetServiceInstanceSyncStatusOutput$ = [3, n0, _GSISSO,
    0,
    [_lS, _lSS, _dSe],
    [() => ResourceSyncAttempt$, () => ResourceSyncAttempt$, () => Revision$]
];
var GetServiceOutput$ = [3, n0, _GSO,
    0,
    [_serv],
    [[() => Service$, 0]]
];
var GetServiceSyncBlockerSummaryInput$ = [3, n0, _GSSBSI,
    0,
    [_sN, _sIN],
    [0, 0], 1
];
var GetServiceSyncBlockerSummaryOutput$ = [3, n0, _GSSBSO,
    0,
    [_sSBS],
    [() => ServiceSyncBlockerSummary$]
];
var GetServiceSyncConfigInput$ = [3, n0, _GSSCI,
    0,
    [_sN],
    [0], 1
];
var GetServiceSyncConfigOutput$ = [3, n0, _GSSCO,
    0,
    [_sSC],
    [() => ServiceSyncConfig$]
];
var GetServiceTemplateInput$ = [3, n0, _GSTI,
    0,
    [_n],
    [0], 1
];
var GetServiceTemplateOutput$ = [3, n0, _GSTO,
    0,
    [_sTe],
    [[() => ServiceTemplate$, 0]], 1
];
var GetServiceTemplateVersionInput$ = [3, n0, _GSTVI,
    0,
    [_tN, _mV, _mVi],
    [0, 0, 0], 3
];
var GetServiceTemplateVersionOutput$ = [3, n0, _GSTVO,
    0,
    [_sTV],
    [[() => ServiceTemplateVersion$, 0]], 1
];
var GetTemplateSyncConfigInput$ = [3, n0, _GTSCI,
    0,
    [_tN, _tT],
    [0, 0], 2
];
var GetTemplateSyncConfigOutput$ = [3, n0, _GTSCO,
    0,
    [_tSC],
    [() => TemplateSyncConfig$]
];
var GetTemplateSyncStatusInput$ = [3, n0, _GTSSI,
    0,
    [_tN, _tT, _tV],
    [0, 0, 0], 3
];
var GetTemplateSyncStatusOutput$ = [3, n0, _GTSSO,
    0,
    [_lS, _lSS, _dSe],
    [() => ResourceSyncAttempt$, () => ResourceSyncAttempt$, () => Revision$]
];
var ListComponentOutputsInput$ = [3, n0, _LCOI,
    0,
    [_cN, _nT, _dI],
    [0, 0, 0], 1
];
var ListComponentOutputsOutput$ = [3, n0, _LCOO,
    0,
    [_o, _nT],
    [[() => OutputsList, 0], 0], 1
];
var ListComponentProvisionedResourcesInput$ = [3, n0, _LCPRI,
    0,
    [_cN, _nT],
    [0, 0], 1
];
var ListComponentProvisionedResourcesOutput$ = [3, n0, _LCPRO,
    0,
    [_pRr, _nT],
    [() => ProvisionedResourceList, 0], 1
];
var ListComponentsInput$ = [3, n0, _LCI,
    0,
    [_nT, _eN, _sN, _sIN, _mR],
    [0, 0, 0, 0, 1]
];
var ListComponentsOutput$ = [3, n0, _LCO,
    0,
    [_com, _nT],
    [[() => ComponentSummaryList, 0], 0], 1
];
var ListDeploymentsInput$ = [3, n0, _LDI,
    0,
    [_nT, _eN, _sN, _sIN, _cN, _mR],
    [0, 0, 0, 0, 0, 1]
];
var ListDeploymentsOutput$ = [3, n0, _LDO,
    0,
    [_dep, _nT],
    [() => DeploymentSummaryList, 0], 1
];
var ListEnvironmentAccountConnectionsInput$ = [3, n0, _LEACI,
    0,
    [_rB, _eN, _sta, _nT, _mR],
    [0, 0, 64 | 0, 0, 1], 1
];
var ListEnvironmentAccountConnectionsOutput$ = [3, n0, _LEACO,
    0,
    [_eACn, _nT],
    [() => EnvironmentAccountConnectionSummaryList, 0], 1
];
var ListEnvironmentOutputsInput$ = [3, n0, _LEOI,
    0,
    [_eN, _nT, _dI],
    [0, 0, 0], 1
];
var ListEnvironmentOutputsOutput$ = [3, n0, _LEOO,
    0,
    [_o, _nT],
    [[() => OutputsList, 0], 0], 1
];
var ListEnvironmentProvisionedResourcesInput$ = [3, n0, _LEPRI,
    0,
    [_eN, _nT],
    [0, 0], 1
];
var ListEnvironmentProvisionedResourcesOutput$ = [3, n0, _LEPRO,
    0,
    [_pRr, _nT],
    [() => ProvisionedResourceList, 0], 1
];
var ListEnvironmentsInput$ = [3, n0, _LEI,
    0,
    [_nT, _mR, _eT],
    [0, 1, () => EnvironmentTemplateFilterList]
];
var ListEnvironmentsOutput$ = [3, n0, _LEO,
    0,
    [_env, _nT],
    [[() => EnvironmentSummaryList, 0], 0], 1
];
var ListEnvironmentTemplatesInput$ = [3, n0, _LETI,
    0,
    [_nT, _mR],
    [0, 1]
];
var ListEnvironmentTemplatesOutput$ = [3, n0, _LETO,
    0,
    [_te, _nT],
    [[() => EnvironmentTemplateSummaryList, 0], 0], 1
];
var ListEnvironmentTemplateVersionsInput$ = [3, n0, _LETVI,
    0,
    [_tN, _nT, _mR, _mV],
    [0, 0, 1, 0], 1
];
var ListEnvironmentTemplateVersionsOutput$ = [3, n0, _LETVO,
    0,
    [_tVe, _nT],
    [[() => EnvironmentTemplateVersionSummaryList, 0], 0], 1
];
var ListRepositoriesInput$ = [3, n0, _LRI,
    0,
    [_nT, _mR],
    [0, 1]
];
var ListRepositoriesOutput$ = [3, n0, _LRO,
    0,
    [_re, _nT],
    [() => RepositorySummaryList, 0], 1
];
var ListRepositorySyncDefinitionsInput$ = [3, n0, _LRSDI,
    0,
    [_rN, _rP, _sTy, _nT],
    [0, 0, 0, 0], 3
];
var ListRepositorySyncDefinitionsOutput$ = [3, n0, _LRSDO,
    0,
    [_sD, _nT],
    [() => RepositorySyncDefinitionList, 0], 1
];
var ListServiceInstanceOutputsInput$ = [3, n0, _LSIOI,
    0,
    [_sIN, _sN, _nT, _dI],
    [0, 0, 0, 0], 2
];
var ListServiceInstanceOutputsOutput$ = [3, n0, _LSIOO,
    0,
    [_o, _nT],
    [[() => OutputsList, 0], 0], 1
];
var ListServiceInstanceProvisionedResourcesInput$ = [3, n0, _LSIPRI,
    0,
    [_sN, _sIN, _nT],
    [0, 0, 0], 2
];
var ListServiceInstanceProvisionedResourcesOutput$ = [3, n0, _LSIPRO,
    0,
    [_pRr, _nT],
    [() => ProvisionedResourceList, 0], 1
];
var ListServiceInstancesFilter$ = [3, n0, _LSIF,
    0,
    [_k, _v],
    [0, 0]
];
var ListServiceInstancesInput$ = [3, n0, _LSII,
    0,
    [_sN, _nT, _mR, _f, _sB, _sO],
    [0, 0, 1, () => ListServiceInstancesFilterList, 0, 0]
];
var ListServiceInstancesOutput$ = [3, n0, _LSIO,
    0,
    [_sIe, _nT],
    [[() => ServiceInstanceSummaryList, 0], 0], 1
];
var ListServicePipelineOutputsInput$ = [3, n0, _LSPOI,
    0,
    [_sN, _nT, _dI],
    [0, 0, 0], 1
];
var ListServicePipelineOutputsOutput$ = [3, n0, _LSPOO,
    0,
    [_o, _nT],
    [[() => OutputsList, 0], 0], 1
];
var ListServicePipelineProvisionedResourcesInput$ = [3, n0, _LSPPRI,
    0,
    [_sN, _nT],
    [0, 0], 1
];
var ListServicePipelineProvisionedResourcesOutput$ = [3, n0, _LSPPRO,
    0,
    [_pRr, _nT],
    [() => ProvisionedResourceList, 0], 1
];
var ListServicesInput$ = [3, n0, _LSI,
    0,
    [_nT, _mR],
    [0, 1]
];
var ListServicesOutput$ = [3, n0, _LSO,
    0,
    [_ser, _nT],
    [[() => ServiceSummaryList, 0], 0], 1
];
var ListServiceTemplatesInput$ = [3, n0, _LSTI,
    0,
    [_nT, _mR],
    [0, 1]
];
var ListServiceTemplatesOutput$ = [3, n0, _LSTO,
    0,
    [_te, _nT],
    [[() => ServiceTemplateSummaryList, 0], 0], 1
];
var ListServiceTemplateVersionsInput$ = [3, n0, _LSTVI,
    0,
    [_tN, _nT, _mR, _mV],
    [0, 0, 1, 0], 1
];
var ListServiceTemplateVersionsOutput$ = [3, n0, _LSTVO,
    0,
    [_tVe, _nT],
    [[() => ServiceTemplateVersionSummaryList, 0], 0], 1
];
var ListTagsForResourceInput$ = [3, n0, _LTFRI,
    0,
    [_rAes, _nT, _mR],
    [[0, { [_hQ]: _rAes }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListTagsForResourceOutput$ = [3, n0, _LTFRO,
    0,
    [_t, _nT],
    [() => TagList, 0], 1
];
var NotifyResourceDeploymentStatusChangeInput$ = [3, n0, _NRDSCI,
    0,
    [_rAes, _st, _o, _dI, _sM],
    [0, 0, [() => OutputsList, 0], 0, [() => StatusMessage, 0]], 1
];
var NotifyResourceDeploymentStatusChangeOutput$ = [3, n0, _NRDSCO,
    0,
    [],
    []
];
var Output$ = [3, n0, _O,
    8,
    [_k, _vS],
    [0, 0]
];
var ProvisionedResource$ = [3, n0, _PR,
    0,
    [_n, _id, _pE],
    [0, 0, 0]
];
var RejectEnvironmentAccountConnectionInput$ = [3, n0, _REACI,
    0,
    [_i],
    [0], 1
];
var RejectEnvironmentAccountConnectionOutput$ = [3, n0, _REACO,
    0,
    [_eAC],
    [() => EnvironmentAccountConnection$], 1
];
var Repository$ = [3, n0, _R,
    0,
    [_ar, _pro, _n, _cAo, _eK],
    [0, 0, 0, 0, 0], 4
];
var RepositoryBranch$ = [3, n0, _RB,
    0,
    [_ar, _pro, _n, _b],
    [0, 0, 0, 0], 4
];
var RepositoryBranchInput$ = [3, n0, _RBI,
    0,
    [_pro, _n, _b],
    [0, 0, 0], 3
];
var RepositorySummary$ = [3, n0, _RS,
    0,
    [_ar, _pro, _n, _cAo],
    [0, 0, 0, 0], 4
];
var RepositorySyncAttempt$ = [3, n0, _RSA,
    0,
    [_sA, _st, _ev],
    [4, 0, () => RepositorySyncEvents], 3
];
var RepositorySyncDefinition$ = [3, n0, _RSD,
    0,
    [_ta, _pa, _b, _di],
    [0, 0, 0, 0], 4
];
var RepositorySyncEvent$ = [3, n0, _RSE,
    0,
    [_ty, _ti, _eve, _eI],
    [0, 4, 0, 0], 3
];
var ResourceCountsSummary$ = [3, n0, _RCS,
    0,
    [_to, _fa, _uTD, _bM, _bMe],
    [1, 1, 1, 1, 1], 1
];
var ResourceSyncAttempt$ = [3, n0, _RSAe,
    0,
    [_iR, _tR, _ta, _sA, _st, _ev],
    [() => Revision$, () => Revision$, 0, 4, 0, () => ResourceSyncEvents], 6
];
var ResourceSyncEvent$ = [3, n0, _RSEe,
    0,
    [_ty, _ti, _eve, _eI],
    [0, 4, 0, 0], 3
];
var Revision$ = [3, n0, _Re,
    0,
    [_rN, _rP, _sh, _di, _b],
    [0, 0, 0, 0, 0], 5
];
var S3ObjectSource$ = [3, n0, _SOS,
    0,
    [_bu, _k],
    [0, 0], 2
];
var Service$ = [3, n0, _S,
    0,
    [_n, _ar, _tN, _cA, _lMA, _st, _sp, _d, _sM, _p, _rCA, _rI, _bN],
    [0, 0, 0, 4, 4, 0, [() => SpecContents, 0], [() => Description, 0], [() => StatusMessage, 0], [() => ServicePipeline$, 0], 0, 0, 0], 7
];
var ServiceInstance$ = [3, n0, _SI,
    0,
    [_n, _ar, _cA, _lDAA, _lDSA, _sN, _eN, _tN, _tMV, _tMVe, _dS, _dSM, _sp, _lCRT, _lADI, _lSDI],
    [0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, [() => StatusMessage, 0], [() => SpecContents, 0], 0, 0, 0], 11
];
var ServiceInstanceState$ = [3, n0, _SIS,
    0,
    [_sp, _tN, _tMV, _tMVe, _lSCDI, _lSEDI, _lSSPDI],
    [[() => SpecContents, 0], 0, 0, 0, 64 | 0, 0, 0], 4
];
var ServiceInstanceSummary$ = [3, n0, _SISe,
    0,
    [_n, _ar, _cA, _lDAA, _lDSA, _sN, _eN, _tN, _tMV, _tMVe, _dS, _dSM, _lADI, _lSDI],
    [0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, [() => StatusMessage, 0], 0, 0], 11
];
var ServicePipeline$ = [3, n0, _SP,
    0,
    [_ar, _cA, _lDAA, _lDSA, _tN, _tMV, _tMVe, _dS, _dSM, _sp, _lADI, _lSDI],
    [0, 4, 4, 4, 0, 0, 0, 0, [() => StatusMessage, 0], [() => SpecContents, 0], 0, 0], 8
];
var ServicePipelineState$ = [3, n0, _SPS,
    0,
    [_tN, _tMV, _tMVe, _sp],
    [0, 0, 0, [() => SpecContents, 0]], 3
];
var ServiceSummary$ = [3, n0, _SS,
    0,
    [_n, _ar, _tN, _cA, _lMA, _st, _d, _sM],
    [0, 0, 0, 4, 4, 0, [() => Description, 0], [() => StatusMessage, 0]], 6
];
var ServiceSyncBlockerSummary$ = [3, n0, _SSBS,
    0,
    [_sN, _sIN, _lB],
    [0, 0, () => LatestSyncBlockers], 1
];
var ServiceSyncConfig$ = [3, n0, _SSC,
    0,
    [_sN, _rP, _rN, _b, _fP],
    [0, 0, 0, 0, 0], 5
];
var ServiceTemplate$ = [3, n0, _ST,
    0,
    [_n, _ar, _cA, _lMA, _dN, _d, _rV, _eK, _pP],
    [0, 0, 4, 4, [() => DisplayName, 0], [() => Description, 0], 0, 0, 0], 4
];
var ServiceTemplateSummary$ = [3, n0, _STS,
    0,
    [_n, _ar, _cA, _lMA, _dN, _d, _rV, _pP],
    [0, 0, 4, 4, [() => DisplayName, 0], [() => Description, 0], 0, 0], 4
];
var ServiceTemplateVersion$ = [3, n0, _STV,
    0,
    [_tN, _mV, _mVi, _st, _ar, _cA, _lMA, _cET, _rMV, _sM, _d, _sc, _sCS],
    [0, 0, 0, 0, 0, 4, 4, () => CompatibleEnvironmentTemplateList, 0, [() => StatusMessage, 0], [() => Description, 0], [() => TemplateSchema, 0], 64 | 0], 8
];
var ServiceTemplateVersionSummary$ = [3, n0, _STVS,
    0,
    [_tN, _mV, _mVi, _st, _ar, _cA, _lMA, _rMV, _sM, _d],
    [0, 0, 0, 0, 0, 4, 4, 0, [() => StatusMessage, 0], [() => Description, 0]], 7
];
var SyncBlocker$ = [3, n0, _SB,
    0,
    [_i, _ty, _st, _cR, _cA, _con, _rR, _rAeso],
    [0, 0, 0, 0, 4, () => SyncBlockerContexts, 0, 4], 5
];
var SyncBlockerContext$ = [3, n0, _SBC,
    0,
    [_k, _v],
    [0, 0], 2
];
var Tag$ = [3, n0, _T,
    0,
    [_k, _v],
    [0, 0], 2
];
var TagResourceInput$ = [3, n0, _TRI,
    0,
    [_rAes, _t],
    [[0, { [_hQ]: _rAes }], () => TagList], 2
];
var TagResourceOutput$ = [3, n0, _TRO,
    0,
    [],
    []
];
var TemplateSyncConfig$ = [3, n0, _TSC,
    0,
    [_tN, _tT, _rP, _rN, _b, _su],
    [0, 0, 0, 0, 0, 0], 5
];
var UntagResourceInput$ = [3, n0, _URI,
    0,
    [_rAes, _tK],
    [[0, { [_hQ]: _rAes }], 64 | 0], 2
];
var UntagResourceOutput$ = [3, n0, _URO,
    0,
    [],
    []
];
var UpdateAccountSettingsInput$ = [3, n0, _UASI,
    0,
    [_pSRA, _pPR, _dPPR, _pCRA],
    [0, () => RepositoryBranchInput$, 2, 0]
];
var UpdateAccountSettingsOutput$ = [3, n0, _UASO,
    0,
    [_aS],
    [() => AccountSettings$], 1
];
var UpdateComponentInput$ = [3, n0, _UCI,
    0,
    [_n, _dT, _d, _sN, _sIN, _sS, _tF, _cT],
    [0, 0, [() => Description, 0], 0, 0, [() => SpecContents, 0], [() => TemplateFileContents, 0], [0, 4]], 2
];
var UpdateComponentOutput$ = [3, n0, _UCO,
    0,
    [_co],
    [[() => Component$, 0]], 1
];
var UpdateEnvironmentAccountConnectionInput$ = [3, n0, _UEACI,
    0,
    [_i, _rA, _cRA, _cRAo],
    [0, 0, 0, 0], 1
];
var UpdateEnvironmentAccountConnectionOutput$ = [3, n0, _UEACO,
    0,
    [_eAC],
    [() => EnvironmentAccountConnection$], 1
];
var UpdateEnvironmentInput$ = [3, n0, _UEI,
    0,
    [_n, _dT, _d, _sp, _tMV, _tMVe, _pSRAr, _eACI, _pR, _cRA, _cRAo],
    [0, 0, [() => Description, 0], [() => SpecContents, 0], 0, 0, 0, 0, () => RepositoryBranchInput$, 0, 0], 2
];
var UpdateEnvironmentOutput$ = [3, n0, _UEO,
    0,
    [_en],
    [[() => Environment$, 0]], 1
];
var UpdateEnvironmentTemplateInput$ = [3, n0, _UETI,
    0,
    [_n, _dN, _d],
    [0, [() => DisplayName, 0], [() => Description, 0]], 1
];
var UpdateEnvironmentTemplateOutput$ = [3, n0, _UETO,
    0,
    [_eTn],
    [[() => EnvironmentTemplate$, 0]], 1
];
var UpdateEnvironmentTemplateVersionInput$ = [3, n0, _UETVI,
    0,
    [_tN, _mV, _mVi, _d, _st],
    [0, 0, 0, [() => Description, 0], 0], 3
];
var UpdateEnvironmentTemplateVersionOutput$ = [3, n0, _UETVO,
    0,
    [_eTV],
    [[() => EnvironmentTemplateVersion$, 0]], 1
];
var UpdateServiceInput$ = [3, n0, _USI,
    0,
    [_n, _d, _sp],
    [0, [() => Description, 0], [() => SpecContents, 0]], 1
];
var UpdateServiceInstanceInput$ = [3, n0, _USII,
    0,
    [_n, _sN, _dT, _sp, _tMV, _tMVe, _cT],
    [0, 0, 0, [() => SpecContents, 0], 0, 0, [0, 4]], 3
];
var UpdateServiceInstanceOutput$ = [3, n0, _USIO,
    0,
    [_sI],
    [[() => ServiceInstance$, 0]], 1
];
var UpdateServiceOutput$ = [3, n0, _USO,
    0,
    [_serv],
    [[() => Service$, 0]], 1
];
var UpdateServicePipelineInput$ = [3, n0, _USPI,
    0,
    [_sN, _sp, _dT, _tMV, _tMVe],
    [0, [() => SpecContents, 0], 0, 0, 0], 3
];
var UpdateServicePipelineOutput$ = [3, n0, _USPO,
    0,
    [_p],
    [[() => ServicePipeline$, 0]], 1
];
var UpdateServiceSyncBlockerInput$ = [3, n0, _USSBI,
    0,
    [_i, _rR],
    [0, 0], 2
];
var UpdateServiceSyncBlockerOutput$ = [3, n0, _USSBO,
    0,
    [_sN, _sSB, _sIN],
    [0, () => SyncBlocker$, 0], 2
];
var UpdateServiceSyncConfigInput$ = [3, n0, _USSCI,
    0,
    [_sN, _rP, _rN, _b, _fP],
    [0, 0, 0, 0, 0], 5
];
var UpdateServiceSyncConfigOutput$ = [3, n0, _USSCO,
    0,
    [_sSC],
    [() => ServiceSyncConfig$]
];
var UpdateServiceTemplateInput$ = [3, n0, _USTI,
    0,
    [_n, _dN, _d],
    [0, [() => DisplayName, 0], [() => Description, 0]], 1
];
var UpdateServiceTemplateOutput$ = [3, n0, _USTO,
    0,
    [_sTe],
    [[() => ServiceTemplate$, 0]], 1
];
var UpdateServiceTemplateVersionInput$ = [3, n0, _USTVI,
    0,
    [_tN, _mV, _mVi, _d, _st, _cET, _sCS],
    [0, 0, 0, [() => Description, 0], 0, () => CompatibleEnvironmentTemplateInputList, 64 | 0], 3
];
var UpdateServiceTemplateVersionOutput$ = [3, n0, _USTVO,
    0,
    [_sTV],
    [[() => ServiceTemplateVersion$, 0]], 1
];
var UpdateTemplateSyncConfigInput$ = [3, n0, _UTSCI,
    0,
    [_tN, _tT, _rP, _rN, _b, _su],
    [0, 0, 0, 0, 0, 0], 5
];
var UpdateTemplateSyncConfigOutput$ = [3, n0, _UTSCO,
    0,
    [_tSC],
    [() => TemplateSyncConfig$]
];
var CompatibleEnvironmentTemplateInputList = [1, n0, _CETIL,
    0, () => CompatibleEnvironmentTemplateInput$
];
var CompatibleEnvironmentTemplateList = [1, n0, _CETL,
    0, () => CompatibleEnvironmentTemplate$
];
var ComponentDeploymentIdList = (/* unused pure expression or super */ null && (64 | 0));
var ComponentSummaryList = [1, n0, _CSL,
    0, [() => ComponentSummary$,
        0]
];
var DeploymentSummaryList = [1, n0, _DSL,
    0, () => DeploymentSummary$
];
var EnvironmentAccountConnectionStatusList = (/* unused pure expression or super */ null && (64 | 0));
var EnvironmentAccountConnectionSummaryList = [1, n0, _EACSL,
    0, () => EnvironmentAccountConnectionSummary$
];
var EnvironmentSummaryList = [1, n0, _ESL,
    0, [() => EnvironmentSummary$,
        0]
];
var EnvironmentTemplateFilterList = [1, n0, _ETFL,
    0, () => EnvironmentTemplateFilter$
];
var EnvironmentTemplateSummaryList = [1, n0, _ETSL,
    0, [() => EnvironmentTemplateSummary$,
        0]
];
var EnvironmentTemplateVersionSummaryList = [1, n0, _ETVSL,
    0, [() => EnvironmentTemplateVersionSummary$,
        0]
];
var LatestSyncBlockers = [1, n0, _LSB,
    0, () => SyncBlocker$
];
var ListServiceInstancesFilterList = [1, n0, _LSIFL,
    0, () => ListServiceInstancesFilter$
];
var OutputsList = [1, n0, _OL,
    0, [() => Output$,
        0]
];
var ProvisionedResourceList = [1, n0, _PRL,
    0, () => ProvisionedResource$
];
var RepositorySummaryList = [1, n0, _RSL,
    0, () => RepositorySummary$
];
var RepositorySyncDefinitionList = [1, n0, _RSDL,
    0, () => RepositorySyncDefinition$
];
var RepositorySyncEvents = [1, n0, _RSEep,
    0, () => RepositorySyncEvent$
];
var ResourceSyncEvents = [1, n0, _RSEes,
    0, () => ResourceSyncEvent$
];
var ServiceInstanceSummaryList = [1, n0, _SISL,
    0, [() => ServiceInstanceSummary$,
        0]
];
var ServiceSummaryList = [1, n0, _SSL,
    0, [() => ServiceSummary$,
        0]
];
var ServiceTemplateSummaryList = [1, n0, _STSL,
    0, [() => ServiceTemplateSummary$,
        0]
];
var ServiceTemplateSupportedComponentSourceInputList = (/* unused pure expression or super */ null && (64 | 0));
var ServiceTemplateVersionSummaryList = [1, n0, _STVSL,
    0, [() => ServiceTemplateVersionSummary$,
        0]
];
var SyncBlockerContexts = [1, n0, _SBCy,
    0, () => SyncBlockerContext$
];
var TagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var DeploymentState$ = [4, n0, _DSe,
    0,
    [_sI, _en, _sP, _co],
    [[() => ServiceInstanceState$, 0], [() => EnvironmentState$, 0], [() => ServicePipelineState$, 0], [() => ComponentState$, 0]]
];
var TemplateVersionSourceInput$ = [4, n0, _TVSI,
    0,
    [_s_],
    [() => S3ObjectSource$]
];
var AcceptEnvironmentAccountConnection$ = [9, n0, _AEAC,
    2, () => AcceptEnvironmentAccountConnectionInput$, () => AcceptEnvironmentAccountConnectionOutput$
];
var CancelComponentDeployment$ = [9, n0, _CCD,
    0, () => CancelComponentDeploymentInput$, () => CancelComponentDeploymentOutput$
];
var CancelEnvironmentDeployment$ = [9, n0, _CED,
    0, () => CancelEnvironmentDeploymentInput$, () => CancelEnvironmentDeploymentOutput$
];
var CancelServiceInstanceDeployment$ = [9, n0, _CSID,
    0, () => CancelServiceInstanceDeploymentInput$, () => CancelServiceInstanceDeploymentOutput$
];
var CancelServicePipelineDeployment$ = [9, n0, _CSPD,
    0, () => CancelServicePipelineDeploymentInput$, () => CancelServicePipelineDeploymentOutput$
];
var CreateComponent$ = [9, n0, _CC,
    2, () => CreateComponentInput$, () => CreateComponentOutput$
];
var CreateEnvironment$ = [9, n0, _CEr,
    2, () => CreateEnvironmentInput$, () => CreateEnvironmentOutput$
];
var CreateEnvironmentAccountConnection$ = [9, n0, _CEAC,
    2, () => CreateEnvironmentAccountConnectionInput$, () => CreateEnvironmentAccountConnectionOutput$
];
var CreateEnvironmentTemplate$ = [9, n0, _CETr,
    2, () => CreateEnvironmentTemplateInput$, () => CreateEnvironmentTemplateOutput$
];
var CreateEnvironmentTemplateVersion$ = [9, n0, _CETV,
    2, () => CreateEnvironmentTemplateVersionInput$, () => CreateEnvironmentTemplateVersionOutput$
];
var CreateRepository$ = [9, n0, _CR,
    2, () => CreateRepositoryInput$, () => CreateRepositoryOutput$
];
var CreateService$ = [9, n0, _CSr,
    2, () => CreateServiceInput$, () => CreateServiceOutput$
];
var CreateServiceInstance$ = [9, n0, _CSIr,
    2, () => CreateServiceInstanceInput$, () => CreateServiceInstanceOutput$
];
var CreateServiceSyncConfig$ = [9, n0, _CSSC,
    2, () => CreateServiceSyncConfigInput$, () => CreateServiceSyncConfigOutput$
];
var CreateServiceTemplate$ = [9, n0, _CST,
    2, () => CreateServiceTemplateInput$, () => CreateServiceTemplateOutput$
];
var CreateServiceTemplateVersion$ = [9, n0, _CSTV,
    2, () => CreateServiceTemplateVersionInput$, () => CreateServiceTemplateVersionOutput$
];
var CreateTemplateSyncConfig$ = [9, n0, _CTSC,
    2, () => CreateTemplateSyncConfigInput$, () => CreateTemplateSyncConfigOutput$
];
var DeleteComponent$ = [9, n0, _DC,
    2, () => DeleteComponentInput$, () => DeleteComponentOutput$
];
var DeleteDeployment$ = [9, n0, _DD,
    2, () => DeleteDeploymentInput$, () => DeleteDeploymentOutput$
];
var DeleteEnvironment$ = [9, n0, _DE,
    2, () => DeleteEnvironmentInput$, () => DeleteEnvironmentOutput$
];
var DeleteEnvironmentAccountConnection$ = [9, n0, _DEAC,
    2, () => DeleteEnvironmentAccountConnectionInput$, () => DeleteEnvironmentAccountConnectionOutput$
];
var DeleteEnvironmentTemplate$ = [9, n0, _DET,
    2, () => DeleteEnvironmentTemplateInput$, () => DeleteEnvironmentTemplateOutput$
];
var DeleteEnvironmentTemplateVersion$ = [9, n0, _DETV,
    2, () => DeleteEnvironmentTemplateVersionInput$, () => DeleteEnvironmentTemplateVersionOutput$
];
var DeleteRepository$ = [9, n0, _DR,
    2, () => DeleteRepositoryInput$, () => DeleteRepositoryOutput$
];
var DeleteService$ = [9, n0, _DSel,
    2, () => DeleteServiceInput$, () => DeleteServiceOutput$
];
var DeleteServiceSyncConfig$ = [9, n0, _DSSC,
    2, () => DeleteServiceSyncConfigInput$, () => DeleteServiceSyncConfigOutput$
];
var DeleteServiceTemplate$ = [9, n0, _DST,
    2, () => DeleteServiceTemplateInput$, () => DeleteServiceTemplateOutput$
];
var DeleteServiceTemplateVersion$ = [9, n0, _DSTV,
    2, () => DeleteServiceTemplateVersionInput$, () => DeleteServiceTemplateVersionOutput$
];
var DeleteTemplateSyncConfig$ = [9, n0, _DTSC,
    2, () => DeleteTemplateSyncConfigInput$, () => DeleteTemplateSyncConfigOutput$
];
var GetAccountSettings$ = [9, n0, _GAS,
    0, () => GetAccountSettingsInput$, () => GetAccountSettingsOutput$
];
var GetComponent$ = [9, n0, _GC,
    0, () => GetComponentInput$, () => GetComponentOutput$
];
var GetDeployment$ = [9, n0, _GD,
    0, () => GetDeploymentInput$, () => GetDeploymentOutput$
];
var GetEnvironment$ = [9, n0, _GE,
    0, () => GetEnvironmentInput$, () => GetEnvironmentOutput$
];
var GetEnvironmentAccountConnection$ = [9, n0, _GEAC,
    0, () => GetEnvironmentAccountConnectionInput$, () => GetEnvironmentAccountConnectionOutput$
];
var GetEnvironmentTemplate$ = [9, n0, _GET,
    0, () => GetEnvironmentTemplateInput$, () => GetEnvironmentTemplateOutput$
];
var GetEnvironmentTemplateVersion$ = [9, n0, _GETV,
    0, () => GetEnvironmentTemplateVersionInput$, () => GetEnvironmentTemplateVersionOutput$
];
var GetRepository$ = [9, n0, _GR,
    0, () => GetRepositoryInput$, () => GetRepositoryOutput$
];
var GetRepositorySyncStatus$ = [9, n0, _GRSS,
    0, () => GetRepositorySyncStatusInput$, () => GetRepositorySyncStatusOutput$
];
var GetResourcesSummary$ = [9, n0, _GRS,
    0, () => GetResourcesSummaryInput$, () => GetResourcesSummaryOutput$
];
var GetService$ = [9, n0, _GS,
    0, () => GetServiceInput$, () => GetServiceOutput$
];
var GetServiceInstance$ = [9, n0, _GSIe,
    0, () => GetServiceInstanceInput$, () => GetServiceInstanceOutput$
];
var GetServiceInstanceSyncStatus$ = [9, n0, _GSISS,
    0, () => GetServiceInstanceSyncStatusInput$, () => GetServiceInstanceSyncStatusOutput$
];
var GetServiceSyncBlockerSummary$ = [9, n0, _GSSBS,
    0, () => GetServiceSyncBlockerSummaryInput$, () => GetServiceSyncBlockerSummaryOutput$
];
var GetServiceSyncConfig$ = [9, n0, _GSSC,
    0, () => GetServiceSyncConfigInput$, () => GetServiceSyncConfigOutput$
];
var GetServiceTemplate$ = [9, n0, _GST,
    0, () => GetServiceTemplateInput$, () => GetServiceTemplateOutput$
];
var GetServiceTemplateVersion$ = [9, n0, _GSTV,
    0, () => GetServiceTemplateVersionInput$, () => GetServiceTemplateVersionOutput$
];
var GetTemplateSyncConfig$ = [9, n0, _GTSC,
    0, () => GetTemplateSyncConfigInput$, () => GetTemplateSyncConfigOutput$
];
var GetTemplateSyncStatus$ = [9, n0, _GTSS,
    0, () => GetTemplateSyncStatusInput$, () => GetTemplateSyncStatusOutput$
];
var ListComponentOutputs$ = [9, n0, _LCOi,
    0, () => ListComponentOutputsInput$, () => ListComponentOutputsOutput$
];
var ListComponentProvisionedResources$ = [9, n0, _LCPR,
    0, () => ListComponentProvisionedResourcesInput$, () => ListComponentProvisionedResourcesOutput$
];
var ListComponents$ = [9, n0, _LC,
    0, () => ListComponentsInput$, () => ListComponentsOutput$
];
var ListDeployments$ = [9, n0, _LD,
    0, () => ListDeploymentsInput$, () => ListDeploymentsOutput$
];
var ListEnvironmentAccountConnections$ = [9, n0, _LEAC,
    0, () => ListEnvironmentAccountConnectionsInput$, () => ListEnvironmentAccountConnectionsOutput$
];
var ListEnvironmentOutputs$ = [9, n0, _LEOi,
    0, () => ListEnvironmentOutputsInput$, () => ListEnvironmentOutputsOutput$
];
var ListEnvironmentProvisionedResources$ = [9, n0, _LEPR,
    0, () => ListEnvironmentProvisionedResourcesInput$, () => ListEnvironmentProvisionedResourcesOutput$
];
var ListEnvironments$ = [9, n0, _LE,
    0, () => ListEnvironmentsInput$, () => ListEnvironmentsOutput$
];
var ListEnvironmentTemplates$ = [9, n0, _LET,
    0, () => ListEnvironmentTemplatesInput$, () => ListEnvironmentTemplatesOutput$
];
var ListEnvironmentTemplateVersions$ = [9, n0, _LETV,
    0, () => ListEnvironmentTemplateVersionsInput$, () => ListEnvironmentTemplateVersionsOutput$
];
var ListRepositories$ = [9, n0, _LR,
    0, () => ListRepositoriesInput$, () => ListRepositoriesOutput$
];
var ListRepositorySyncDefinitions$ = [9, n0, _LRSD,
    0, () => ListRepositorySyncDefinitionsInput$, () => ListRepositorySyncDefinitionsOutput$
];
var ListServiceInstanceOutputs$ = [9, n0, _LSIOi,
    0, () => ListServiceInstanceOutputsInput$, () => ListServiceInstanceOutputsOutput$
];
var ListServiceInstanceProvisionedResources$ = [9, n0, _LSIPR,
    0, () => ListServiceInstanceProvisionedResourcesInput$, () => ListServiceInstanceProvisionedResourcesOutput$
];
var ListServiceInstances$ = [9, n0, _LSIi,
    0, () => ListServiceInstancesInput$, () => ListServiceInstancesOutput$
];
var ListServicePipelineOutputs$ = [9, n0, _LSPO,
    0, () => ListServicePipelineOutputsInput$, () => ListServicePipelineOutputsOutput$
];
var ListServicePipelineProvisionedResources$ = [9, n0, _LSPPR,
    0, () => ListServicePipelineProvisionedResourcesInput$, () => ListServicePipelineProvisionedResourcesOutput$
];
var ListServices$ = [9, n0, _LS,
    0, () => ListServicesInput$, () => ListServicesOutput$
];
var ListServiceTemplates$ = [9, n0, _LST,
    0, () => ListServiceTemplatesInput$, () => ListServiceTemplatesOutput$
];
var ListServiceTemplateVersions$ = [9, n0, _LSTV,
    0, () => ListServiceTemplateVersionsInput$, () => ListServiceTemplateVersionsOutput$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceInput$, () => ListTagsForResourceOutput$
];
var NotifyResourceDeploymentStatusChange$ = [9, n0, _NRDSC,
    0, () => NotifyResourceDeploymentStatusChangeInput$, () => NotifyResourceDeploymentStatusChangeOutput$
];
var RejectEnvironmentAccountConnection$ = [9, n0, _REAC,
    2, () => RejectEnvironmentAccountConnectionInput$, () => RejectEnvironmentAccountConnectionOutput$
];
var TagResource$ = [9, n0, _TR,
    2, () => TagResourceInput$, () => TagResourceOutput$
];
var UntagResource$ = [9, n0, _UR,
    2, () => UntagResourceInput$, () => UntagResourceOutput$
];
var UpdateAccountSettings$ = [9, n0, _UAS,
    0, () => UpdateAccountSettingsInput$, () => UpdateAccountSettingsOutput$
];
var UpdateComponent$ = [9, n0, _UC,
    0, () => UpdateComponentInput$, () => UpdateComponentOutput$
];
var UpdateEnvironment$ = [9, n0, _UE,
    0, () => UpdateEnvironmentInput$, () => UpdateEnvironmentOutput$
];
var UpdateEnvironmentAccountConnection$ = [9, n0, _UEAC,
    2, () => UpdateEnvironmentAccountConnectionInput$, () => UpdateEnvironmentAccountConnectionOutput$
];
var UpdateEnvironmentTemplate$ = [9, n0, _UET,
    0, () => UpdateEnvironmentTemplateInput$, () => UpdateEnvironmentTemplateOutput$
];
var UpdateEnvironmentTemplateVersion$ = [9, n0, _UETV,
    0, () => UpdateEnvironmentTemplateVersionInput$, () => UpdateEnvironmentTemplateVersionOutput$
];
var UpdateService$ = [9, n0, _US,
    0, () => UpdateServiceInput$, () => UpdateServiceOutput$
];
var UpdateServiceInstance$ = [9, n0, _USIp,
    0, () => UpdateServiceInstanceInput$, () => UpdateServiceInstanceOutput$
];
var UpdateServicePipeline$ = [9, n0, _USP,
    0, () => UpdateServicePipelineInput$, () => UpdateServicePipelineOutput$
];
var UpdateServiceSyncBlocker$ = [9, n0, _USSB,
    0, () => UpdateServiceSyncBlockerInput$, () => UpdateServiceSyncBlockerOutput$
];
var UpdateServiceSyncConfig$ = [9, n0, _USSC,
    0, () => UpdateServiceSyncConfigInput$, () => UpdateServiceSyncConfigOutput$
];
var UpdateServiceTemplate$ = [9, n0, _UST,
    0, () => UpdateServiceTemplateInput$, () => UpdateServiceTemplateOutput$
];
var UpdateServiceTemplateVersion$ = [9, n0, _USTV,
    0, () => UpdateServiceTemplateVersionInput$, () => UpdateServiceTemplateVersionOutput$
];
var UpdateTemplateSyncConfig$ = [9, n0, _UTSC,
    0, () => UpdateTemplateSyncConfigInput$, () => UpdateTemplateSyncConfigOutput$
];


/***/ }),

/***/ 752590:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { getHostHeaderPlugin, hostHeaderMiddleware, hostHeaderMiddlewareOptions, resolveHostHeaderConfig } = __webpack_require__(305152);
exports.TC = getHostHeaderPlugin;
__webpack_unused_export__ = hostHeaderMiddleware;
__webpack_unused_export__ = hostHeaderMiddlewareOptions;
exports.OV = resolveHostHeaderConfig;


/***/ }),

/***/ 985242:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { getLoggerPlugin, loggerMiddleware, loggerMiddlewareOptions } = __webpack_require__(305152);
exports.Y7 = getLoggerPlugin;
__webpack_unused_export__ = loggerMiddleware;
__webpack_unused_export__ = loggerMiddlewareOptions;


/***/ }),

/***/ 381568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { getRecursionDetectionPlugin, recursionDetectionMiddleware, recursionDetectionMiddlewareOptions } = __webpack_require__(305152);
exports.n4 = getRecursionDetectionPlugin;
__webpack_unused_export__ = recursionDetectionMiddleware;
__webpack_unused_export__ = recursionDetectionMiddlewareOptions;


/***/ }),

/***/ 332959:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { DEFAULT_UA_APP_ID, getUserAgentMiddlewareOptions, getUserAgentPlugin, resolveUserAgentConfig, userAgentMiddleware } = __webpack_require__(305152);
__webpack_unused_export__ = DEFAULT_UA_APP_ID;
__webpack_unused_export__ = getUserAgentMiddlewareOptions;
exports.sM = getUserAgentPlugin;
exports.Dc = resolveUserAgentConfig;
__webpack_unused_export__ = userAgentMiddleware;


/***/ }),

/***/ 36463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS, REGION_ENV_NAME, REGION_INI_NAME, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveRegionConfig, stsRegionDefaultResolver, stsRegionWarning: warning } = __webpack_require__(305152);
__webpack_unused_export__ = NODE_REGION_CONFIG_FILE_OPTIONS;
__webpack_unused_export__ = NODE_REGION_CONFIG_OPTIONS;
__webpack_unused_export__ = REGION_ENV_NAME;
__webpack_unused_export__ = REGION_INI_NAME;
exports.Rq = getAwsRegionExtensionConfiguration;
exports.$3 = resolveAwsRegionExtensionConfiguration;
__webpack_unused_export__ = resolveRegionConfig;
__webpack_unused_export__ = stsRegionDefaultResolver;
__webpack_unused_export__ = warning;


/***/ }),

/***/ 83068:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, getUserAgentPrefix, isIpAddress, partition, resolveDefaultAwsRegionalEndpointsConfig, resolveEndpoint, setPartitionInfo, toEndpointV1, useDefaultPartitionInfo } = __webpack_require__(305152);
exports.UF = awsEndpointFunctions;
__webpack_unused_export__ = getUserAgentPrefix;
__webpack_unused_export__ = isIpAddress;
__webpack_unused_export__ = partition;
__webpack_unused_export__ = resolveDefaultAwsRegionalEndpointsConfig;
__webpack_unused_export__ = resolveEndpoint;
__webpack_unused_export__ = setPartitionInfo;
__webpack_unused_export__ = toEndpointV1;
__webpack_unused_export__ = useDefaultPartitionInfo;
const { EndpointError } = __webpack_require__(162085);
__webpack_unused_export__ = EndpointError;


/***/ }),

/***/ 351656:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { NODE_APP_ID_CONFIG_OPTIONS, UA_APP_ID_ENV_NAME, UA_APP_ID_INI_NAME, createDefaultUserAgentProvider, crtAvailability, defaultUserAgent } = __webpack_require__(305152);
exports.hV = NODE_APP_ID_CONFIG_OPTIONS;
__webpack_unused_export__ = UA_APP_ID_ENV_NAME;
__webpack_unused_export__ = UA_APP_ID_INI_NAME;
exports.pf = createDefaultUserAgentProvider;
__webpack_unused_export__ = crtAvailability;
__webpack_unused_export__ = defaultUserAgent;


/***/ }),

/***/ 139316:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = exports.TD = exports.zH = exports.GG = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.Ko = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.e$ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
var config_1 = __webpack_require__(247291);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.ENV_USE_DUALSTACK_ENDPOINT; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.CONFIG_USE_DUALSTACK_ENDPOINT; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_DUALSTACK_ENDPOINT; } });
Object.defineProperty(exports, "e$", ({ enumerable: true, get: function () { return config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.nodeDualstackConfigSelectors; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.ENV_USE_FIPS_ENDPOINT; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.CONFIG_USE_FIPS_ENDPOINT; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_FIPS_ENDPOINT; } });
Object.defineProperty(exports, "Ko", ({ enumerable: true, get: function () { return config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.nodeFipsConfigSelectors; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.resolveCustomEndpointsConfig; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.resolveEndpointsConfig; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.REGION_ENV_NAME; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.REGION_INI_NAME; } });
Object.defineProperty(exports, "GG", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "zH", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_FILE_OPTIONS; } }));
Object.defineProperty(exports, "TD", ({ enumerable: true, get: function () { return config_1.resolveRegionConfig; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return config_1.getRegionInfo; } });


/***/ }),

/***/ 105092:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.V = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "V", ({ enumerable: true, get: function () { return serde_1.Hash; } }));


/***/ }),

/***/ 947212:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.vK = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
var protocols_1 = __webpack_require__(693422);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddleware; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddlewareOptions; } });
Object.defineProperty(exports, "vK", ({ enumerable: true, get: function () { return protocols_1.getContentLengthPlugin; } }));


/***/ }),

/***/ 740099:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = exports.Co = exports.rD = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
var endpoints_1 = __webpack_require__(162085);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.getEndpointFromInstructions; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.resolveParams; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.toEndpointV1; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.endpointMiddleware; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.endpointMiddlewareOptions; } });
Object.defineProperty(exports, "rD", ({ enumerable: true, get: function () { return endpoints_1.getEndpointPlugin; } }));
Object.defineProperty(exports, "Co", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointConfig; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointRequiredConfig; } });


/***/ }),

/***/ 419618:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.$z = __webpack_unused_export__ = __webpack_unused_export__ = exports.ey = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.kN = exports.qs = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
var retry_1 = __webpack_require__(923609);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.DeprecatedAdaptiveRetryStrategy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.DeprecatedStandardRetryStrategy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.CONFIG_MAX_ATTEMPTS; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.CONFIG_RETRY_MODE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.ENV_MAX_ATTEMPTS; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.ENV_RETRY_MODE; } });
Object.defineProperty(exports, "qs", ({ enumerable: true, get: function () { return retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "kN", ({ enumerable: true, get: function () { return retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.defaultDelayDecider; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.defaultRetryDecider; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.getOmitRetryHeadersPlugin; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.getRetryAfterHint; } });
Object.defineProperty(exports, "ey", ({ enumerable: true, get: function () { return retry_1.getRetryPlugin; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddleware; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddlewareOptions; } });
Object.defineProperty(exports, "$z", ({ enumerable: true, get: function () { return retry_1.resolveRetryConfig; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.retryMiddleware; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.retryMiddlewareOptions; } });


/***/ }),

/***/ 755704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.Z = void 0;
var config_1 = __webpack_require__(247291);
Object.defineProperty(exports, "Z", ({ enumerable: true, get: function () { return config_1.loadConfig; } }));


/***/ }),

/***/ 572356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.jt = exports.eS = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
var protocols_1 = __webpack_require__(693422);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.Field; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.Fields; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.HttpRequest; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.HttpResponse; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.isValidHostname; } });
Object.defineProperty(exports, "eS", ({ enumerable: true, get: function () { return protocols_1.getHttpHandlerExtensionConfiguration; } }));
Object.defineProperty(exports, "jt", ({ enumerable: true, get: function () { return protocols_1.resolveHttpHandlerRuntimeConfig; } }));


/***/ }),

/***/ 161411:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.TJ = __webpack_unused_export__ = exports.N4 = exports.uB = exports.Kj = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.uv = __webpack_unused_export__ = exports.lT = __webpack_unused_export__ = __webpack_unused_export__ = exports.xA = __webpack_unused_export__ = __webpack_unused_export__ = exports.I9 = __webpack_unused_export__ = void 0;
var serde_1 = __webpack_require__(992430);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.LazyJsonString; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.NumericValue; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1._parseEpochTimestamp; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1._parseRfc3339DateTimeWithOffset; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1._parseRfc7231DateTime; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.copyDocumentWithTransform; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.dateToUtcString; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectBoolean; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectByte; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectFloat32; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectInt; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectInt32; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectLong; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectNonNull; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectNumber; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectObject; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectShort; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectString; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.expectUnion; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.generateIdempotencyToken; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.handleFloat; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.limitedParseDouble; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.limitedParseFloat; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.limitedParseFloat32; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.logger; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.nv; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.parseBoolean; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.parseEpochTimestamp; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTime; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTimeWithOffset; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.parseRfc7231DateTime; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.quoteHeader; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.splitEvery; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.splitHeader; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.strictParseByte; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.strictParseDouble; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.strictParseFloat; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.strictParseFloat32; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.strictParseInt; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.strictParseInt32; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.strictParseLong; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.strictParseShort; } });
var client_1 = __webpack_require__(592658);
Object.defineProperty(exports, "Kj", ({ enumerable: true, get: function () { return client_1.Client; } }));
Object.defineProperty(exports, "uB", ({ enumerable: true, get: function () { return client_1.Command; } }));
Object.defineProperty(exports, "N4", ({ enumerable: true, get: function () { return client_1.NoOpLogger; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.SENSITIVE_STRING; } });
Object.defineProperty(exports, "TJ", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1._json; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.convertMap; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.createAggregatedClient; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.decorateServiceException; } });
Object.defineProperty(exports, "I9", ({ enumerable: true, get: function () { return client_1.emitWarningIfUnsupportedVersion; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.getArrayIfSingleItem; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.getDefaultClientConfiguration; } });
Object.defineProperty(exports, "xA", ({ enumerable: true, get: function () { return client_1.getDefaultExtensionConfiguration; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.getValueFromTextNode; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.isSerializableHeaderValue; } });
Object.defineProperty(exports, "lT", ({ enumerable: true, get: function () { return client_1.loadConfigsForDefaultMode; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.map; } });
Object.defineProperty(exports, "uv", ({ enumerable: true, get: function () { return client_1.resolveDefaultRuntimeConfig; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.serializeDateTime; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.serializeFloat; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.take; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.throwDefaultError; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return client_1.withBaseException; } });
var protocols_1 = __webpack_require__(693422);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.collectBody; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.extendedEncodeURIComponent; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return protocols_1.resolvedPath; } });


/***/ }),

/***/ 914494:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.D = void 0;
var protocols_1 = __webpack_require__(693422);
Object.defineProperty(exports, "D", ({ enumerable: true, get: function () { return protocols_1.parseUrl; } }));


/***/ }),

/***/ 168385:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.nk = exports.Ey = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "Ey", ({ enumerable: true, get: function () { return serde_1.fromBase64; } }));
Object.defineProperty(exports, "nk", ({ enumerable: true, get: function () { return serde_1.toBase64; } }));


/***/ }),

/***/ 613638:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.n = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "n", ({ enumerable: true, get: function () { return serde_1.calculateBodyLength; } }));


/***/ }),

/***/ 715435:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.I = void 0;
var config_1 = __webpack_require__(247291);
Object.defineProperty(exports, "I", ({ enumerable: true, get: function () { return config_1.resolveDefaultsModeConfig; } }));


/***/ }),

/***/ 979674:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = exports.sO = exports.mw = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.kS = __webpack_unused_export__ = void 0;
var endpoints_1 = __webpack_require__(162085);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.BinaryDecisionDiagram; } });
Object.defineProperty(exports, "kS", ({ enumerable: true, get: function () { return endpoints_1.EndpointCache; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.decideEndpoint; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.isIpAddress; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.isValidHostLabel; } });
Object.defineProperty(exports, "mw", ({ enumerable: true, get: function () { return endpoints_1.customEndpointFunctions; } }));
Object.defineProperty(exports, "sO", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpoint; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return endpoints_1.EndpointError; } });


/***/ }),

/***/ 876324:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.te = exports.ug = void 0;
var client_1 = __webpack_require__(592658);
Object.defineProperty(exports, "ug", ({ enumerable: true, get: function () { return client_1.getSmithyContext; } }));
Object.defineProperty(exports, "te", ({ enumerable: true, get: function () { return client_1.normalizeProvider; } }));


/***/ }),

/***/ 415518:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.L0 = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
var retry_1 = __webpack_require__(923609);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.AdaptiveRetryStrategy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.ConfiguredRetryStrategy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.DefaultRateLimiter; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.StandardRetryStrategy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.DEFAULT_MAX_ATTEMPTS; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_DELAY_BASE; } });
Object.defineProperty(exports, "L0", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_MODE; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.INITIAL_RETRY_TOKENS; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.INVOCATION_ID_HEADER; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.MAXIMUM_RETRY_DELAY; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.REQUEST_HEADER; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.NO_RETRY_INCREMENT; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.RETRY_COST; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.RETRY_MODES; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.Retry; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.THROTTLING_RETRY_DELAY_BASE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return retry_1.TIMEOUT_RETRY_COST; } });


/***/ }),

/***/ 971577:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.Pq = __webpack_unused_export__ = exports.ar = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "ar", ({ enumerable: true, get: function () { return serde_1.fromUtf8; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.toUint8Array; } });
Object.defineProperty(exports, "Pq", ({ enumerable: true, get: function () { return serde_1.toUtf8; } }));


/***/ })

};
