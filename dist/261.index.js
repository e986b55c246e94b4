export const id = 261;
export const ids = [261];
export const modules = {

/***/ 2454:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpAuthSchemeConfig = exports.defaultProtonHttpAuthSchemeProvider = exports.defaultProtonHttpAuthSchemeParametersProvider = void 0;
const httpAuthSchemes_1 = __webpack_require__(797523);
const util_middleware_1 = __webpack_require__(876324);
const defaultProtonHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0, util_middleware_1.getSmithyContext)(context).operation,
        region: await (0, util_middleware_1.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
exports.defaultProtonHttpAuthSchemeParametersProvider = defaultProtonHttpAuthSchemeParametersProvider;
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
exports.defaultProtonHttpAuthSchemeProvider = defaultProtonHttpAuthSchemeProvider;
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0, httpAuthSchemes_1.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0, util_middleware_1.normalizeProvider)(config.authSchemePreference ?? []),
    });
};
exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;


/***/ }),

/***/ 508624:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEndpointResolver = void 0;
const util_endpoints_1 = __webpack_require__(83068);
const util_endpoints_2 = __webpack_require__(979674);
const ruleset_1 = __webpack_require__(495853);
const cache = new util_endpoints_2.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0, util_endpoints_2.resolveEndpoint)(ruleset_1.ruleSet, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
exports.defaultEndpointResolver = defaultEndpointResolver;
util_endpoints_2.customEndpointFunctions.aws = util_endpoints_1.awsEndpointFunctions;


/***/ }),

/***/ 495853:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ruleSet = void 0;
const s = "required", t = "fn", u = "argv", v = "ref";
const a = true, b = "isSet", c = "booleanEquals", d = "error", e = "endpoint", f = "tree", g = "PartitionResult", h = { [s]: false, "type": "string" }, i = { [s]: true, "default": false, "type": "boolean" }, j = { [v]: "Endpoint" }, k = { [t]: c, [u]: [{ [v]: "UseFIPS" }, true] }, l = { [t]: c, [u]: [{ [v]: "UseDualStack" }, true] }, m = {}, n = { [t]: "getAttr", [u]: [{ [v]: g }, "supportsFIPS"] }, o = { [t]: c, [u]: [true, { [t]: "getAttr", [u]: [{ [v]: g }, "supportsDualStack"] }] }, p = [k], q = [l], r = [{ [v]: "Region" }];
const _data = { version: "1.0", parameters: { Region: h, UseDualStack: i, UseFIPS: i, Endpoint: h }, rules: [{ conditions: [{ [t]: b, [u]: [j] }], rules: [{ conditions: p, error: "Invalid Configuration: FIPS and custom endpoint are not supported", type: d }, { conditions: q, error: "Invalid Configuration: Dualstack and custom endpoint are not supported", type: d }, { endpoint: { url: j, properties: m, headers: m }, type: e }], type: f }, { conditions: [{ [t]: b, [u]: r }], rules: [{ conditions: [{ [t]: "aws.partition", [u]: r, assign: g }], rules: [{ conditions: [k, l], rules: [{ conditions: [{ [t]: c, [u]: [a, n] }, o], rules: [{ endpoint: { url: "https://proton-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "FIPS and DualStack are enabled, but this partition does not support one or both", type: d }], type: f }, { conditions: p, rules: [{ conditions: [{ [t]: c, [u]: [n, a] }], rules: [{ endpoint: { url: "https://proton-fips.{Region}.{PartitionResult#dnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "FIPS is enabled but this partition does not support FIPS", type: d }], type: f }, { conditions: q, rules: [{ conditions: [o], rules: [{ endpoint: { url: "https://proton.{Region}.{PartitionResult#dualStackDnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "DualStack is enabled but this partition does not support DualStack", type: d }], type: f }, { endpoint: { url: "https://proton.{Region}.{PartitionResult#dnsSuffix}", properties: m, headers: m }, type: e }], type: f }], type: f }, { error: "Invalid Configuration: Missing Region", type: d }] };
exports.ruleSet = _data;


/***/ }),

/***/ 224261:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var middlewareHostHeader = __webpack_require__(752590);
var middlewareLogger = __webpack_require__(985242);
var middlewareRecursionDetection = __webpack_require__(381568);
var middlewareUserAgent = __webpack_require__(332959);
var configResolver = __webpack_require__(139316);
var core = __webpack_require__(690402);
var schema = __webpack_require__(126890);
var middlewareContentLength = __webpack_require__(947212);
var middlewareEndpoint = __webpack_require__(740099);
var middlewareRetry = __webpack_require__(419618);
var smithyClient = __webpack_require__(161411);
var httpAuthSchemeProvider = __webpack_require__(2454);
var runtimeConfig = __webpack_require__(709135);
var regionConfigResolver = __webpack_require__(36463);
var protocolHttp = __webpack_require__(572356);
var schemas_0 = __webpack_require__(933957);
var utilWaiter = __webpack_require__(995290);
var errors = __webpack_require__(46969);
var ProtonServiceException = __webpack_require__(573638);

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

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(regionConfigResolver.getAwsRegionExtensionConfiguration(runtimeConfig), smithyClient.getDefaultExtensionConfiguration(runtimeConfig), protocolHttp.getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, regionConfigResolver.resolveAwsRegionExtensionConfiguration(extensionConfiguration), smithyClient.resolveDefaultRuntimeConfig(extensionConfiguration), protocolHttp.resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class ProtonClient extends smithyClient.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig.getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = middlewareUserAgent.resolveUserAgentConfig(_config_1);
        const _config_3 = middlewareRetry.resolveRetryConfig(_config_2);
        const _config_4 = configResolver.resolveRegionConfig(_config_3);
        const _config_5 = middlewareHostHeader.resolveHostHeaderConfig(_config_4);
        const _config_6 = middlewareEndpoint.resolveEndpointConfig(_config_5);
        const _config_7 = httpAuthSchemeProvider.resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(schema.getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(middlewareUserAgent.getUserAgentPlugin(this.config));
        this.middlewareStack.use(middlewareRetry.getRetryPlugin(this.config));
        this.middlewareStack.use(middlewareContentLength.getContentLengthPlugin(this.config));
        this.middlewareStack.use(middlewareHostHeader.getHostHeaderPlugin(this.config));
        this.middlewareStack.use(middlewareLogger.getLoggerPlugin(this.config));
        this.middlewareStack.use(middlewareRecursionDetection.getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(core.getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultProtonHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new core.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(core.getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

class AcceptEnvironmentAccountConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "AcceptEnvironmentAccountConnection", {})
    .n("ProtonClient", "AcceptEnvironmentAccountConnectionCommand")
    .sc(schemas_0.AcceptEnvironmentAccountConnection$)
    .build() {
}

class CancelComponentDeploymentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CancelComponentDeployment", {})
    .n("ProtonClient", "CancelComponentDeploymentCommand")
    .sc(schemas_0.CancelComponentDeployment$)
    .build() {
}

class CancelEnvironmentDeploymentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CancelEnvironmentDeployment", {})
    .n("ProtonClient", "CancelEnvironmentDeploymentCommand")
    .sc(schemas_0.CancelEnvironmentDeployment$)
    .build() {
}

class CancelServiceInstanceDeploymentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CancelServiceInstanceDeployment", {})
    .n("ProtonClient", "CancelServiceInstanceDeploymentCommand")
    .sc(schemas_0.CancelServiceInstanceDeployment$)
    .build() {
}

class CancelServicePipelineDeploymentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CancelServicePipelineDeployment", {})
    .n("ProtonClient", "CancelServicePipelineDeploymentCommand")
    .sc(schemas_0.CancelServicePipelineDeployment$)
    .build() {
}

class CreateComponentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateComponent", {})
    .n("ProtonClient", "CreateComponentCommand")
    .sc(schemas_0.CreateComponent$)
    .build() {
}

class CreateEnvironmentAccountConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateEnvironmentAccountConnection", {})
    .n("ProtonClient", "CreateEnvironmentAccountConnectionCommand")
    .sc(schemas_0.CreateEnvironmentAccountConnection$)
    .build() {
}

class CreateEnvironmentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateEnvironment", {})
    .n("ProtonClient", "CreateEnvironmentCommand")
    .sc(schemas_0.CreateEnvironment$)
    .build() {
}

class CreateEnvironmentTemplateCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateEnvironmentTemplate", {})
    .n("ProtonClient", "CreateEnvironmentTemplateCommand")
    .sc(schemas_0.CreateEnvironmentTemplate$)
    .build() {
}

class CreateEnvironmentTemplateVersionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateEnvironmentTemplateVersion", {})
    .n("ProtonClient", "CreateEnvironmentTemplateVersionCommand")
    .sc(schemas_0.CreateEnvironmentTemplateVersion$)
    .build() {
}

class CreateRepositoryCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateRepository", {})
    .n("ProtonClient", "CreateRepositoryCommand")
    .sc(schemas_0.CreateRepository$)
    .build() {
}

class CreateServiceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateService", {})
    .n("ProtonClient", "CreateServiceCommand")
    .sc(schemas_0.CreateService$)
    .build() {
}

class CreateServiceInstanceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateServiceInstance", {})
    .n("ProtonClient", "CreateServiceInstanceCommand")
    .sc(schemas_0.CreateServiceInstance$)
    .build() {
}

class CreateServiceSyncConfigCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateServiceSyncConfig", {})
    .n("ProtonClient", "CreateServiceSyncConfigCommand")
    .sc(schemas_0.CreateServiceSyncConfig$)
    .build() {
}

class CreateServiceTemplateCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateServiceTemplate", {})
    .n("ProtonClient", "CreateServiceTemplateCommand")
    .sc(schemas_0.CreateServiceTemplate$)
    .build() {
}

class CreateServiceTemplateVersionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateServiceTemplateVersion", {})
    .n("ProtonClient", "CreateServiceTemplateVersionCommand")
    .sc(schemas_0.CreateServiceTemplateVersion$)
    .build() {
}

class CreateTemplateSyncConfigCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "CreateTemplateSyncConfig", {})
    .n("ProtonClient", "CreateTemplateSyncConfigCommand")
    .sc(schemas_0.CreateTemplateSyncConfig$)
    .build() {
}

class DeleteComponentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteComponent", {})
    .n("ProtonClient", "DeleteComponentCommand")
    .sc(schemas_0.DeleteComponent$)
    .build() {
}

class DeleteDeploymentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteDeployment", {})
    .n("ProtonClient", "DeleteDeploymentCommand")
    .sc(schemas_0.DeleteDeployment$)
    .build() {
}

class DeleteEnvironmentAccountConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteEnvironmentAccountConnection", {})
    .n("ProtonClient", "DeleteEnvironmentAccountConnectionCommand")
    .sc(schemas_0.DeleteEnvironmentAccountConnection$)
    .build() {
}

class DeleteEnvironmentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteEnvironment", {})
    .n("ProtonClient", "DeleteEnvironmentCommand")
    .sc(schemas_0.DeleteEnvironment$)
    .build() {
}

class DeleteEnvironmentTemplateCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteEnvironmentTemplate", {})
    .n("ProtonClient", "DeleteEnvironmentTemplateCommand")
    .sc(schemas_0.DeleteEnvironmentTemplate$)
    .build() {
}

class DeleteEnvironmentTemplateVersionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteEnvironmentTemplateVersion", {})
    .n("ProtonClient", "DeleteEnvironmentTemplateVersionCommand")
    .sc(schemas_0.DeleteEnvironmentTemplateVersion$)
    .build() {
}

class DeleteRepositoryCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteRepository", {})
    .n("ProtonClient", "DeleteRepositoryCommand")
    .sc(schemas_0.DeleteRepository$)
    .build() {
}

class DeleteServiceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteService", {})
    .n("ProtonClient", "DeleteServiceCommand")
    .sc(schemas_0.DeleteService$)
    .build() {
}

class DeleteServiceSyncConfigCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteServiceSyncConfig", {})
    .n("ProtonClient", "DeleteServiceSyncConfigCommand")
    .sc(schemas_0.DeleteServiceSyncConfig$)
    .build() {
}

class DeleteServiceTemplateCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteServiceTemplate", {})
    .n("ProtonClient", "DeleteServiceTemplateCommand")
    .sc(schemas_0.DeleteServiceTemplate$)
    .build() {
}

class DeleteServiceTemplateVersionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteServiceTemplateVersion", {})
    .n("ProtonClient", "DeleteServiceTemplateVersionCommand")
    .sc(schemas_0.DeleteServiceTemplateVersion$)
    .build() {
}

class DeleteTemplateSyncConfigCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "DeleteTemplateSyncConfig", {})
    .n("ProtonClient", "DeleteTemplateSyncConfigCommand")
    .sc(schemas_0.DeleteTemplateSyncConfig$)
    .build() {
}

class GetAccountSettingsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetAccountSettings", {})
    .n("ProtonClient", "GetAccountSettingsCommand")
    .sc(schemas_0.GetAccountSettings$)
    .build() {
}

class GetComponentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetComponent", {})
    .n("ProtonClient", "GetComponentCommand")
    .sc(schemas_0.GetComponent$)
    .build() {
}

class GetDeploymentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetDeployment", {})
    .n("ProtonClient", "GetDeploymentCommand")
    .sc(schemas_0.GetDeployment$)
    .build() {
}

class GetEnvironmentAccountConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetEnvironmentAccountConnection", {})
    .n("ProtonClient", "GetEnvironmentAccountConnectionCommand")
    .sc(schemas_0.GetEnvironmentAccountConnection$)
    .build() {
}

class GetEnvironmentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetEnvironment", {})
    .n("ProtonClient", "GetEnvironmentCommand")
    .sc(schemas_0.GetEnvironment$)
    .build() {
}

class GetEnvironmentTemplateCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetEnvironmentTemplate", {})
    .n("ProtonClient", "GetEnvironmentTemplateCommand")
    .sc(schemas_0.GetEnvironmentTemplate$)
    .build() {
}

class GetEnvironmentTemplateVersionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetEnvironmentTemplateVersion", {})
    .n("ProtonClient", "GetEnvironmentTemplateVersionCommand")
    .sc(schemas_0.GetEnvironmentTemplateVersion$)
    .build() {
}

class GetRepositoryCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetRepository", {})
    .n("ProtonClient", "GetRepositoryCommand")
    .sc(schemas_0.GetRepository$)
    .build() {
}

class GetRepositorySyncStatusCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetRepositorySyncStatus", {})
    .n("ProtonClient", "GetRepositorySyncStatusCommand")
    .sc(schemas_0.GetRepositorySyncStatus$)
    .build() {
}

class GetResourcesSummaryCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetResourcesSummary", {})
    .n("ProtonClient", "GetResourcesSummaryCommand")
    .sc(schemas_0.GetResourcesSummary$)
    .build() {
}

class GetServiceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetService", {})
    .n("ProtonClient", "GetServiceCommand")
    .sc(schemas_0.GetService$)
    .build() {
}

class GetServiceInstanceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetServiceInstance", {})
    .n("ProtonClient", "GetServiceInstanceCommand")
    .sc(schemas_0.GetServiceInstance$)
    .build() {
}

class GetServiceInstanceSyncStatusCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetServiceInstanceSyncStatus", {})
    .n("ProtonClient", "GetServiceInstanceSyncStatusCommand")
    .sc(schemas_0.GetServiceInstanceSyncStatus$)
    .build() {
}

class GetServiceSyncBlockerSummaryCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetServiceSyncBlockerSummary", {})
    .n("ProtonClient", "GetServiceSyncBlockerSummaryCommand")
    .sc(schemas_0.GetServiceSyncBlockerSummary$)
    .build() {
}

class GetServiceSyncConfigCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetServiceSyncConfig", {})
    .n("ProtonClient", "GetServiceSyncConfigCommand")
    .sc(schemas_0.GetServiceSyncConfig$)
    .build() {
}

class GetServiceTemplateCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetServiceTemplate", {})
    .n("ProtonClient", "GetServiceTemplateCommand")
    .sc(schemas_0.GetServiceTemplate$)
    .build() {
}

class GetServiceTemplateVersionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetServiceTemplateVersion", {})
    .n("ProtonClient", "GetServiceTemplateVersionCommand")
    .sc(schemas_0.GetServiceTemplateVersion$)
    .build() {
}

class GetTemplateSyncConfigCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetTemplateSyncConfig", {})
    .n("ProtonClient", "GetTemplateSyncConfigCommand")
    .sc(schemas_0.GetTemplateSyncConfig$)
    .build() {
}

class GetTemplateSyncStatusCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "GetTemplateSyncStatus", {})
    .n("ProtonClient", "GetTemplateSyncStatusCommand")
    .sc(schemas_0.GetTemplateSyncStatus$)
    .build() {
}

class ListComponentOutputsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListComponentOutputs", {})
    .n("ProtonClient", "ListComponentOutputsCommand")
    .sc(schemas_0.ListComponentOutputs$)
    .build() {
}

class ListComponentProvisionedResourcesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListComponentProvisionedResources", {})
    .n("ProtonClient", "ListComponentProvisionedResourcesCommand")
    .sc(schemas_0.ListComponentProvisionedResources$)
    .build() {
}

class ListComponentsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListComponents", {})
    .n("ProtonClient", "ListComponentsCommand")
    .sc(schemas_0.ListComponents$)
    .build() {
}

class ListDeploymentsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListDeployments", {})
    .n("ProtonClient", "ListDeploymentsCommand")
    .sc(schemas_0.ListDeployments$)
    .build() {
}

class ListEnvironmentAccountConnectionsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListEnvironmentAccountConnections", {})
    .n("ProtonClient", "ListEnvironmentAccountConnectionsCommand")
    .sc(schemas_0.ListEnvironmentAccountConnections$)
    .build() {
}

class ListEnvironmentOutputsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListEnvironmentOutputs", {})
    .n("ProtonClient", "ListEnvironmentOutputsCommand")
    .sc(schemas_0.ListEnvironmentOutputs$)
    .build() {
}

class ListEnvironmentProvisionedResourcesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListEnvironmentProvisionedResources", {})
    .n("ProtonClient", "ListEnvironmentProvisionedResourcesCommand")
    .sc(schemas_0.ListEnvironmentProvisionedResources$)
    .build() {
}

class ListEnvironmentsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListEnvironments", {})
    .n("ProtonClient", "ListEnvironmentsCommand")
    .sc(schemas_0.ListEnvironments$)
    .build() {
}

class ListEnvironmentTemplatesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListEnvironmentTemplates", {})
    .n("ProtonClient", "ListEnvironmentTemplatesCommand")
    .sc(schemas_0.ListEnvironmentTemplates$)
    .build() {
}

class ListEnvironmentTemplateVersionsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListEnvironmentTemplateVersions", {})
    .n("ProtonClient", "ListEnvironmentTemplateVersionsCommand")
    .sc(schemas_0.ListEnvironmentTemplateVersions$)
    .build() {
}

class ListRepositoriesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListRepositories", {})
    .n("ProtonClient", "ListRepositoriesCommand")
    .sc(schemas_0.ListRepositories$)
    .build() {
}

class ListRepositorySyncDefinitionsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListRepositorySyncDefinitions", {})
    .n("ProtonClient", "ListRepositorySyncDefinitionsCommand")
    .sc(schemas_0.ListRepositorySyncDefinitions$)
    .build() {
}

class ListServiceInstanceOutputsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListServiceInstanceOutputs", {})
    .n("ProtonClient", "ListServiceInstanceOutputsCommand")
    .sc(schemas_0.ListServiceInstanceOutputs$)
    .build() {
}

class ListServiceInstanceProvisionedResourcesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListServiceInstanceProvisionedResources", {})
    .n("ProtonClient", "ListServiceInstanceProvisionedResourcesCommand")
    .sc(schemas_0.ListServiceInstanceProvisionedResources$)
    .build() {
}

class ListServiceInstancesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListServiceInstances", {})
    .n("ProtonClient", "ListServiceInstancesCommand")
    .sc(schemas_0.ListServiceInstances$)
    .build() {
}

class ListServicePipelineOutputsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListServicePipelineOutputs", {})
    .n("ProtonClient", "ListServicePipelineOutputsCommand")
    .sc(schemas_0.ListServicePipelineOutputs$)
    .build() {
}

class ListServicePipelineProvisionedResourcesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListServicePipelineProvisionedResources", {})
    .n("ProtonClient", "ListServicePipelineProvisionedResourcesCommand")
    .sc(schemas_0.ListServicePipelineProvisionedResources$)
    .build() {
}

class ListServicesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListServices", {})
    .n("ProtonClient", "ListServicesCommand")
    .sc(schemas_0.ListServices$)
    .build() {
}

class ListServiceTemplatesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListServiceTemplates", {})
    .n("ProtonClient", "ListServiceTemplatesCommand")
    .sc(schemas_0.ListServiceTemplates$)
    .build() {
}

class ListServiceTemplateVersionsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListServiceTemplateVersions", {})
    .n("ProtonClient", "ListServiceTemplateVersionsCommand")
    .sc(schemas_0.ListServiceTemplateVersions$)
    .build() {
}

class ListTagsForResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "ListTagsForResource", {})
    .n("ProtonClient", "ListTagsForResourceCommand")
    .sc(schemas_0.ListTagsForResource$)
    .build() {
}

class NotifyResourceDeploymentStatusChangeCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "NotifyResourceDeploymentStatusChange", {})
    .n("ProtonClient", "NotifyResourceDeploymentStatusChangeCommand")
    .sc(schemas_0.NotifyResourceDeploymentStatusChange$)
    .build() {
}

class RejectEnvironmentAccountConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "RejectEnvironmentAccountConnection", {})
    .n("ProtonClient", "RejectEnvironmentAccountConnectionCommand")
    .sc(schemas_0.RejectEnvironmentAccountConnection$)
    .build() {
}

class TagResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "TagResource", {})
    .n("ProtonClient", "TagResourceCommand")
    .sc(schemas_0.TagResource$)
    .build() {
}

class UntagResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UntagResource", {})
    .n("ProtonClient", "UntagResourceCommand")
    .sc(schemas_0.UntagResource$)
    .build() {
}

class UpdateAccountSettingsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateAccountSettings", {})
    .n("ProtonClient", "UpdateAccountSettingsCommand")
    .sc(schemas_0.UpdateAccountSettings$)
    .build() {
}

class UpdateComponentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateComponent", {})
    .n("ProtonClient", "UpdateComponentCommand")
    .sc(schemas_0.UpdateComponent$)
    .build() {
}

class UpdateEnvironmentAccountConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateEnvironmentAccountConnection", {})
    .n("ProtonClient", "UpdateEnvironmentAccountConnectionCommand")
    .sc(schemas_0.UpdateEnvironmentAccountConnection$)
    .build() {
}

class UpdateEnvironmentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateEnvironment", {})
    .n("ProtonClient", "UpdateEnvironmentCommand")
    .sc(schemas_0.UpdateEnvironment$)
    .build() {
}

class UpdateEnvironmentTemplateCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateEnvironmentTemplate", {})
    .n("ProtonClient", "UpdateEnvironmentTemplateCommand")
    .sc(schemas_0.UpdateEnvironmentTemplate$)
    .build() {
}

class UpdateEnvironmentTemplateVersionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateEnvironmentTemplateVersion", {})
    .n("ProtonClient", "UpdateEnvironmentTemplateVersionCommand")
    .sc(schemas_0.UpdateEnvironmentTemplateVersion$)
    .build() {
}

class UpdateServiceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateService", {})
    .n("ProtonClient", "UpdateServiceCommand")
    .sc(schemas_0.UpdateService$)
    .build() {
}

class UpdateServiceInstanceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateServiceInstance", {})
    .n("ProtonClient", "UpdateServiceInstanceCommand")
    .sc(schemas_0.UpdateServiceInstance$)
    .build() {
}

class UpdateServicePipelineCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateServicePipeline", {})
    .n("ProtonClient", "UpdateServicePipelineCommand")
    .sc(schemas_0.UpdateServicePipeline$)
    .build() {
}

class UpdateServiceSyncBlockerCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateServiceSyncBlocker", {})
    .n("ProtonClient", "UpdateServiceSyncBlockerCommand")
    .sc(schemas_0.UpdateServiceSyncBlocker$)
    .build() {
}

class UpdateServiceSyncConfigCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateServiceSyncConfig", {})
    .n("ProtonClient", "UpdateServiceSyncConfigCommand")
    .sc(schemas_0.UpdateServiceSyncConfig$)
    .build() {
}

class UpdateServiceTemplateCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateServiceTemplate", {})
    .n("ProtonClient", "UpdateServiceTemplateCommand")
    .sc(schemas_0.UpdateServiceTemplate$)
    .build() {
}

class UpdateServiceTemplateVersionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateServiceTemplateVersion", {})
    .n("ProtonClient", "UpdateServiceTemplateVersionCommand")
    .sc(schemas_0.UpdateServiceTemplateVersion$)
    .build() {
}

class UpdateTemplateSyncConfigCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AwsProton20200720", "UpdateTemplateSyncConfig", {})
    .n("ProtonClient", "UpdateTemplateSyncConfigCommand")
    .sc(schemas_0.UpdateTemplateSyncConfig$)
    .build() {
}

const paginateListComponentOutputs = core.createPaginator(ProtonClient, ListComponentOutputsCommand, "nextToken", "nextToken", "");

const paginateListComponentProvisionedResources = core.createPaginator(ProtonClient, ListComponentProvisionedResourcesCommand, "nextToken", "nextToken", "");

const paginateListComponents = core.createPaginator(ProtonClient, ListComponentsCommand, "nextToken", "nextToken", "maxResults");

const paginateListDeployments = core.createPaginator(ProtonClient, ListDeploymentsCommand, "nextToken", "nextToken", "maxResults");

const paginateListEnvironmentAccountConnections = core.createPaginator(ProtonClient, ListEnvironmentAccountConnectionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListEnvironmentOutputs = core.createPaginator(ProtonClient, ListEnvironmentOutputsCommand, "nextToken", "nextToken", "");

const paginateListEnvironmentProvisionedResources = core.createPaginator(ProtonClient, ListEnvironmentProvisionedResourcesCommand, "nextToken", "nextToken", "");

const paginateListEnvironments = core.createPaginator(ProtonClient, ListEnvironmentsCommand, "nextToken", "nextToken", "maxResults");

const paginateListEnvironmentTemplates = core.createPaginator(ProtonClient, ListEnvironmentTemplatesCommand, "nextToken", "nextToken", "maxResults");

const paginateListEnvironmentTemplateVersions = core.createPaginator(ProtonClient, ListEnvironmentTemplateVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListRepositories = core.createPaginator(ProtonClient, ListRepositoriesCommand, "nextToken", "nextToken", "maxResults");

const paginateListRepositorySyncDefinitions = core.createPaginator(ProtonClient, ListRepositorySyncDefinitionsCommand, "nextToken", "nextToken", "");

const paginateListServiceInstanceOutputs = core.createPaginator(ProtonClient, ListServiceInstanceOutputsCommand, "nextToken", "nextToken", "");

const paginateListServiceInstanceProvisionedResources = core.createPaginator(ProtonClient, ListServiceInstanceProvisionedResourcesCommand, "nextToken", "nextToken", "");

const paginateListServiceInstances = core.createPaginator(ProtonClient, ListServiceInstancesCommand, "nextToken", "nextToken", "maxResults");

const paginateListServicePipelineOutputs = core.createPaginator(ProtonClient, ListServicePipelineOutputsCommand, "nextToken", "nextToken", "");

const paginateListServicePipelineProvisionedResources = core.createPaginator(ProtonClient, ListServicePipelineProvisionedResourcesCommand, "nextToken", "nextToken", "");

const paginateListServices = core.createPaginator(ProtonClient, ListServicesCommand, "nextToken", "nextToken", "maxResults");

const paginateListServiceTemplates = core.createPaginator(ProtonClient, ListServiceTemplatesCommand, "nextToken", "nextToken", "maxResults");

const paginateListServiceTemplateVersions = core.createPaginator(ProtonClient, ListServiceTemplateVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListTagsForResource = core.createPaginator(ProtonClient, ListTagsForResourceCommand, "nextToken", "nextToken", "maxResults");

const checkState$9 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetComponentCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.component.deploymentStatus;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name && exception.name == "ResourceNotFoundException") {
            return { state: utilWaiter.WaiterState.SUCCESS, reason };
        }
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForComponentDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
};
const waitUntilComponentDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
    return utilWaiter.checkExceptions(result);
};

const checkState$8 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetComponentCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.component.deploymentStatus;
            };
            if (returnComparator() === "SUCCEEDED") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.component.deploymentStatus;
            };
            if (returnComparator() === "FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForComponentDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
};
const waitUntilComponentDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
    return utilWaiter.checkExceptions(result);
};

const checkState$7 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetEnvironmentCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.environment.deploymentStatus;
            };
            if (returnComparator() === "SUCCEEDED") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.environment.deploymentStatus;
            };
            if (returnComparator() === "FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForEnvironmentDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
};
const waitUntilEnvironmentDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
    return utilWaiter.checkExceptions(result);
};

const checkState$6 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetEnvironmentTemplateVersionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.environmentTemplateVersion.status;
            };
            if (returnComparator() === "DRAFT") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.environmentTemplateVersion.status;
            };
            if (returnComparator() === "PUBLISHED") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.environmentTemplateVersion.status;
            };
            if (returnComparator() === "REGISTRATION_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForEnvironmentTemplateVersionRegistered = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 300 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
};
const waitUntilEnvironmentTemplateVersionRegistered = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 300 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
    return utilWaiter.checkExceptions(result);
};

const checkState$5 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetServiceCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "CREATE_FAILED_CLEANUP_COMPLETE") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "CREATE_FAILED_CLEANUP_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "CREATE_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForServiceCreated = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
};
const waitUntilServiceCreated = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    return utilWaiter.checkExceptions(result);
};

const checkState$4 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetServiceCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name && exception.name == "ResourceNotFoundException") {
            return { state: utilWaiter.WaiterState.SUCCESS, reason };
        }
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForServiceDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
};
const waitUntilServiceDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    return utilWaiter.checkExceptions(result);
};

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetServiceInstanceCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.serviceInstance.deploymentStatus;
            };
            if (returnComparator() === "SUCCEEDED") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.serviceInstance.deploymentStatus;
            };
            if (returnComparator() === "FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForServiceInstanceDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilServiceInstanceDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return utilWaiter.checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetServiceCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.service.pipeline.deploymentStatus;
            };
            if (returnComparator() === "SUCCEEDED") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.service.pipeline.deploymentStatus;
            };
            if (returnComparator() === "FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForServicePipelineDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 3600 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilServicePipelineDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 3600 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return utilWaiter.checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetServiceTemplateVersionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.serviceTemplateVersion.status;
            };
            if (returnComparator() === "DRAFT") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.serviceTemplateVersion.status;
            };
            if (returnComparator() === "PUBLISHED") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.serviceTemplateVersion.status;
            };
            if (returnComparator() === "REGISTRATION_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForServiceTemplateVersionRegistered = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 300 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilServiceTemplateVersionRegistered = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 300 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return utilWaiter.checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetServiceCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "UPDATE_FAILED_CLEANUP_COMPLETE") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "UPDATE_FAILED_CLEANUP_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "UPDATE_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.service.status;
            };
            if (returnComparator() === "UPDATE_COMPLETE_CLEANUP_FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForServiceUpdated = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilServiceUpdated = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 4999 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return utilWaiter.checkExceptions(result);
};

const commands = {
    AcceptEnvironmentAccountConnectionCommand,
    CancelComponentDeploymentCommand,
    CancelEnvironmentDeploymentCommand,
    CancelServiceInstanceDeploymentCommand,
    CancelServicePipelineDeploymentCommand,
    CreateComponentCommand,
    CreateEnvironmentCommand,
    CreateEnvironmentAccountConnectionCommand,
    CreateEnvironmentTemplateCommand,
    CreateEnvironmentTemplateVersionCommand,
    CreateRepositoryCommand,
    CreateServiceCommand,
    CreateServiceInstanceCommand,
    CreateServiceSyncConfigCommand,
    CreateServiceTemplateCommand,
    CreateServiceTemplateVersionCommand,
    CreateTemplateSyncConfigCommand,
    DeleteComponentCommand,
    DeleteDeploymentCommand,
    DeleteEnvironmentCommand,
    DeleteEnvironmentAccountConnectionCommand,
    DeleteEnvironmentTemplateCommand,
    DeleteEnvironmentTemplateVersionCommand,
    DeleteRepositoryCommand,
    DeleteServiceCommand,
    DeleteServiceSyncConfigCommand,
    DeleteServiceTemplateCommand,
    DeleteServiceTemplateVersionCommand,
    DeleteTemplateSyncConfigCommand,
    GetAccountSettingsCommand,
    GetComponentCommand,
    GetDeploymentCommand,
    GetEnvironmentCommand,
    GetEnvironmentAccountConnectionCommand,
    GetEnvironmentTemplateCommand,
    GetEnvironmentTemplateVersionCommand,
    GetRepositoryCommand,
    GetRepositorySyncStatusCommand,
    GetResourcesSummaryCommand,
    GetServiceCommand,
    GetServiceInstanceCommand,
    GetServiceInstanceSyncStatusCommand,
    GetServiceSyncBlockerSummaryCommand,
    GetServiceSyncConfigCommand,
    GetServiceTemplateCommand,
    GetServiceTemplateVersionCommand,
    GetTemplateSyncConfigCommand,
    GetTemplateSyncStatusCommand,
    ListComponentOutputsCommand,
    ListComponentProvisionedResourcesCommand,
    ListComponentsCommand,
    ListDeploymentsCommand,
    ListEnvironmentAccountConnectionsCommand,
    ListEnvironmentOutputsCommand,
    ListEnvironmentProvisionedResourcesCommand,
    ListEnvironmentsCommand,
    ListEnvironmentTemplatesCommand,
    ListEnvironmentTemplateVersionsCommand,
    ListRepositoriesCommand,
    ListRepositorySyncDefinitionsCommand,
    ListServiceInstanceOutputsCommand,
    ListServiceInstanceProvisionedResourcesCommand,
    ListServiceInstancesCommand,
    ListServicePipelineOutputsCommand,
    ListServicePipelineProvisionedResourcesCommand,
    ListServicesCommand,
    ListServiceTemplatesCommand,
    ListServiceTemplateVersionsCommand,
    ListTagsForResourceCommand,
    NotifyResourceDeploymentStatusChangeCommand,
    RejectEnvironmentAccountConnectionCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateAccountSettingsCommand,
    UpdateComponentCommand,
    UpdateEnvironmentCommand,
    UpdateEnvironmentAccountConnectionCommand,
    UpdateEnvironmentTemplateCommand,
    UpdateEnvironmentTemplateVersionCommand,
    UpdateServiceCommand,
    UpdateServiceInstanceCommand,
    UpdateServicePipelineCommand,
    UpdateServiceSyncBlockerCommand,
    UpdateServiceSyncConfigCommand,
    UpdateServiceTemplateCommand,
    UpdateServiceTemplateVersionCommand,
    UpdateTemplateSyncConfigCommand,
};
const paginators = {
    paginateListComponentOutputs,
    paginateListComponentProvisionedResources,
    paginateListComponents,
    paginateListDeployments,
    paginateListEnvironmentAccountConnections,
    paginateListEnvironmentOutputs,
    paginateListEnvironmentProvisionedResources,
    paginateListEnvironments,
    paginateListEnvironmentTemplates,
    paginateListEnvironmentTemplateVersions,
    paginateListRepositories,
    paginateListRepositorySyncDefinitions,
    paginateListServiceInstanceOutputs,
    paginateListServiceInstanceProvisionedResources,
    paginateListServiceInstances,
    paginateListServicePipelineOutputs,
    paginateListServicePipelineProvisionedResources,
    paginateListServices,
    paginateListServiceTemplates,
    paginateListServiceTemplateVersions,
    paginateListTagsForResource,
};
const waiters = {
    waitUntilComponentDeployed,
    waitUntilComponentDeleted,
    waitUntilEnvironmentDeployed,
    waitUntilEnvironmentTemplateVersionRegistered,
    waitUntilServiceCreated,
    waitUntilServiceUpdated,
    waitUntilServiceDeleted,
    waitUntilServicePipelineDeployed,
    waitUntilServiceInstanceDeployed,
    waitUntilServiceTemplateVersionRegistered,
};
class Proton extends ProtonClient {
}
smithyClient.createAggregatedClient(commands, Proton, { paginators, waiters });

const EnvironmentAccountConnectionStatus = {
    CONNECTED: "CONNECTED",
    PENDING: "PENDING",
    REJECTED: "REJECTED",
};
const RepositoryProvider = {
    BITBUCKET: "BITBUCKET",
    GITHUB: "GITHUB",
    GITHUB_ENTERPRISE: "GITHUB_ENTERPRISE",
};
const DeploymentStatus = {
    CANCELLED: "CANCELLED",
    CANCELLING: "CANCELLING",
    DELETE_COMPLETE: "DELETE_COMPLETE",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
};
const Provisioning = {
    CUSTOMER_MANAGED: "CUSTOMER_MANAGED",
};
const ProvisionedResourceEngine = {
    CLOUDFORMATION: "CLOUDFORMATION",
    TERRAFORM: "TERRAFORM",
};
const ComponentDeploymentUpdateType = {
    CURRENT_VERSION: "CURRENT_VERSION",
    NONE: "NONE",
};
const DeploymentTargetResourceType = {
    COMPONENT: "COMPONENT",
    ENVIRONMENT: "ENVIRONMENT",
    SERVICE_INSTANCE: "SERVICE_INSTANCE",
    SERVICE_PIPELINE: "SERVICE_PIPELINE",
};
const EnvironmentAccountConnectionRequesterAccountType = {
    ENVIRONMENT_ACCOUNT: "ENVIRONMENT_ACCOUNT",
    MANAGEMENT_ACCOUNT: "MANAGEMENT_ACCOUNT",
};
const DeploymentUpdateType = {
    CURRENT_VERSION: "CURRENT_VERSION",
    MAJOR_VERSION: "MAJOR_VERSION",
    MINOR_VERSION: "MINOR_VERSION",
    NONE: "NONE",
};
const TemplateVersionStatus = {
    DRAFT: "DRAFT",
    PUBLISHED: "PUBLISHED",
    REGISTRATION_FAILED: "REGISTRATION_FAILED",
    REGISTRATION_IN_PROGRESS: "REGISTRATION_IN_PROGRESS",
};
const SyncType = {
    SERVICE_SYNC: "SERVICE_SYNC",
    TEMPLATE_SYNC: "TEMPLATE_SYNC",
};
const RepositorySyncStatus = {
    FAILED: "FAILED",
    INITIATED: "INITIATED",
    IN_PROGRESS: "IN_PROGRESS",
    QUEUED: "QUEUED",
    SUCCEEDED: "SUCCEEDED",
};
const ResourceSyncStatus = {
    FAILED: "FAILED",
    INITIATED: "INITIATED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
};
const TemplateType = {
    ENVIRONMENT: "ENVIRONMENT",
    SERVICE: "SERVICE",
};
const ResourceDeploymentStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
};
const ListServiceInstancesFilterBy = {
    CREATED_AT_AFTER: "createdAtAfter",
    CREATED_AT_BEFORE: "createdAtBefore",
    DEPLOYED_TEMPLATE_VERSION_STATUS: "deployedTemplateVersionStatus",
    DEPLOYMENT_STATUS: "deploymentStatus",
    ENVIRONMENT_NAME: "environmentName",
    LAST_DEPLOYMENT_ATTEMPTED_AT_AFTER: "lastDeploymentAttemptedAtAfter",
    LAST_DEPLOYMENT_ATTEMPTED_AT_BEFORE: "lastDeploymentAttemptedAtBefore",
    NAME: "name",
    SERVICE_NAME: "serviceName",
    TEMPLATE_NAME: "templateName",
};
const ListServiceInstancesSortBy = {
    CREATED_AT: "createdAt",
    DEPLOYMENT_STATUS: "deploymentStatus",
    ENVIRONMENT_NAME: "environmentName",
    LAST_DEPLOYMENT_ATTEMPTED_AT: "lastDeploymentAttemptedAt",
    NAME: "name",
    SERVICE_NAME: "serviceName",
    TEMPLATE_NAME: "templateName",
};
const SortOrder = {
    ASCENDING: "ASCENDING",
    DESCENDING: "DESCENDING",
};
const ServiceStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_FAILED_CLEANUP_COMPLETE: "CREATE_FAILED_CLEANUP_COMPLETE",
    CREATE_FAILED_CLEANUP_FAILED: "CREATE_FAILED_CLEANUP_FAILED",
    CREATE_FAILED_CLEANUP_IN_PROGRESS: "CREATE_FAILED_CLEANUP_IN_PROGRESS",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    UPDATE_COMPLETE_CLEANUP_FAILED: "UPDATE_COMPLETE_CLEANUP_FAILED",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_FAILED_CLEANUP_COMPLETE: "UPDATE_FAILED_CLEANUP_COMPLETE",
    UPDATE_FAILED_CLEANUP_FAILED: "UPDATE_FAILED_CLEANUP_FAILED",
    UPDATE_FAILED_CLEANUP_IN_PROGRESS: "UPDATE_FAILED_CLEANUP_IN_PROGRESS",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const BlockerStatus = {
    ACTIVE: "ACTIVE",
    RESOLVED: "RESOLVED",
};
const BlockerType = {
    AUTOMATED: "AUTOMATED",
};
const ServiceTemplateSupportedComponentSourceType = {
    DIRECTLY_DEFINED: "DIRECTLY_DEFINED",
};

exports.$Command = smithyClient.Command;
exports.__Client = smithyClient.Client;
exports.ProtonServiceException = ProtonServiceException.ProtonServiceException;
exports.AcceptEnvironmentAccountConnectionCommand = AcceptEnvironmentAccountConnectionCommand;
exports.BlockerStatus = BlockerStatus;
exports.BlockerType = BlockerType;
exports.CancelComponentDeploymentCommand = CancelComponentDeploymentCommand;
exports.CancelEnvironmentDeploymentCommand = CancelEnvironmentDeploymentCommand;
exports.CancelServiceInstanceDeploymentCommand = CancelServiceInstanceDeploymentCommand;
exports.CancelServicePipelineDeploymentCommand = CancelServicePipelineDeploymentCommand;
exports.ComponentDeploymentUpdateType = ComponentDeploymentUpdateType;
exports.CreateComponentCommand = CreateComponentCommand;
exports.CreateEnvironmentAccountConnectionCommand = CreateEnvironmentAccountConnectionCommand;
exports.CreateEnvironmentCommand = CreateEnvironmentCommand;
exports.CreateEnvironmentTemplateCommand = CreateEnvironmentTemplateCommand;
exports.CreateEnvironmentTemplateVersionCommand = CreateEnvironmentTemplateVersionCommand;
exports.CreateRepositoryCommand = CreateRepositoryCommand;
exports.CreateServiceCommand = CreateServiceCommand;
exports.CreateServiceInstanceCommand = CreateServiceInstanceCommand;
exports.CreateServiceSyncConfigCommand = CreateServiceSyncConfigCommand;
exports.CreateServiceTemplateCommand = CreateServiceTemplateCommand;
exports.CreateServiceTemplateVersionCommand = CreateServiceTemplateVersionCommand;
exports.CreateTemplateSyncConfigCommand = CreateTemplateSyncConfigCommand;
exports.DeleteComponentCommand = DeleteComponentCommand;
exports.DeleteDeploymentCommand = DeleteDeploymentCommand;
exports.DeleteEnvironmentAccountConnectionCommand = DeleteEnvironmentAccountConnectionCommand;
exports.DeleteEnvironmentCommand = DeleteEnvironmentCommand;
exports.DeleteEnvironmentTemplateCommand = DeleteEnvironmentTemplateCommand;
exports.DeleteEnvironmentTemplateVersionCommand = DeleteEnvironmentTemplateVersionCommand;
exports.DeleteRepositoryCommand = DeleteRepositoryCommand;
exports.DeleteServiceCommand = DeleteServiceCommand;
exports.DeleteServiceSyncConfigCommand = DeleteServiceSyncConfigCommand;
exports.DeleteServiceTemplateCommand = DeleteServiceTemplateCommand;
exports.DeleteServiceTemplateVersionCommand = DeleteServiceTemplateVersionCommand;
exports.DeleteTemplateSyncConfigCommand = DeleteTemplateSyncConfigCommand;
exports.DeploymentStatus = DeploymentStatus;
exports.DeploymentTargetResourceType = DeploymentTargetResourceType;
exports.DeploymentUpdateType = DeploymentUpdateType;
exports.EnvironmentAccountConnectionRequesterAccountType = EnvironmentAccountConnectionRequesterAccountType;
exports.EnvironmentAccountConnectionStatus = EnvironmentAccountConnectionStatus;
exports.GetAccountSettingsCommand = GetAccountSettingsCommand;
exports.GetComponentCommand = GetComponentCommand;
exports.GetDeploymentCommand = GetDeploymentCommand;
exports.GetEnvironmentAccountConnectionCommand = GetEnvironmentAccountConnectionCommand;
exports.GetEnvironmentCommand = GetEnvironmentCommand;
exports.GetEnvironmentTemplateCommand = GetEnvironmentTemplateCommand;
exports.GetEnvironmentTemplateVersionCommand = GetEnvironmentTemplateVersionCommand;
exports.GetRepositoryCommand = GetRepositoryCommand;
exports.GetRepositorySyncStatusCommand = GetRepositorySyncStatusCommand;
exports.GetResourcesSummaryCommand = GetResourcesSummaryCommand;
exports.GetServiceCommand = GetServiceCommand;
exports.GetServiceInstanceCommand = GetServiceInstanceCommand;
exports.GetServiceInstanceSyncStatusCommand = GetServiceInstanceSyncStatusCommand;
exports.GetServiceSyncBlockerSummaryCommand = GetServiceSyncBlockerSummaryCommand;
exports.GetServiceSyncConfigCommand = GetServiceSyncConfigCommand;
exports.GetServiceTemplateCommand = GetServiceTemplateCommand;
exports.GetServiceTemplateVersionCommand = GetServiceTemplateVersionCommand;
exports.GetTemplateSyncConfigCommand = GetTemplateSyncConfigCommand;
exports.GetTemplateSyncStatusCommand = GetTemplateSyncStatusCommand;
exports.ListComponentOutputsCommand = ListComponentOutputsCommand;
exports.ListComponentProvisionedResourcesCommand = ListComponentProvisionedResourcesCommand;
exports.ListComponentsCommand = ListComponentsCommand;
exports.ListDeploymentsCommand = ListDeploymentsCommand;
exports.ListEnvironmentAccountConnectionsCommand = ListEnvironmentAccountConnectionsCommand;
exports.ListEnvironmentOutputsCommand = ListEnvironmentOutputsCommand;
exports.ListEnvironmentProvisionedResourcesCommand = ListEnvironmentProvisionedResourcesCommand;
exports.ListEnvironmentTemplateVersionsCommand = ListEnvironmentTemplateVersionsCommand;
exports.ListEnvironmentTemplatesCommand = ListEnvironmentTemplatesCommand;
exports.ListEnvironmentsCommand = ListEnvironmentsCommand;
exports.ListRepositoriesCommand = ListRepositoriesCommand;
exports.ListRepositorySyncDefinitionsCommand = ListRepositorySyncDefinitionsCommand;
exports.ListServiceInstanceOutputsCommand = ListServiceInstanceOutputsCommand;
exports.ListServiceInstanceProvisionedResourcesCommand = ListServiceInstanceProvisionedResourcesCommand;
exports.ListServiceInstancesCommand = ListServiceInstancesCommand;
exports.ListServiceInstancesFilterBy = ListServiceInstancesFilterBy;
exports.ListServiceInstancesSortBy = ListServiceInstancesSortBy;
exports.ListServicePipelineOutputsCommand = ListServicePipelineOutputsCommand;
exports.ListServicePipelineProvisionedResourcesCommand = ListServicePipelineProvisionedResourcesCommand;
exports.ListServiceTemplateVersionsCommand = ListServiceTemplateVersionsCommand;
exports.ListServiceTemplatesCommand = ListServiceTemplatesCommand;
exports.ListServicesCommand = ListServicesCommand;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.NotifyResourceDeploymentStatusChangeCommand = NotifyResourceDeploymentStatusChangeCommand;
exports.Proton = Proton;
exports.ProtonClient = ProtonClient;
exports.ProvisionedResourceEngine = ProvisionedResourceEngine;
exports.Provisioning = Provisioning;
exports.RejectEnvironmentAccountConnectionCommand = RejectEnvironmentAccountConnectionCommand;
exports.RepositoryProvider = RepositoryProvider;
exports.RepositorySyncStatus = RepositorySyncStatus;
exports.ResourceDeploymentStatus = ResourceDeploymentStatus;
exports.ResourceSyncStatus = ResourceSyncStatus;
exports.ServiceStatus = ServiceStatus;
exports.ServiceTemplateSupportedComponentSourceType = ServiceTemplateSupportedComponentSourceType;
exports.SortOrder = SortOrder;
exports.SyncType = SyncType;
exports.TagResourceCommand = TagResourceCommand;
exports.TemplateType = TemplateType;
exports.TemplateVersionStatus = TemplateVersionStatus;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UpdateAccountSettingsCommand = UpdateAccountSettingsCommand;
exports.UpdateComponentCommand = UpdateComponentCommand;
exports.UpdateEnvironmentAccountConnectionCommand = UpdateEnvironmentAccountConnectionCommand;
exports.UpdateEnvironmentCommand = UpdateEnvironmentCommand;
exports.UpdateEnvironmentTemplateCommand = UpdateEnvironmentTemplateCommand;
exports.UpdateEnvironmentTemplateVersionCommand = UpdateEnvironmentTemplateVersionCommand;
exports.UpdateServiceCommand = UpdateServiceCommand;
exports.UpdateServiceInstanceCommand = UpdateServiceInstanceCommand;
exports.UpdateServicePipelineCommand = UpdateServicePipelineCommand;
exports.UpdateServiceSyncBlockerCommand = UpdateServiceSyncBlockerCommand;
exports.UpdateServiceSyncConfigCommand = UpdateServiceSyncConfigCommand;
exports.UpdateServiceTemplateCommand = UpdateServiceTemplateCommand;
exports.UpdateServiceTemplateVersionCommand = UpdateServiceTemplateVersionCommand;
exports.UpdateTemplateSyncConfigCommand = UpdateTemplateSyncConfigCommand;
exports.paginateListComponentOutputs = paginateListComponentOutputs;
exports.paginateListComponentProvisionedResources = paginateListComponentProvisionedResources;
exports.paginateListComponents = paginateListComponents;
exports.paginateListDeployments = paginateListDeployments;
exports.paginateListEnvironmentAccountConnections = paginateListEnvironmentAccountConnections;
exports.paginateListEnvironmentOutputs = paginateListEnvironmentOutputs;
exports.paginateListEnvironmentProvisionedResources = paginateListEnvironmentProvisionedResources;
exports.paginateListEnvironmentTemplateVersions = paginateListEnvironmentTemplateVersions;
exports.paginateListEnvironmentTemplates = paginateListEnvironmentTemplates;
exports.paginateListEnvironments = paginateListEnvironments;
exports.paginateListRepositories = paginateListRepositories;
exports.paginateListRepositorySyncDefinitions = paginateListRepositorySyncDefinitions;
exports.paginateListServiceInstanceOutputs = paginateListServiceInstanceOutputs;
exports.paginateListServiceInstanceProvisionedResources = paginateListServiceInstanceProvisionedResources;
exports.paginateListServiceInstances = paginateListServiceInstances;
exports.paginateListServicePipelineOutputs = paginateListServicePipelineOutputs;
exports.paginateListServicePipelineProvisionedResources = paginateListServicePipelineProvisionedResources;
exports.paginateListServiceTemplateVersions = paginateListServiceTemplateVersions;
exports.paginateListServiceTemplates = paginateListServiceTemplates;
exports.paginateListServices = paginateListServices;
exports.paginateListTagsForResource = paginateListTagsForResource;
exports.waitForComponentDeleted = waitForComponentDeleted;
exports.waitForComponentDeployed = waitForComponentDeployed;
exports.waitForEnvironmentDeployed = waitForEnvironmentDeployed;
exports.waitForEnvironmentTemplateVersionRegistered = waitForEnvironmentTemplateVersionRegistered;
exports.waitForServiceCreated = waitForServiceCreated;
exports.waitForServiceDeleted = waitForServiceDeleted;
exports.waitForServiceInstanceDeployed = waitForServiceInstanceDeployed;
exports.waitForServicePipelineDeployed = waitForServicePipelineDeployed;
exports.waitForServiceTemplateVersionRegistered = waitForServiceTemplateVersionRegistered;
exports.waitForServiceUpdated = waitForServiceUpdated;
exports.waitUntilComponentDeleted = waitUntilComponentDeleted;
exports.waitUntilComponentDeployed = waitUntilComponentDeployed;
exports.waitUntilEnvironmentDeployed = waitUntilEnvironmentDeployed;
exports.waitUntilEnvironmentTemplateVersionRegistered = waitUntilEnvironmentTemplateVersionRegistered;
exports.waitUntilServiceCreated = waitUntilServiceCreated;
exports.waitUntilServiceDeleted = waitUntilServiceDeleted;
exports.waitUntilServiceInstanceDeployed = waitUntilServiceInstanceDeployed;
exports.waitUntilServicePipelineDeployed = waitUntilServicePipelineDeployed;
exports.waitUntilServiceTemplateVersionRegistered = waitUntilServiceTemplateVersionRegistered;
exports.waitUntilServiceUpdated = waitUntilServiceUpdated;
Object.prototype.hasOwnProperty.call(schemas_0, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: schemas_0['__proto__']
    });

Object.keys(schemas_0).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = schemas_0[k];
});
Object.prototype.hasOwnProperty.call(errors, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: errors['__proto__']
    });

Object.keys(errors).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = errors[k];
});


/***/ }),

/***/ 573638:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProtonServiceException = exports.__ServiceException = void 0;
const smithy_client_1 = __webpack_require__(161411);
Object.defineProperty(exports, "__ServiceException", ({ enumerable: true, get: function () { return smithy_client_1.ServiceException; } }));
class ProtonServiceException extends smithy_client_1.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ProtonServiceException.prototype);
    }
}
exports.ProtonServiceException = ProtonServiceException;


/***/ }),

/***/ 46969:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServiceQuotaExceededException = exports.ValidationException = exports.ThrottlingException = exports.ResourceNotFoundException = exports.InternalServerException = exports.ConflictException = exports.AccessDeniedException = void 0;
const ProtonServiceException_1 = __webpack_require__(573638);
class AccessDeniedException extends ProtonServiceException_1.ProtonServiceException {
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
exports.AccessDeniedException = AccessDeniedException;
class ConflictException extends ProtonServiceException_1.ProtonServiceException {
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
exports.ConflictException = ConflictException;
class InternalServerException extends ProtonServiceException_1.ProtonServiceException {
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
exports.InternalServerException = InternalServerException;
class ResourceNotFoundException extends ProtonServiceException_1.ProtonServiceException {
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
exports.ResourceNotFoundException = ResourceNotFoundException;
class ThrottlingException extends ProtonServiceException_1.ProtonServiceException {
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
exports.ThrottlingException = ThrottlingException;
class ValidationException extends ProtonServiceException_1.ProtonServiceException {
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
exports.ValidationException = ValidationException;
class ServiceQuotaExceededException extends ProtonServiceException_1.ProtonServiceException {
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
exports.ServiceQuotaExceededException = ServiceQuotaExceededException;


/***/ }),

/***/ 709135:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const tslib_1 = __webpack_require__(461860);
const package_json_1 = tslib_1.__importDefault(__webpack_require__(257451));
const client_1 = __webpack_require__(305152);
const httpAuthSchemes_1 = __webpack_require__(797523);
const credential_provider_node_1 = __webpack_require__(5861);
const util_user_agent_node_1 = __webpack_require__(351656);
const config_resolver_1 = __webpack_require__(139316);
const hash_node_1 = __webpack_require__(105092);
const middleware_retry_1 = __webpack_require__(419618);
const node_config_provider_1 = __webpack_require__(755704);
const node_http_handler_1 = __webpack_require__(261279);
const smithy_client_1 = __webpack_require__(161411);
const util_body_length_node_1 = __webpack_require__(613638);
const util_defaults_mode_node_1 = __webpack_require__(715435);
const util_retry_1 = __webpack_require__(415518);
const runtimeConfig_shared_1 = __webpack_require__(268796);
const getRuntimeConfig = (config) => {
    (0, smithy_client_1.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0, util_defaults_mode_node_1.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(smithy_client_1.loadConfigsForDefaultMode);
    const clientSharedValues = (0, runtimeConfig_shared_1.getRuntimeConfig)(config);
    (0, client_1.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, node_config_provider_1.loadConfig)(httpAuthSchemes_1.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? util_body_length_node_1.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_1.defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, util_user_agent_node_1.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_json_1.default.version }),
        maxAttempts: config?.maxAttempts ?? (0, node_config_provider_1.loadConfig)(middleware_retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_REGION_CONFIG_OPTIONS, { ...config_resolver_1.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler_1.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0, node_config_provider_1.loadConfig)({
                ...middleware_retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || util_retry_1.DEFAULT_RETRY_MODE,
            }, config),
        sha256: config?.sha256 ?? hash_node_1.Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? node_http_handler_1.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, node_config_provider_1.loadConfig)(util_user_agent_node_1.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 268796:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const httpAuthSchemes_1 = __webpack_require__(797523);
const protocols_1 = __webpack_require__(837288);
const smithy_client_1 = __webpack_require__(161411);
const url_parser_1 = __webpack_require__(914494);
const util_base64_1 = __webpack_require__(168385);
const util_utf8_1 = __webpack_require__(971577);
const httpAuthSchemeProvider_1 = __webpack_require__(2454);
const endpointResolver_1 = __webpack_require__(508624);
const schemas_0_1 = __webpack_require__(933957);
const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2020-07-20",
        base64Decoder: config?.base64Decoder ?? util_base64_1.fromBase64,
        base64Encoder: config?.base64Encoder ?? util_base64_1.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultProtonHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes_1.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new smithy_client_1.NoOpLogger(),
        protocol: config?.protocol ?? protocols_1.AwsJson1_0Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.proton",
            errorTypeRegistries: schemas_0_1.errorTypeRegistries,
            version: "2020-07-20",
            serviceTarget: "AwsProton20200720",
        },
        serviceId: config?.serviceId ?? "Proton",
        urlParser: config?.urlParser ?? url_parser_1.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? util_utf8_1.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? util_utf8_1.toUtf8,
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 933957:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CreateTemplateSyncConfigOutput$ = exports.CreateTemplateSyncConfigInput$ = exports.CreateServiceTemplateVersionOutput$ = exports.CreateServiceTemplateVersionInput$ = exports.CreateServiceTemplateOutput$ = exports.CreateServiceTemplateInput$ = exports.CreateServiceSyncConfigOutput$ = exports.CreateServiceSyncConfigInput$ = exports.CreateServiceOutput$ = exports.CreateServiceInstanceOutput$ = exports.CreateServiceInstanceInput$ = exports.CreateServiceInput$ = exports.CreateRepositoryOutput$ = exports.CreateRepositoryInput$ = exports.CreateEnvironmentTemplateVersionOutput$ = exports.CreateEnvironmentTemplateVersionInput$ = exports.CreateEnvironmentTemplateOutput$ = exports.CreateEnvironmentTemplateInput$ = exports.CreateEnvironmentOutput$ = exports.CreateEnvironmentInput$ = exports.CreateEnvironmentAccountConnectionOutput$ = exports.CreateEnvironmentAccountConnectionInput$ = exports.CreateComponentOutput$ = exports.CreateComponentInput$ = exports.CountsSummary$ = exports.ComponentSummary$ = exports.ComponentState$ = exports.Component$ = exports.CompatibleEnvironmentTemplateInput$ = exports.CompatibleEnvironmentTemplate$ = exports.CancelServicePipelineDeploymentOutput$ = exports.CancelServicePipelineDeploymentInput$ = exports.CancelServiceInstanceDeploymentOutput$ = exports.CancelServiceInstanceDeploymentInput$ = exports.CancelEnvironmentDeploymentOutput$ = exports.CancelEnvironmentDeploymentInput$ = exports.CancelComponentDeploymentOutput$ = exports.CancelComponentDeploymentInput$ = exports.AccountSettings$ = exports.AcceptEnvironmentAccountConnectionOutput$ = exports.AcceptEnvironmentAccountConnectionInput$ = exports.errorTypeRegistries = exports.ValidationException$ = exports.ThrottlingException$ = exports.ServiceQuotaExceededException$ = exports.ResourceNotFoundException$ = exports.InternalServerException$ = exports.ConflictException$ = exports.AccessDeniedException$ = exports.ProtonServiceException$ = void 0;
exports.GetEnvironmentTemplateVersionOutput$ = exports.GetEnvironmentTemplateVersionInput$ = exports.GetEnvironmentTemplateOutput$ = exports.GetEnvironmentTemplateInput$ = exports.GetEnvironmentOutput$ = exports.GetEnvironmentInput$ = exports.GetEnvironmentAccountConnectionOutput$ = exports.GetEnvironmentAccountConnectionInput$ = exports.GetDeploymentOutput$ = exports.GetDeploymentInput$ = exports.GetComponentOutput$ = exports.GetComponentInput$ = exports.GetAccountSettingsOutput$ = exports.GetAccountSettingsInput$ = exports.EnvironmentTemplateVersionSummary$ = exports.EnvironmentTemplateVersion$ = exports.EnvironmentTemplateSummary$ = exports.EnvironmentTemplateFilter$ = exports.EnvironmentTemplate$ = exports.EnvironmentSummary$ = exports.EnvironmentState$ = exports.EnvironmentAccountConnectionSummary$ = exports.EnvironmentAccountConnection$ = exports.Environment$ = exports.DeploymentSummary$ = exports.Deployment$ = exports.DeleteTemplateSyncConfigOutput$ = exports.DeleteTemplateSyncConfigInput$ = exports.DeleteServiceTemplateVersionOutput$ = exports.DeleteServiceTemplateVersionInput$ = exports.DeleteServiceTemplateOutput$ = exports.DeleteServiceTemplateInput$ = exports.DeleteServiceSyncConfigOutput$ = exports.DeleteServiceSyncConfigInput$ = exports.DeleteServiceOutput$ = exports.DeleteServiceInput$ = exports.DeleteRepositoryOutput$ = exports.DeleteRepositoryInput$ = exports.DeleteEnvironmentTemplateVersionOutput$ = exports.DeleteEnvironmentTemplateVersionInput$ = exports.DeleteEnvironmentTemplateOutput$ = exports.DeleteEnvironmentTemplateInput$ = exports.DeleteEnvironmentOutput$ = exports.DeleteEnvironmentInput$ = exports.DeleteEnvironmentAccountConnectionOutput$ = exports.DeleteEnvironmentAccountConnectionInput$ = exports.DeleteDeploymentOutput$ = exports.DeleteDeploymentInput$ = exports.DeleteComponentOutput$ = exports.DeleteComponentInput$ = void 0;
exports.ListServiceInstanceOutputsOutput$ = exports.ListServiceInstanceOutputsInput$ = exports.ListRepositorySyncDefinitionsOutput$ = exports.ListRepositorySyncDefinitionsInput$ = exports.ListRepositoriesOutput$ = exports.ListRepositoriesInput$ = exports.ListEnvironmentTemplateVersionsOutput$ = exports.ListEnvironmentTemplateVersionsInput$ = exports.ListEnvironmentTemplatesOutput$ = exports.ListEnvironmentTemplatesInput$ = exports.ListEnvironmentsOutput$ = exports.ListEnvironmentsInput$ = exports.ListEnvironmentProvisionedResourcesOutput$ = exports.ListEnvironmentProvisionedResourcesInput$ = exports.ListEnvironmentOutputsOutput$ = exports.ListEnvironmentOutputsInput$ = exports.ListEnvironmentAccountConnectionsOutput$ = exports.ListEnvironmentAccountConnectionsInput$ = exports.ListDeploymentsOutput$ = exports.ListDeploymentsInput$ = exports.ListComponentsOutput$ = exports.ListComponentsInput$ = exports.ListComponentProvisionedResourcesOutput$ = exports.ListComponentProvisionedResourcesInput$ = exports.ListComponentOutputsOutput$ = exports.ListComponentOutputsInput$ = exports.GetTemplateSyncStatusOutput$ = exports.GetTemplateSyncStatusInput$ = exports.GetTemplateSyncConfigOutput$ = exports.GetTemplateSyncConfigInput$ = exports.GetServiceTemplateVersionOutput$ = exports.GetServiceTemplateVersionInput$ = exports.GetServiceTemplateOutput$ = exports.GetServiceTemplateInput$ = exports.GetServiceSyncConfigOutput$ = exports.GetServiceSyncConfigInput$ = exports.GetServiceSyncBlockerSummaryOutput$ = exports.GetServiceSyncBlockerSummaryInput$ = exports.GetServiceOutput$ = exports.GetServiceInstanceSyncStatusOutput$ = exports.GetServiceInstanceSyncStatusInput$ = exports.GetServiceInstanceOutput$ = exports.GetServiceInstanceInput$ = exports.GetServiceInput$ = exports.GetResourcesSummaryOutput$ = exports.GetResourcesSummaryInput$ = exports.GetRepositorySyncStatusOutput$ = exports.GetRepositorySyncStatusInput$ = exports.GetRepositoryOutput$ = exports.GetRepositoryInput$ = void 0;
exports.SyncBlockerContext$ = exports.SyncBlocker$ = exports.ServiceTemplateVersionSummary$ = exports.ServiceTemplateVersion$ = exports.ServiceTemplateSummary$ = exports.ServiceTemplate$ = exports.ServiceSyncConfig$ = exports.ServiceSyncBlockerSummary$ = exports.ServiceSummary$ = exports.ServicePipelineState$ = exports.ServicePipeline$ = exports.ServiceInstanceSummary$ = exports.ServiceInstanceState$ = exports.ServiceInstance$ = exports.Service$ = exports.S3ObjectSource$ = exports.Revision$ = exports.ResourceSyncEvent$ = exports.ResourceSyncAttempt$ = exports.ResourceCountsSummary$ = exports.RepositorySyncEvent$ = exports.RepositorySyncDefinition$ = exports.RepositorySyncAttempt$ = exports.RepositorySummary$ = exports.RepositoryBranchInput$ = exports.RepositoryBranch$ = exports.Repository$ = exports.RejectEnvironmentAccountConnectionOutput$ = exports.RejectEnvironmentAccountConnectionInput$ = exports.ProvisionedResource$ = exports.Output$ = exports.NotifyResourceDeploymentStatusChangeOutput$ = exports.NotifyResourceDeploymentStatusChangeInput$ = exports.ListTagsForResourceOutput$ = exports.ListTagsForResourceInput$ = exports.ListServiceTemplateVersionsOutput$ = exports.ListServiceTemplateVersionsInput$ = exports.ListServiceTemplatesOutput$ = exports.ListServiceTemplatesInput$ = exports.ListServicesOutput$ = exports.ListServicesInput$ = exports.ListServicePipelineProvisionedResourcesOutput$ = exports.ListServicePipelineProvisionedResourcesInput$ = exports.ListServicePipelineOutputsOutput$ = exports.ListServicePipelineOutputsInput$ = exports.ListServiceInstancesOutput$ = exports.ListServiceInstancesInput$ = exports.ListServiceInstancesFilter$ = exports.ListServiceInstanceProvisionedResourcesOutput$ = exports.ListServiceInstanceProvisionedResourcesInput$ = void 0;
exports.CreateServiceSyncConfig$ = exports.CreateServiceInstance$ = exports.CreateService$ = exports.CreateRepository$ = exports.CreateEnvironmentTemplateVersion$ = exports.CreateEnvironmentTemplate$ = exports.CreateEnvironmentAccountConnection$ = exports.CreateEnvironment$ = exports.CreateComponent$ = exports.CancelServicePipelineDeployment$ = exports.CancelServiceInstanceDeployment$ = exports.CancelEnvironmentDeployment$ = exports.CancelComponentDeployment$ = exports.AcceptEnvironmentAccountConnection$ = exports.TemplateVersionSourceInput$ = exports.DeploymentState$ = exports.UpdateTemplateSyncConfigOutput$ = exports.UpdateTemplateSyncConfigInput$ = exports.UpdateServiceTemplateVersionOutput$ = exports.UpdateServiceTemplateVersionInput$ = exports.UpdateServiceTemplateOutput$ = exports.UpdateServiceTemplateInput$ = exports.UpdateServiceSyncConfigOutput$ = exports.UpdateServiceSyncConfigInput$ = exports.UpdateServiceSyncBlockerOutput$ = exports.UpdateServiceSyncBlockerInput$ = exports.UpdateServicePipelineOutput$ = exports.UpdateServicePipelineInput$ = exports.UpdateServiceOutput$ = exports.UpdateServiceInstanceOutput$ = exports.UpdateServiceInstanceInput$ = exports.UpdateServiceInput$ = exports.UpdateEnvironmentTemplateVersionOutput$ = exports.UpdateEnvironmentTemplateVersionInput$ = exports.UpdateEnvironmentTemplateOutput$ = exports.UpdateEnvironmentTemplateInput$ = exports.UpdateEnvironmentOutput$ = exports.UpdateEnvironmentInput$ = exports.UpdateEnvironmentAccountConnectionOutput$ = exports.UpdateEnvironmentAccountConnectionInput$ = exports.UpdateComponentOutput$ = exports.UpdateComponentInput$ = exports.UpdateAccountSettingsOutput$ = exports.UpdateAccountSettingsInput$ = exports.UntagResourceOutput$ = exports.UntagResourceInput$ = exports.TemplateSyncConfig$ = exports.TagResourceOutput$ = exports.TagResourceInput$ = exports.Tag$ = void 0;
exports.ListServicePipelineOutputs$ = exports.ListServiceInstances$ = exports.ListServiceInstanceProvisionedResources$ = exports.ListServiceInstanceOutputs$ = exports.ListRepositorySyncDefinitions$ = exports.ListRepositories$ = exports.ListEnvironmentTemplateVersions$ = exports.ListEnvironmentTemplates$ = exports.ListEnvironments$ = exports.ListEnvironmentProvisionedResources$ = exports.ListEnvironmentOutputs$ = exports.ListEnvironmentAccountConnections$ = exports.ListDeployments$ = exports.ListComponents$ = exports.ListComponentProvisionedResources$ = exports.ListComponentOutputs$ = exports.GetTemplateSyncStatus$ = exports.GetTemplateSyncConfig$ = exports.GetServiceTemplateVersion$ = exports.GetServiceTemplate$ = exports.GetServiceSyncConfig$ = exports.GetServiceSyncBlockerSummary$ = exports.GetServiceInstanceSyncStatus$ = exports.GetServiceInstance$ = exports.GetService$ = exports.GetResourcesSummary$ = exports.GetRepositorySyncStatus$ = exports.GetRepository$ = exports.GetEnvironmentTemplateVersion$ = exports.GetEnvironmentTemplate$ = exports.GetEnvironmentAccountConnection$ = exports.GetEnvironment$ = exports.GetDeployment$ = exports.GetComponent$ = exports.GetAccountSettings$ = exports.DeleteTemplateSyncConfig$ = exports.DeleteServiceTemplateVersion$ = exports.DeleteServiceTemplate$ = exports.DeleteServiceSyncConfig$ = exports.DeleteService$ = exports.DeleteRepository$ = exports.DeleteEnvironmentTemplateVersion$ = exports.DeleteEnvironmentTemplate$ = exports.DeleteEnvironmentAccountConnection$ = exports.DeleteEnvironment$ = exports.DeleteDeployment$ = exports.DeleteComponent$ = exports.CreateTemplateSyncConfig$ = exports.CreateServiceTemplateVersion$ = exports.CreateServiceTemplate$ = void 0;
exports.UpdateTemplateSyncConfig$ = exports.UpdateServiceTemplateVersion$ = exports.UpdateServiceTemplate$ = exports.UpdateServiceSyncConfig$ = exports.UpdateServiceSyncBlocker$ = exports.UpdateServicePipeline$ = exports.UpdateServiceInstance$ = exports.UpdateService$ = exports.UpdateEnvironmentTemplateVersion$ = exports.UpdateEnvironmentTemplate$ = exports.UpdateEnvironmentAccountConnection$ = exports.UpdateEnvironment$ = exports.UpdateComponent$ = exports.UpdateAccountSettings$ = exports.UntagResource$ = exports.TagResource$ = exports.RejectEnvironmentAccountConnection$ = exports.NotifyResourceDeploymentStatusChange$ = exports.ListTagsForResource$ = exports.ListServiceTemplateVersions$ = exports.ListServiceTemplates$ = exports.ListServices$ = exports.ListServicePipelineProvisionedResources$ = void 0;
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
const schema_1 = __webpack_require__(126890);
const errors_1 = __webpack_require__(46969);
const ProtonServiceException_1 = __webpack_require__(573638);
const _s_registry = schema_1.TypeRegistry.for(_s);
exports.ProtonServiceException$ = [-3, _s, "ProtonServiceException", 0, [], []];
_s_registry.registerError(exports.ProtonServiceException$, ProtonServiceException_1.ProtonServiceException);
const n0_registry = schema_1.TypeRegistry.for(n0);
exports.AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(exports.AccessDeniedException$, errors_1.AccessDeniedException);
exports.ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(exports.ConflictException$, errors_1.ConflictException);
exports.InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(exports.InternalServerException$, errors_1.InternalServerException);
exports.ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(exports.ResourceNotFoundException$, errors_1.ResourceNotFoundException);
exports.ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(exports.ServiceQuotaExceededException$, errors_1.ServiceQuotaExceededException);
exports.ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(exports.ThrottlingException$, errors_1.ThrottlingException);
exports.ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [[() => ErrorMessage, 0]], 1
];
n0_registry.registerError(exports.ValidationException$, errors_1.ValidationException);
exports.errorTypeRegistries = [
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
exports.AcceptEnvironmentAccountConnectionInput$ = [3, n0, _AEACI,
    0,
    [_i],
    [0], 1
];
exports.AcceptEnvironmentAccountConnectionOutput$ = [3, n0, _AEACO,
    0,
    [_eAC],
    [() => exports.EnvironmentAccountConnection$], 1
];
exports.AccountSettings$ = [3, n0, _AS,
    0,
    [_pSRA, _pPR, _pCRA],
    [0, () => exports.RepositoryBranch$, 0]
];
exports.CancelComponentDeploymentInput$ = [3, n0, _CCDI,
    0,
    [_cN],
    [0], 1
];
exports.CancelComponentDeploymentOutput$ = [3, n0, _CCDO,
    0,
    [_co],
    [[() => exports.Component$, 0]], 1
];
exports.CancelEnvironmentDeploymentInput$ = [3, n0, _CEDI,
    0,
    [_eN],
    [0], 1
];
exports.CancelEnvironmentDeploymentOutput$ = [3, n0, _CEDO,
    0,
    [_en],
    [[() => exports.Environment$, 0]], 1
];
exports.CancelServiceInstanceDeploymentInput$ = [3, n0, _CSIDI,
    0,
    [_sIN, _sN],
    [0, 0], 2
];
exports.CancelServiceInstanceDeploymentOutput$ = [3, n0, _CSIDO,
    0,
    [_sI],
    [[() => exports.ServiceInstance$, 0]], 1
];
exports.CancelServicePipelineDeploymentInput$ = [3, n0, _CSPDI,
    0,
    [_sN],
    [0], 1
];
exports.CancelServicePipelineDeploymentOutput$ = [3, n0, _CSPDO,
    0,
    [_p],
    [[() => exports.ServicePipeline$, 0]], 1
];
exports.CompatibleEnvironmentTemplate$ = [3, n0, _CET,
    0,
    [_tN, _mV],
    [0, 0], 2
];
exports.CompatibleEnvironmentTemplateInput$ = [3, n0, _CETI,
    0,
    [_tN, _mV],
    [0, 0], 2
];
exports.Component$ = [3, n0, _C,
    0,
    [_n, _ar, _eN, _cA, _lMA, _dS, _d, _sN, _sIN, _lDAA, _lDSA, _dSM, _sS, _lCRT, _lADI, _lSDI],
    [0, 0, 0, 4, 4, 0, [() => Description, 0], 0, 0, 4, 4, [() => StatusMessage, 0], [() => SpecContents, 0], 0, 0, 0], 6
];
exports.ComponentState$ = [3, n0, _CS,
    0,
    [_sN, _sIN, _sS, _tF],
    [0, 0, [() => SpecContents, 0], [() => TemplateFileContents, 0]]
];
exports.ComponentSummary$ = [3, n0, _CSo,
    0,
    [_n, _ar, _eN, _cA, _lMA, _dS, _sN, _sIN, _lDAA, _lDSA, _dSM, _lADI, _lSDI],
    [0, 0, 0, 4, 4, 0, 0, 0, 4, 4, [() => StatusMessage, 0], 0, 0], 6
];
exports.CountsSummary$ = [3, n0, _CSou,
    0,
    [_com, _env, _eT, _sIe, _ser, _sT, _pi],
    [() => exports.ResourceCountsSummary$, () => exports.ResourceCountsSummary$, () => exports.ResourceCountsSummary$, () => exports.ResourceCountsSummary$, () => exports.ResourceCountsSummary$, () => exports.ResourceCountsSummary$, () => exports.ResourceCountsSummary$]
];
exports.CreateComponentInput$ = [3, n0, _CCI,
    0,
    [_n, _tF, _ma, _d, _sN, _sIN, _eN, _sS, _t, _cT],
    [0, [() => TemplateFileContents, 0], [() => TemplateManifestContents, 0], [() => Description, 0], 0, 0, 0, [() => SpecContents, 0], () => TagList, [0, 4]], 3
];
exports.CreateComponentOutput$ = [3, n0, _CCO,
    0,
    [_co],
    [[() => exports.Component$, 0]], 1
];
exports.CreateEnvironmentAccountConnectionInput$ = [3, n0, _CEACI,
    0,
    [_mAI, _eN, _cT, _rA, _t, _cRA, _cRAo],
    [0, 0, [0, 4], 0, () => TagList, 0, 0], 2
];
exports.CreateEnvironmentAccountConnectionOutput$ = [3, n0, _CEACO,
    0,
    [_eAC],
    [() => exports.EnvironmentAccountConnection$], 1
];
exports.CreateEnvironmentInput$ = [3, n0, _CEI,
    0,
    [_n, _tN, _tMV, _sp, _tMVe, _d, _pSRAr, _eACI, _t, _pR, _cRA, _cRAo],
    [0, 0, 0, [() => SpecContents, 0], 0, [() => Description, 0], 0, 0, () => TagList, () => exports.RepositoryBranchInput$, 0, 0], 4
];
exports.CreateEnvironmentOutput$ = [3, n0, _CEO,
    0,
    [_en],
    [[() => exports.Environment$, 0]], 1
];
exports.CreateEnvironmentTemplateInput$ = [3, n0, _CETIr,
    0,
    [_n, _dN, _d, _eK, _pr, _t],
    [0, [() => DisplayName, 0], [() => Description, 0], 0, 0, () => TagList], 1
];
exports.CreateEnvironmentTemplateOutput$ = [3, n0, _CETO,
    0,
    [_eTn],
    [[() => exports.EnvironmentTemplate$, 0]], 1
];
exports.CreateEnvironmentTemplateVersionInput$ = [3, n0, _CETVI,
    0,
    [_tN, _so, _cT, _d, _mV, _t],
    [0, () => exports.TemplateVersionSourceInput$, [0, 4], [() => Description, 0], 0, () => TagList], 2
];
exports.CreateEnvironmentTemplateVersionOutput$ = [3, n0, _CETVO,
    0,
    [_eTV],
    [[() => exports.EnvironmentTemplateVersion$, 0]], 1
];
exports.CreateRepositoryInput$ = [3, n0, _CRI,
    0,
    [_pro, _n, _cAo, _eK, _t],
    [0, 0, 0, 0, () => TagList], 3
];
exports.CreateRepositoryOutput$ = [3, n0, _CRO,
    0,
    [_r],
    [() => exports.Repository$], 1
];
exports.CreateServiceInput$ = [3, n0, _CSI,
    0,
    [_n, _tN, _tMV, _sp, _d, _tMVe, _rCA, _rI, _bN, _t],
    [0, 0, 0, [() => SpecContents, 0], [() => Description, 0], 0, 0, 0, 0, () => TagList], 4
];
exports.CreateServiceInstanceInput$ = [3, n0, _CSII,
    0,
    [_n, _sN, _sp, _tMV, _tMVe, _t, _cT],
    [0, 0, [() => SpecContents, 0], 0, 0, () => TagList, [0, 4]], 3
];
exports.CreateServiceInstanceOutput$ = [3, n0, _CSIO,
    0,
    [_sI],
    [[() => exports.ServiceInstance$, 0]], 1
];
exports.CreateServiceOutput$ = [3, n0, _CSO,
    0,
    [_serv],
    [[() => exports.Service$, 0]], 1
];
exports.CreateServiceSyncConfigInput$ = [3, n0, _CSSCI,
    0,
    [_sN, _rP, _rN, _b, _fP],
    [0, 0, 0, 0, 0], 5
];
exports.CreateServiceSyncConfigOutput$ = [3, n0, _CSSCO,
    0,
    [_sSC],
    [() => exports.ServiceSyncConfig$]
];
exports.CreateServiceTemplateInput$ = [3, n0, _CSTI,
    0,
    [_n, _dN, _d, _eK, _pP, _t],
    [0, [() => DisplayName, 0], [() => Description, 0], 0, 0, () => TagList], 1
];
exports.CreateServiceTemplateOutput$ = [3, n0, _CSTO,
    0,
    [_sTe],
    [[() => exports.ServiceTemplate$, 0]], 1
];
exports.CreateServiceTemplateVersionInput$ = [3, n0, _CSTVI,
    0,
    [_tN, _so, _cET, _cT, _d, _mV, _t, _sCS],
    [0, () => exports.TemplateVersionSourceInput$, () => CompatibleEnvironmentTemplateInputList, [0, 4], [() => Description, 0], 0, () => TagList, 64 | 0], 3
];
exports.CreateServiceTemplateVersionOutput$ = [3, n0, _CSTVO,
    0,
    [_sTV],
    [[() => exports.ServiceTemplateVersion$, 0]], 1
];
exports.CreateTemplateSyncConfigInput$ = [3, n0, _CTSCI,
    0,
    [_tN, _tT, _rP, _rN, _b, _su],
    [0, 0, 0, 0, 0, 0], 5
];
exports.CreateTemplateSyncConfigOutput$ = [3, n0, _CTSCO,
    0,
    [_tSC],
    [() => exports.TemplateSyncConfig$]
];
exports.DeleteComponentInput$ = [3, n0, _DCI,
    0,
    [_n],
    [0], 1
];
exports.DeleteComponentOutput$ = [3, n0, _DCO,
    0,
    [_co],
    [[() => exports.Component$, 0]]
];
exports.DeleteDeploymentInput$ = [3, n0, _DDI,
    0,
    [_i],
    [0], 1
];
exports.DeleteDeploymentOutput$ = [3, n0, _DDO,
    0,
    [_de],
    [[() => exports.Deployment$, 0]]
];
exports.DeleteEnvironmentAccountConnectionInput$ = [3, n0, _DEACI,
    0,
    [_i],
    [0], 1
];
exports.DeleteEnvironmentAccountConnectionOutput$ = [3, n0, _DEACO,
    0,
    [_eAC],
    [() => exports.EnvironmentAccountConnection$]
];
exports.DeleteEnvironmentInput$ = [3, n0, _DEI,
    0,
    [_n],
    [0], 1
];
exports.DeleteEnvironmentOutput$ = [3, n0, _DEO,
    0,
    [_en],
    [[() => exports.Environment$, 0]]
];
exports.DeleteEnvironmentTemplateInput$ = [3, n0, _DETI,
    0,
    [_n],
    [0], 1
];
exports.DeleteEnvironmentTemplateOutput$ = [3, n0, _DETO,
    0,
    [_eTn],
    [[() => exports.EnvironmentTemplate$, 0]]
];
exports.DeleteEnvironmentTemplateVersionInput$ = [3, n0, _DETVI,
    0,
    [_tN, _mV, _mVi],
    [0, 0, 0], 3
];
exports.DeleteEnvironmentTemplateVersionOutput$ = [3, n0, _DETVO,
    0,
    [_eTV],
    [[() => exports.EnvironmentTemplateVersion$, 0]]
];
exports.DeleteRepositoryInput$ = [3, n0, _DRI,
    0,
    [_pro, _n],
    [0, 0], 2
];
exports.DeleteRepositoryOutput$ = [3, n0, _DRO,
    0,
    [_r],
    [() => exports.Repository$]
];
exports.DeleteServiceInput$ = [3, n0, _DSI,
    0,
    [_n],
    [0], 1
];
exports.DeleteServiceOutput$ = [3, n0, _DSO,
    0,
    [_serv],
    [[() => exports.Service$, 0]]
];
exports.DeleteServiceSyncConfigInput$ = [3, n0, _DSSCI,
    0,
    [_sN],
    [0], 1
];
exports.DeleteServiceSyncConfigOutput$ = [3, n0, _DSSCO,
    0,
    [_sSC],
    [() => exports.ServiceSyncConfig$]
];
exports.DeleteServiceTemplateInput$ = [3, n0, _DSTI,
    0,
    [_n],
    [0], 1
];
exports.DeleteServiceTemplateOutput$ = [3, n0, _DSTO,
    0,
    [_sTe],
    [[() => exports.ServiceTemplate$, 0]]
];
exports.DeleteServiceTemplateVersionInput$ = [3, n0, _DSTVI,
    0,
    [_tN, _mV, _mVi],
    [0, 0, 0], 3
];
exports.DeleteServiceTemplateVersionOutput$ = [3, n0, _DSTVO,
    0,
    [_sTV],
    [[() => exports.ServiceTemplateVersion$, 0]]
];
exports.DeleteTemplateSyncConfigInput$ = [3, n0, _DTSCI,
    0,
    [_tN, _tT],
    [0, 0], 2
];
exports.DeleteTemplateSyncConfigOutput$ = [3, n0, _DTSCO,
    0,
    [_tSC],
    [() => exports.TemplateSyncConfig$]
];
exports.Deployment$ = [3, n0, _De,
    0,
    [_i, _ar, _tA, _tRCA, _tRT, _eN, _dS, _cA, _lMA, _sN, _sIN, _cN, _dSM, _cAom, _lADI, _lSDI, _iS, _tS],
    [0, 0, 0, 4, 0, 0, 0, 4, 4, 0, 0, 0, [() => StatusMessage, 0], 4, 0, 0, [() => exports.DeploymentState$, 0], [() => exports.DeploymentState$, 0]], 9
];
exports.DeploymentSummary$ = [3, n0, _DS,
    0,
    [_i, _ar, _tA, _tRCA, _tRT, _cA, _lMA, _eN, _dS, _cAom, _sN, _sIN, _cN, _lADI, _lSDI],
    [0, 0, 0, 4, 0, 4, 4, 0, 0, 4, 0, 0, 0, 0, 0], 9
];
exports.Environment$ = [3, n0, _E,
    0,
    [_n, _cA, _lDAA, _lDSA, _ar, _tN, _tMV, _tMVe, _dS, _d, _dSM, _pSRAr, _eACI, _eAI, _sp, _pr, _pR, _cRA, _cRAo, _lADI, _lSDI],
    [0, 4, 4, 4, 0, 0, 0, 0, 0, [() => Description, 0], [() => StatusMessage, 0], 0, 0, 0, [() => SpecContents, 0], 0, () => exports.RepositoryBranch$, 0, 0, 0, 0], 9
];
exports.EnvironmentAccountConnection$ = [3, n0, _EAC,
    0,
    [_i, _ar, _mAI, _eAI, _rA, _eN, _rAe, _lMA, _st, _cRA, _cRAo],
    [0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 0], 9
];
exports.EnvironmentAccountConnectionSummary$ = [3, n0, _EACS,
    0,
    [_i, _ar, _mAI, _eAI, _rA, _eN, _rAe, _lMA, _st, _cRA],
    [0, 0, 0, 0, 0, 0, 4, 4, 0, 0], 9
];
exports.EnvironmentState$ = [3, n0, _ES,
    0,
    [_tN, _tMV, _tMVe, _sp],
    [0, 0, 0, [() => SpecContents, 0]], 3
];
exports.EnvironmentSummary$ = [3, n0, _ESn,
    0,
    [_n, _cA, _lDAA, _lDSA, _ar, _tN, _tMV, _tMVe, _dS, _d, _dSM, _pSRAr, _eACI, _eAI, _pr, _cRA, _lADI, _lSDI],
    [0, 4, 4, 4, 0, 0, 0, 0, 0, [() => Description, 0], [() => StatusMessage, 0], 0, 0, 0, 0, 0, 0, 0], 9
];
exports.EnvironmentTemplate$ = [3, n0, _ET,
    0,
    [_n, _ar, _cA, _lMA, _dN, _d, _rV, _eK, _pr],
    [0, 0, 4, 4, [() => DisplayName, 0], [() => Description, 0], 0, 0, 0], 4
];
exports.EnvironmentTemplateFilter$ = [3, n0, _ETF,
    0,
    [_tN, _mV],
    [0, 0], 2
];
exports.EnvironmentTemplateSummary$ = [3, n0, _ETS,
    0,
    [_n, _ar, _cA, _lMA, _dN, _d, _rV, _pr],
    [0, 0, 4, 4, [() => DisplayName, 0], [() => Description, 0], 0, 0], 4
];
exports.EnvironmentTemplateVersion$ = [3, n0, _ETV,
    0,
    [_tN, _mV, _mVi, _st, _ar, _cA, _lMA, _rMV, _sM, _d, _sc],
    [0, 0, 0, 0, 0, 4, 4, 0, [() => StatusMessage, 0], [() => Description, 0], [() => TemplateSchema, 0]], 7
];
exports.EnvironmentTemplateVersionSummary$ = [3, n0, _ETVS,
    0,
    [_tN, _mV, _mVi, _st, _ar, _cA, _lMA, _rMV, _sM, _d],
    [0, 0, 0, 0, 0, 4, 4, 0, [() => StatusMessage, 0], [() => Description, 0]], 7
];
exports.GetAccountSettingsInput$ = [3, n0, _GASI,
    0,
    [],
    []
];
exports.GetAccountSettingsOutput$ = [3, n0, _GASO,
    0,
    [_aS],
    [() => exports.AccountSettings$]
];
exports.GetComponentInput$ = [3, n0, _GCI,
    0,
    [_n],
    [0], 1
];
exports.GetComponentOutput$ = [3, n0, _GCO,
    0,
    [_co],
    [[() => exports.Component$, 0]]
];
exports.GetDeploymentInput$ = [3, n0, _GDI,
    0,
    [_i, _eN, _sN, _sIN, _cN],
    [0, 0, 0, 0, 0], 1
];
exports.GetDeploymentOutput$ = [3, n0, _GDO,
    0,
    [_de],
    [[() => exports.Deployment$, 0]]
];
exports.GetEnvironmentAccountConnectionInput$ = [3, n0, _GEACI,
    0,
    [_i],
    [0], 1
];
exports.GetEnvironmentAccountConnectionOutput$ = [3, n0, _GEACO,
    0,
    [_eAC],
    [() => exports.EnvironmentAccountConnection$], 1
];
exports.GetEnvironmentInput$ = [3, n0, _GEI,
    0,
    [_n],
    [0], 1
];
exports.GetEnvironmentOutput$ = [3, n0, _GEO,
    0,
    [_en],
    [[() => exports.Environment$, 0]], 1
];
exports.GetEnvironmentTemplateInput$ = [3, n0, _GETI,
    0,
    [_n],
    [0], 1
];
exports.GetEnvironmentTemplateOutput$ = [3, n0, _GETO,
    0,
    [_eTn],
    [[() => exports.EnvironmentTemplate$, 0]], 1
];
exports.GetEnvironmentTemplateVersionInput$ = [3, n0, _GETVI,
    0,
    [_tN, _mV, _mVi],
    [0, 0, 0], 3
];
exports.GetEnvironmentTemplateVersionOutput$ = [3, n0, _GETVO,
    0,
    [_eTV],
    [[() => exports.EnvironmentTemplateVersion$, 0]], 1
];
exports.GetRepositoryInput$ = [3, n0, _GRI,
    0,
    [_pro, _n],
    [0, 0], 2
];
exports.GetRepositoryOutput$ = [3, n0, _GRO,
    0,
    [_r],
    [() => exports.Repository$], 1
];
exports.GetRepositorySyncStatusInput$ = [3, n0, _GRSSI,
    0,
    [_rN, _rP, _b, _sTy],
    [0, 0, 0, 0], 4
];
exports.GetRepositorySyncStatusOutput$ = [3, n0, _GRSSO,
    0,
    [_lS],
    [() => exports.RepositorySyncAttempt$]
];
exports.GetResourcesSummaryInput$ = [3, n0, _GRSI,
    0,
    [],
    []
];
exports.GetResourcesSummaryOutput$ = [3, n0, _GRSO,
    0,
    [_cou],
    [() => exports.CountsSummary$], 1
];
exports.GetServiceInput$ = [3, n0, _GSI,
    0,
    [_n],
    [0], 1
];
exports.GetServiceInstanceInput$ = [3, n0, _GSII,
    0,
    [_n, _sN],
    [0, 0], 2
];
exports.GetServiceInstanceOutput$ = [3, n0, _GSIO,
    0,
    [_sI],
    [[() => exports.ServiceInstance$, 0]], 1
];
exports.GetServiceInstanceSyncStatusInput$ = [3, n0, _GSISSI,
    0,
    [_sN, _sIN],
    [0, 0], 2
];
exports.GetServiceInstanceSyncStatusOutput$ = [3, n0, _GSISSO,
    0,
    [_lS, _lSS, _dSe],
    [() => exports.ResourceSyncAttempt$, () => exports.ResourceSyncAttempt$, () => exports.Revision$]
];
exports.GetServiceOutput$ = [3, n0, _GSO,
    0,
    [_serv],
    [[() => exports.Service$, 0]]
];
exports.GetServiceSyncBlockerSummaryInput$ = [3, n0, _GSSBSI,
    0,
    [_sN, _sIN],
    [0, 0], 1
];
exports.GetServiceSyncBlockerSummaryOutput$ = [3, n0, _GSSBSO,
    0,
    [_sSBS],
    [() => exports.ServiceSyncBlockerSummary$]
];
exports.GetServiceSyncConfigInput$ = [3, n0, _GSSCI,
    0,
    [_sN],
    [0], 1
];
exports.GetServiceSyncConfigOutput$ = [3, n0, _GSSCO,
    0,
    [_sSC],
    [() => exports.ServiceSyncConfig$]
];
exports.GetServiceTemplateInput$ = [3, n0, _GSTI,
    0,
    [_n],
    [0], 1
];
exports.GetServiceTemplateOutput$ = [3, n0, _GSTO,
    0,
    [_sTe],
    [[() => exports.ServiceTemplate$, 0]], 1
];
exports.GetServiceTemplateVersionInput$ = [3, n0, _GSTVI,
    0,
    [_tN, _mV, _mVi],
    [0, 0, 0], 3
];
exports.GetServiceTemplateVersionOutput$ = [3, n0, _GSTVO,
    0,
    [_sTV],
    [[() => exports.ServiceTemplateVersion$, 0]], 1
];
exports.GetTemplateSyncConfigInput$ = [3, n0, _GTSCI,
    0,
    [_tN, _tT],
    [0, 0], 2
];
exports.GetTemplateSyncConfigOutput$ = [3, n0, _GTSCO,
    0,
    [_tSC],
    [() => exports.TemplateSyncConfig$]
];
exports.GetTemplateSyncStatusInput$ = [3, n0, _GTSSI,
    0,
    [_tN, _tT, _tV],
    [0, 0, 0], 3
];
exports.GetTemplateSyncStatusOutput$ = [3, n0, _GTSSO,
    0,
    [_lS, _lSS, _dSe],
    [() => exports.ResourceSyncAttempt$, () => exports.ResourceSyncAttempt$, () => exports.Revision$]
];
exports.ListComponentOutputsInput$ = [3, n0, _LCOI,
    0,
    [_cN, _nT, _dI],
    [0, 0, 0], 1
];
exports.ListComponentOutputsOutput$ = [3, n0, _LCOO,
    0,
    [_o, _nT],
    [[() => OutputsList, 0], 0], 1
];
exports.ListComponentProvisionedResourcesInput$ = [3, n0, _LCPRI,
    0,
    [_cN, _nT],
    [0, 0], 1
];
exports.ListComponentProvisionedResourcesOutput$ = [3, n0, _LCPRO,
    0,
    [_pRr, _nT],
    [() => ProvisionedResourceList, 0], 1
];
exports.ListComponentsInput$ = [3, n0, _LCI,
    0,
    [_nT, _eN, _sN, _sIN, _mR],
    [0, 0, 0, 0, 1]
];
exports.ListComponentsOutput$ = [3, n0, _LCO,
    0,
    [_com, _nT],
    [[() => ComponentSummaryList, 0], 0], 1
];
exports.ListDeploymentsInput$ = [3, n0, _LDI,
    0,
    [_nT, _eN, _sN, _sIN, _cN, _mR],
    [0, 0, 0, 0, 0, 1]
];
exports.ListDeploymentsOutput$ = [3, n0, _LDO,
    0,
    [_dep, _nT],
    [() => DeploymentSummaryList, 0], 1
];
exports.ListEnvironmentAccountConnectionsInput$ = [3, n0, _LEACI,
    0,
    [_rB, _eN, _sta, _nT, _mR],
    [0, 0, 64 | 0, 0, 1], 1
];
exports.ListEnvironmentAccountConnectionsOutput$ = [3, n0, _LEACO,
    0,
    [_eACn, _nT],
    [() => EnvironmentAccountConnectionSummaryList, 0], 1
];
exports.ListEnvironmentOutputsInput$ = [3, n0, _LEOI,
    0,
    [_eN, _nT, _dI],
    [0, 0, 0], 1
];
exports.ListEnvironmentOutputsOutput$ = [3, n0, _LEOO,
    0,
    [_o, _nT],
    [[() => OutputsList, 0], 0], 1
];
exports.ListEnvironmentProvisionedResourcesInput$ = [3, n0, _LEPRI,
    0,
    [_eN, _nT],
    [0, 0], 1
];
exports.ListEnvironmentProvisionedResourcesOutput$ = [3, n0, _LEPRO,
    0,
    [_pRr, _nT],
    [() => ProvisionedResourceList, 0], 1
];
exports.ListEnvironmentsInput$ = [3, n0, _LEI,
    0,
    [_nT, _mR, _eT],
    [0, 1, () => EnvironmentTemplateFilterList]
];
exports.ListEnvironmentsOutput$ = [3, n0, _LEO,
    0,
    [_env, _nT],
    [[() => EnvironmentSummaryList, 0], 0], 1
];
exports.ListEnvironmentTemplatesInput$ = [3, n0, _LETI,
    0,
    [_nT, _mR],
    [0, 1]
];
exports.ListEnvironmentTemplatesOutput$ = [3, n0, _LETO,
    0,
    [_te, _nT],
    [[() => EnvironmentTemplateSummaryList, 0], 0], 1
];
exports.ListEnvironmentTemplateVersionsInput$ = [3, n0, _LETVI,
    0,
    [_tN, _nT, _mR, _mV],
    [0, 0, 1, 0], 1
];
exports.ListEnvironmentTemplateVersionsOutput$ = [3, n0, _LETVO,
    0,
    [_tVe, _nT],
    [[() => EnvironmentTemplateVersionSummaryList, 0], 0], 1
];
exports.ListRepositoriesInput$ = [3, n0, _LRI,
    0,
    [_nT, _mR],
    [0, 1]
];
exports.ListRepositoriesOutput$ = [3, n0, _LRO,
    0,
    [_re, _nT],
    [() => RepositorySummaryList, 0], 1
];
exports.ListRepositorySyncDefinitionsInput$ = [3, n0, _LRSDI,
    0,
    [_rN, _rP, _sTy, _nT],
    [0, 0, 0, 0], 3
];
exports.ListRepositorySyncDefinitionsOutput$ = [3, n0, _LRSDO,
    0,
    [_sD, _nT],
    [() => RepositorySyncDefinitionList, 0], 1
];
exports.ListServiceInstanceOutputsInput$ = [3, n0, _LSIOI,
    0,
    [_sIN, _sN, _nT, _dI],
    [0, 0, 0, 0], 2
];
exports.ListServiceInstanceOutputsOutput$ = [3, n0, _LSIOO,
    0,
    [_o, _nT],
    [[() => OutputsList, 0], 0], 1
];
exports.ListServiceInstanceProvisionedResourcesInput$ = [3, n0, _LSIPRI,
    0,
    [_sN, _sIN, _nT],
    [0, 0, 0], 2
];
exports.ListServiceInstanceProvisionedResourcesOutput$ = [3, n0, _LSIPRO,
    0,
    [_pRr, _nT],
    [() => ProvisionedResourceList, 0], 1
];
exports.ListServiceInstancesFilter$ = [3, n0, _LSIF,
    0,
    [_k, _v],
    [0, 0]
];
exports.ListServiceInstancesInput$ = [3, n0, _LSII,
    0,
    [_sN, _nT, _mR, _f, _sB, _sO],
    [0, 0, 1, () => ListServiceInstancesFilterList, 0, 0]
];
exports.ListServiceInstancesOutput$ = [3, n0, _LSIO,
    0,
    [_sIe, _nT],
    [[() => ServiceInstanceSummaryList, 0], 0], 1
];
exports.ListServicePipelineOutputsInput$ = [3, n0, _LSPOI,
    0,
    [_sN, _nT, _dI],
    [0, 0, 0], 1
];
exports.ListServicePipelineOutputsOutput$ = [3, n0, _LSPOO,
    0,
    [_o, _nT],
    [[() => OutputsList, 0], 0], 1
];
exports.ListServicePipelineProvisionedResourcesInput$ = [3, n0, _LSPPRI,
    0,
    [_sN, _nT],
    [0, 0], 1
];
exports.ListServicePipelineProvisionedResourcesOutput$ = [3, n0, _LSPPRO,
    0,
    [_pRr, _nT],
    [() => ProvisionedResourceList, 0], 1
];
exports.ListServicesInput$ = [3, n0, _LSI,
    0,
    [_nT, _mR],
    [0, 1]
];
exports.ListServicesOutput$ = [3, n0, _LSO,
    0,
    [_ser, _nT],
    [[() => ServiceSummaryList, 0], 0], 1
];
exports.ListServiceTemplatesInput$ = [3, n0, _LSTI,
    0,
    [_nT, _mR],
    [0, 1]
];
exports.ListServiceTemplatesOutput$ = [3, n0, _LSTO,
    0,
    [_te, _nT],
    [[() => ServiceTemplateSummaryList, 0], 0], 1
];
exports.ListServiceTemplateVersionsInput$ = [3, n0, _LSTVI,
    0,
    [_tN, _nT, _mR, _mV],
    [0, 0, 1, 0], 1
];
exports.ListServiceTemplateVersionsOutput$ = [3, n0, _LSTVO,
    0,
    [_tVe, _nT],
    [[() => ServiceTemplateVersionSummaryList, 0], 0], 1
];
exports.ListTagsForResourceInput$ = [3, n0, _LTFRI,
    0,
    [_rAes, _nT, _mR],
    [[0, { [_hQ]: _rAes }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
exports.ListTagsForResourceOutput$ = [3, n0, _LTFRO,
    0,
    [_t, _nT],
    [() => TagList, 0], 1
];
exports.NotifyResourceDeploymentStatusChangeInput$ = [3, n0, _NRDSCI,
    0,
    [_rAes, _st, _o, _dI, _sM],
    [0, 0, [() => OutputsList, 0], 0, [() => StatusMessage, 0]], 1
];
exports.NotifyResourceDeploymentStatusChangeOutput$ = [3, n0, _NRDSCO,
    0,
    [],
    []
];
exports.Output$ = [3, n0, _O,
    8,
    [_k, _vS],
    [0, 0]
];
exports.ProvisionedResource$ = [3, n0, _PR,
    0,
    [_n, _id, _pE],
    [0, 0, 0]
];
exports.RejectEnvironmentAccountConnectionInput$ = [3, n0, _REACI,
    0,
    [_i],
    [0], 1
];
exports.RejectEnvironmentAccountConnectionOutput$ = [3, n0, _REACO,
    0,
    [_eAC],
    [() => exports.EnvironmentAccountConnection$], 1
];
exports.Repository$ = [3, n0, _R,
    0,
    [_ar, _pro, _n, _cAo, _eK],
    [0, 0, 0, 0, 0], 4
];
exports.RepositoryBranch$ = [3, n0, _RB,
    0,
    [_ar, _pro, _n, _b],
    [0, 0, 0, 0], 4
];
exports.RepositoryBranchInput$ = [3, n0, _RBI,
    0,
    [_pro, _n, _b],
    [0, 0, 0], 3
];
exports.RepositorySummary$ = [3, n0, _RS,
    0,
    [_ar, _pro, _n, _cAo],
    [0, 0, 0, 0], 4
];
exports.RepositorySyncAttempt$ = [3, n0, _RSA,
    0,
    [_sA, _st, _ev],
    [4, 0, () => RepositorySyncEvents], 3
];
exports.RepositorySyncDefinition$ = [3, n0, _RSD,
    0,
    [_ta, _pa, _b, _di],
    [0, 0, 0, 0], 4
];
exports.RepositorySyncEvent$ = [3, n0, _RSE,
    0,
    [_ty, _ti, _eve, _eI],
    [0, 4, 0, 0], 3
];
exports.ResourceCountsSummary$ = [3, n0, _RCS,
    0,
    [_to, _fa, _uTD, _bM, _bMe],
    [1, 1, 1, 1, 1], 1
];
exports.ResourceSyncAttempt$ = [3, n0, _RSAe,
    0,
    [_iR, _tR, _ta, _sA, _st, _ev],
    [() => exports.Revision$, () => exports.Revision$, 0, 4, 0, () => ResourceSyncEvents], 6
];
exports.ResourceSyncEvent$ = [3, n0, _RSEe,
    0,
    [_ty, _ti, _eve, _eI],
    [0, 4, 0, 0], 3
];
exports.Revision$ = [3, n0, _Re,
    0,
    [_rN, _rP, _sh, _di, _b],
    [0, 0, 0, 0, 0], 5
];
exports.S3ObjectSource$ = [3, n0, _SOS,
    0,
    [_bu, _k],
    [0, 0], 2
];
exports.Service$ = [3, n0, _S,
    0,
    [_n, _ar, _tN, _cA, _lMA, _st, _sp, _d, _sM, _p, _rCA, _rI, _bN],
    [0, 0, 0, 4, 4, 0, [() => SpecContents, 0], [() => Description, 0], [() => StatusMessage, 0], [() => exports.ServicePipeline$, 0], 0, 0, 0], 7
];
exports.ServiceInstance$ = [3, n0, _SI,
    0,
    [_n, _ar, _cA, _lDAA, _lDSA, _sN, _eN, _tN, _tMV, _tMVe, _dS, _dSM, _sp, _lCRT, _lADI, _lSDI],
    [0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, [() => StatusMessage, 0], [() => SpecContents, 0], 0, 0, 0], 11
];
exports.ServiceInstanceState$ = [3, n0, _SIS,
    0,
    [_sp, _tN, _tMV, _tMVe, _lSCDI, _lSEDI, _lSSPDI],
    [[() => SpecContents, 0], 0, 0, 0, 64 | 0, 0, 0], 4
];
exports.ServiceInstanceSummary$ = [3, n0, _SISe,
    0,
    [_n, _ar, _cA, _lDAA, _lDSA, _sN, _eN, _tN, _tMV, _tMVe, _dS, _dSM, _lADI, _lSDI],
    [0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, [() => StatusMessage, 0], 0, 0], 11
];
exports.ServicePipeline$ = [3, n0, _SP,
    0,
    [_ar, _cA, _lDAA, _lDSA, _tN, _tMV, _tMVe, _dS, _dSM, _sp, _lADI, _lSDI],
    [0, 4, 4, 4, 0, 0, 0, 0, [() => StatusMessage, 0], [() => SpecContents, 0], 0, 0], 8
];
exports.ServicePipelineState$ = [3, n0, _SPS,
    0,
    [_tN, _tMV, _tMVe, _sp],
    [0, 0, 0, [() => SpecContents, 0]], 3
];
exports.ServiceSummary$ = [3, n0, _SS,
    0,
    [_n, _ar, _tN, _cA, _lMA, _st, _d, _sM],
    [0, 0, 0, 4, 4, 0, [() => Description, 0], [() => StatusMessage, 0]], 6
];
exports.ServiceSyncBlockerSummary$ = [3, n0, _SSBS,
    0,
    [_sN, _sIN, _lB],
    [0, 0, () => LatestSyncBlockers], 1
];
exports.ServiceSyncConfig$ = [3, n0, _SSC,
    0,
    [_sN, _rP, _rN, _b, _fP],
    [0, 0, 0, 0, 0], 5
];
exports.ServiceTemplate$ = [3, n0, _ST,
    0,
    [_n, _ar, _cA, _lMA, _dN, _d, _rV, _eK, _pP],
    [0, 0, 4, 4, [() => DisplayName, 0], [() => Description, 0], 0, 0, 0], 4
];
exports.ServiceTemplateSummary$ = [3, n0, _STS,
    0,
    [_n, _ar, _cA, _lMA, _dN, _d, _rV, _pP],
    [0, 0, 4, 4, [() => DisplayName, 0], [() => Description, 0], 0, 0], 4
];
exports.ServiceTemplateVersion$ = [3, n0, _STV,
    0,
    [_tN, _mV, _mVi, _st, _ar, _cA, _lMA, _cET, _rMV, _sM, _d, _sc, _sCS],
    [0, 0, 0, 0, 0, 4, 4, () => CompatibleEnvironmentTemplateList, 0, [() => StatusMessage, 0], [() => Description, 0], [() => TemplateSchema, 0], 64 | 0], 8
];
exports.ServiceTemplateVersionSummary$ = [3, n0, _STVS,
    0,
    [_tN, _mV, _mVi, _st, _ar, _cA, _lMA, _rMV, _sM, _d],
    [0, 0, 0, 0, 0, 4, 4, 0, [() => StatusMessage, 0], [() => Description, 0]], 7
];
exports.SyncBlocker$ = [3, n0, _SB,
    0,
    [_i, _ty, _st, _cR, _cA, _con, _rR, _rAeso],
    [0, 0, 0, 0, 4, () => SyncBlockerContexts, 0, 4], 5
];
exports.SyncBlockerContext$ = [3, n0, _SBC,
    0,
    [_k, _v],
    [0, 0], 2
];
exports.Tag$ = [3, n0, _T,
    0,
    [_k, _v],
    [0, 0], 2
];
exports.TagResourceInput$ = [3, n0, _TRI,
    0,
    [_rAes, _t],
    [[0, { [_hQ]: _rAes }], () => TagList], 2
];
exports.TagResourceOutput$ = [3, n0, _TRO,
    0,
    [],
    []
];
exports.TemplateSyncConfig$ = [3, n0, _TSC,
    0,
    [_tN, _tT, _rP, _rN, _b, _su],
    [0, 0, 0, 0, 0, 0], 5
];
exports.UntagResourceInput$ = [3, n0, _URI,
    0,
    [_rAes, _tK],
    [[0, { [_hQ]: _rAes }], 64 | 0], 2
];
exports.UntagResourceOutput$ = [3, n0, _URO,
    0,
    [],
    []
];
exports.UpdateAccountSettingsInput$ = [3, n0, _UASI,
    0,
    [_pSRA, _pPR, _dPPR, _pCRA],
    [0, () => exports.RepositoryBranchInput$, 2, 0]
];
exports.UpdateAccountSettingsOutput$ = [3, n0, _UASO,
    0,
    [_aS],
    [() => exports.AccountSettings$], 1
];
exports.UpdateComponentInput$ = [3, n0, _UCI,
    0,
    [_n, _dT, _d, _sN, _sIN, _sS, _tF, _cT],
    [0, 0, [() => Description, 0], 0, 0, [() => SpecContents, 0], [() => TemplateFileContents, 0], [0, 4]], 2
];
exports.UpdateComponentOutput$ = [3, n0, _UCO,
    0,
    [_co],
    [[() => exports.Component$, 0]], 1
];
exports.UpdateEnvironmentAccountConnectionInput$ = [3, n0, _UEACI,
    0,
    [_i, _rA, _cRA, _cRAo],
    [0, 0, 0, 0], 1
];
exports.UpdateEnvironmentAccountConnectionOutput$ = [3, n0, _UEACO,
    0,
    [_eAC],
    [() => exports.EnvironmentAccountConnection$], 1
];
exports.UpdateEnvironmentInput$ = [3, n0, _UEI,
    0,
    [_n, _dT, _d, _sp, _tMV, _tMVe, _pSRAr, _eACI, _pR, _cRA, _cRAo],
    [0, 0, [() => Description, 0], [() => SpecContents, 0], 0, 0, 0, 0, () => exports.RepositoryBranchInput$, 0, 0], 2
];
exports.UpdateEnvironmentOutput$ = [3, n0, _UEO,
    0,
    [_en],
    [[() => exports.Environment$, 0]], 1
];
exports.UpdateEnvironmentTemplateInput$ = [3, n0, _UETI,
    0,
    [_n, _dN, _d],
    [0, [() => DisplayName, 0], [() => Description, 0]], 1
];
exports.UpdateEnvironmentTemplateOutput$ = [3, n0, _UETO,
    0,
    [_eTn],
    [[() => exports.EnvironmentTemplate$, 0]], 1
];
exports.UpdateEnvironmentTemplateVersionInput$ = [3, n0, _UETVI,
    0,
    [_tN, _mV, _mVi, _d, _st],
    [0, 0, 0, [() => Description, 0], 0], 3
];
exports.UpdateEnvironmentTemplateVersionOutput$ = [3, n0, _UETVO,
    0,
    [_eTV],
    [[() => exports.EnvironmentTemplateVersion$, 0]], 1
];
exports.UpdateServiceInput$ = [3, n0, _USI,
    0,
    [_n, _d, _sp],
    [0, [() => Description, 0], [() => SpecContents, 0]], 1
];
exports.UpdateServiceInstanceInput$ = [3, n0, _USII,
    0,
    [_n, _sN, _dT, _sp, _tMV, _tMVe, _cT],
    [0, 0, 0, [() => SpecContents, 0], 0, 0, [0, 4]], 3
];
exports.UpdateServiceInstanceOutput$ = [3, n0, _USIO,
    0,
    [_sI],
    [[() => exports.ServiceInstance$, 0]], 1
];
exports.UpdateServiceOutput$ = [3, n0, _USO,
    0,
    [_serv],
    [[() => exports.Service$, 0]], 1
];
exports.UpdateServicePipelineInput$ = [3, n0, _USPI,
    0,
    [_sN, _sp, _dT, _tMV, _tMVe],
    [0, [() => SpecContents, 0], 0, 0, 0], 3
];
exports.UpdateServicePipelineOutput$ = [3, n0, _USPO,
    0,
    [_p],
    [[() => exports.ServicePipeline$, 0]], 1
];
exports.UpdateServiceSyncBlockerInput$ = [3, n0, _USSBI,
    0,
    [_i, _rR],
    [0, 0], 2
];
exports.UpdateServiceSyncBlockerOutput$ = [3, n0, _USSBO,
    0,
    [_sN, _sSB, _sIN],
    [0, () => exports.SyncBlocker$, 0], 2
];
exports.UpdateServiceSyncConfigInput$ = [3, n0, _USSCI,
    0,
    [_sN, _rP, _rN, _b, _fP],
    [0, 0, 0, 0, 0], 5
];
exports.UpdateServiceSyncConfigOutput$ = [3, n0, _USSCO,
    0,
    [_sSC],
    [() => exports.ServiceSyncConfig$]
];
exports.UpdateServiceTemplateInput$ = [3, n0, _USTI,
    0,
    [_n, _dN, _d],
    [0, [() => DisplayName, 0], [() => Description, 0]], 1
];
exports.UpdateServiceTemplateOutput$ = [3, n0, _USTO,
    0,
    [_sTe],
    [[() => exports.ServiceTemplate$, 0]], 1
];
exports.UpdateServiceTemplateVersionInput$ = [3, n0, _USTVI,
    0,
    [_tN, _mV, _mVi, _d, _st, _cET, _sCS],
    [0, 0, 0, [() => Description, 0], 0, () => CompatibleEnvironmentTemplateInputList, 64 | 0], 3
];
exports.UpdateServiceTemplateVersionOutput$ = [3, n0, _USTVO,
    0,
    [_sTV],
    [[() => exports.ServiceTemplateVersion$, 0]], 1
];
exports.UpdateTemplateSyncConfigInput$ = [3, n0, _UTSCI,
    0,
    [_tN, _tT, _rP, _rN, _b, _su],
    [0, 0, 0, 0, 0, 0], 5
];
exports.UpdateTemplateSyncConfigOutput$ = [3, n0, _UTSCO,
    0,
    [_tSC],
    [() => exports.TemplateSyncConfig$]
];
var CompatibleEnvironmentTemplateInputList = [1, n0, _CETIL,
    0, () => exports.CompatibleEnvironmentTemplateInput$
];
var CompatibleEnvironmentTemplateList = [1, n0, _CETL,
    0, () => exports.CompatibleEnvironmentTemplate$
];
var ComponentDeploymentIdList = (/* unused pure expression or super */ null && (64 | 0));
var ComponentSummaryList = [1, n0, _CSL,
    0, [() => exports.ComponentSummary$,
        0]
];
var DeploymentSummaryList = [1, n0, _DSL,
    0, () => exports.DeploymentSummary$
];
var EnvironmentAccountConnectionStatusList = (/* unused pure expression or super */ null && (64 | 0));
var EnvironmentAccountConnectionSummaryList = [1, n0, _EACSL,
    0, () => exports.EnvironmentAccountConnectionSummary$
];
var EnvironmentSummaryList = [1, n0, _ESL,
    0, [() => exports.EnvironmentSummary$,
        0]
];
var EnvironmentTemplateFilterList = [1, n0, _ETFL,
    0, () => exports.EnvironmentTemplateFilter$
];
var EnvironmentTemplateSummaryList = [1, n0, _ETSL,
    0, [() => exports.EnvironmentTemplateSummary$,
        0]
];
var EnvironmentTemplateVersionSummaryList = [1, n0, _ETVSL,
    0, [() => exports.EnvironmentTemplateVersionSummary$,
        0]
];
var LatestSyncBlockers = [1, n0, _LSB,
    0, () => exports.SyncBlocker$
];
var ListServiceInstancesFilterList = [1, n0, _LSIFL,
    0, () => exports.ListServiceInstancesFilter$
];
var OutputsList = [1, n0, _OL,
    0, [() => exports.Output$,
        0]
];
var ProvisionedResourceList = [1, n0, _PRL,
    0, () => exports.ProvisionedResource$
];
var RepositorySummaryList = [1, n0, _RSL,
    0, () => exports.RepositorySummary$
];
var RepositorySyncDefinitionList = [1, n0, _RSDL,
    0, () => exports.RepositorySyncDefinition$
];
var RepositorySyncEvents = [1, n0, _RSEep,
    0, () => exports.RepositorySyncEvent$
];
var ResourceSyncEvents = [1, n0, _RSEes,
    0, () => exports.ResourceSyncEvent$
];
var ServiceInstanceSummaryList = [1, n0, _SISL,
    0, [() => exports.ServiceInstanceSummary$,
        0]
];
var ServiceSummaryList = [1, n0, _SSL,
    0, [() => exports.ServiceSummary$,
        0]
];
var ServiceTemplateSummaryList = [1, n0, _STSL,
    0, [() => exports.ServiceTemplateSummary$,
        0]
];
var ServiceTemplateSupportedComponentSourceInputList = (/* unused pure expression or super */ null && (64 | 0));
var ServiceTemplateVersionSummaryList = [1, n0, _STVSL,
    0, [() => exports.ServiceTemplateVersionSummary$,
        0]
];
var SyncBlockerContexts = [1, n0, _SBCy,
    0, () => exports.SyncBlockerContext$
];
var TagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var TagList = [1, n0, _TL,
    0, () => exports.Tag$
];
exports.DeploymentState$ = [4, n0, _DSe,
    0,
    [_sI, _en, _sP, _co],
    [[() => exports.ServiceInstanceState$, 0], [() => exports.EnvironmentState$, 0], [() => exports.ServicePipelineState$, 0], [() => exports.ComponentState$, 0]]
];
exports.TemplateVersionSourceInput$ = [4, n0, _TVSI,
    0,
    [_s_],
    [() => exports.S3ObjectSource$]
];
exports.AcceptEnvironmentAccountConnection$ = [9, n0, _AEAC,
    2, () => exports.AcceptEnvironmentAccountConnectionInput$, () => exports.AcceptEnvironmentAccountConnectionOutput$
];
exports.CancelComponentDeployment$ = [9, n0, _CCD,
    0, () => exports.CancelComponentDeploymentInput$, () => exports.CancelComponentDeploymentOutput$
];
exports.CancelEnvironmentDeployment$ = [9, n0, _CED,
    0, () => exports.CancelEnvironmentDeploymentInput$, () => exports.CancelEnvironmentDeploymentOutput$
];
exports.CancelServiceInstanceDeployment$ = [9, n0, _CSID,
    0, () => exports.CancelServiceInstanceDeploymentInput$, () => exports.CancelServiceInstanceDeploymentOutput$
];
exports.CancelServicePipelineDeployment$ = [9, n0, _CSPD,
    0, () => exports.CancelServicePipelineDeploymentInput$, () => exports.CancelServicePipelineDeploymentOutput$
];
exports.CreateComponent$ = [9, n0, _CC,
    2, () => exports.CreateComponentInput$, () => exports.CreateComponentOutput$
];
exports.CreateEnvironment$ = [9, n0, _CEr,
    2, () => exports.CreateEnvironmentInput$, () => exports.CreateEnvironmentOutput$
];
exports.CreateEnvironmentAccountConnection$ = [9, n0, _CEAC,
    2, () => exports.CreateEnvironmentAccountConnectionInput$, () => exports.CreateEnvironmentAccountConnectionOutput$
];
exports.CreateEnvironmentTemplate$ = [9, n0, _CETr,
    2, () => exports.CreateEnvironmentTemplateInput$, () => exports.CreateEnvironmentTemplateOutput$
];
exports.CreateEnvironmentTemplateVersion$ = [9, n0, _CETV,
    2, () => exports.CreateEnvironmentTemplateVersionInput$, () => exports.CreateEnvironmentTemplateVersionOutput$
];
exports.CreateRepository$ = [9, n0, _CR,
    2, () => exports.CreateRepositoryInput$, () => exports.CreateRepositoryOutput$
];
exports.CreateService$ = [9, n0, _CSr,
    2, () => exports.CreateServiceInput$, () => exports.CreateServiceOutput$
];
exports.CreateServiceInstance$ = [9, n0, _CSIr,
    2, () => exports.CreateServiceInstanceInput$, () => exports.CreateServiceInstanceOutput$
];
exports.CreateServiceSyncConfig$ = [9, n0, _CSSC,
    2, () => exports.CreateServiceSyncConfigInput$, () => exports.CreateServiceSyncConfigOutput$
];
exports.CreateServiceTemplate$ = [9, n0, _CST,
    2, () => exports.CreateServiceTemplateInput$, () => exports.CreateServiceTemplateOutput$
];
exports.CreateServiceTemplateVersion$ = [9, n0, _CSTV,
    2, () => exports.CreateServiceTemplateVersionInput$, () => exports.CreateServiceTemplateVersionOutput$
];
exports.CreateTemplateSyncConfig$ = [9, n0, _CTSC,
    2, () => exports.CreateTemplateSyncConfigInput$, () => exports.CreateTemplateSyncConfigOutput$
];
exports.DeleteComponent$ = [9, n0, _DC,
    2, () => exports.DeleteComponentInput$, () => exports.DeleteComponentOutput$
];
exports.DeleteDeployment$ = [9, n0, _DD,
    2, () => exports.DeleteDeploymentInput$, () => exports.DeleteDeploymentOutput$
];
exports.DeleteEnvironment$ = [9, n0, _DE,
    2, () => exports.DeleteEnvironmentInput$, () => exports.DeleteEnvironmentOutput$
];
exports.DeleteEnvironmentAccountConnection$ = [9, n0, _DEAC,
    2, () => exports.DeleteEnvironmentAccountConnectionInput$, () => exports.DeleteEnvironmentAccountConnectionOutput$
];
exports.DeleteEnvironmentTemplate$ = [9, n0, _DET,
    2, () => exports.DeleteEnvironmentTemplateInput$, () => exports.DeleteEnvironmentTemplateOutput$
];
exports.DeleteEnvironmentTemplateVersion$ = [9, n0, _DETV,
    2, () => exports.DeleteEnvironmentTemplateVersionInput$, () => exports.DeleteEnvironmentTemplateVersionOutput$
];
exports.DeleteRepository$ = [9, n0, _DR,
    2, () => exports.DeleteRepositoryInput$, () => exports.DeleteRepositoryOutput$
];
exports.DeleteService$ = [9, n0, _DSel,
    2, () => exports.DeleteServiceInput$, () => exports.DeleteServiceOutput$
];
exports.DeleteServiceSyncConfig$ = [9, n0, _DSSC,
    2, () => exports.DeleteServiceSyncConfigInput$, () => exports.DeleteServiceSyncConfigOutput$
];
exports.DeleteServiceTemplate$ = [9, n0, _DST,
    2, () => exports.DeleteServiceTemplateInput$, () => exports.DeleteServiceTemplateOutput$
];
exports.DeleteServiceTemplateVersion$ = [9, n0, _DSTV,
    2, () => exports.DeleteServiceTemplateVersionInput$, () => exports.DeleteServiceTemplateVersionOutput$
];
exports.DeleteTemplateSyncConfig$ = [9, n0, _DTSC,
    2, () => exports.DeleteTemplateSyncConfigInput$, () => exports.DeleteTemplateSyncConfigOutput$
];
exports.GetAccountSettings$ = [9, n0, _GAS,
    0, () => exports.GetAccountSettingsInput$, () => exports.GetAccountSettingsOutput$
];
exports.GetComponent$ = [9, n0, _GC,
    0, () => exports.GetComponentInput$, () => exports.GetComponentOutput$
];
exports.GetDeployment$ = [9, n0, _GD,
    0, () => exports.GetDeploymentInput$, () => exports.GetDeploymentOutput$
];
exports.GetEnvironment$ = [9, n0, _GE,
    0, () => exports.GetEnvironmentInput$, () => exports.GetEnvironmentOutput$
];
exports.GetEnvironmentAccountConnection$ = [9, n0, _GEAC,
    0, () => exports.GetEnvironmentAccountConnectionInput$, () => exports.GetEnvironmentAccountConnectionOutput$
];
exports.GetEnvironmentTemplate$ = [9, n0, _GET,
    0, () => exports.GetEnvironmentTemplateInput$, () => exports.GetEnvironmentTemplateOutput$
];
exports.GetEnvironmentTemplateVersion$ = [9, n0, _GETV,
    0, () => exports.GetEnvironmentTemplateVersionInput$, () => exports.GetEnvironmentTemplateVersionOutput$
];
exports.GetRepository$ = [9, n0, _GR,
    0, () => exports.GetRepositoryInput$, () => exports.GetRepositoryOutput$
];
exports.GetRepositorySyncStatus$ = [9, n0, _GRSS,
    0, () => exports.GetRepositorySyncStatusInput$, () => exports.GetRepositorySyncStatusOutput$
];
exports.GetResourcesSummary$ = [9, n0, _GRS,
    0, () => exports.GetResourcesSummaryInput$, () => exports.GetResourcesSummaryOutput$
];
exports.GetService$ = [9, n0, _GS,
    0, () => exports.GetServiceInput$, () => exports.GetServiceOutput$
];
exports.GetServiceInstance$ = [9, n0, _GSIe,
    0, () => exports.GetServiceInstanceInput$, () => exports.GetServiceInstanceOutput$
];
exports.GetServiceInstanceSyncStatus$ = [9, n0, _GSISS,
    0, () => exports.GetServiceInstanceSyncStatusInput$, () => exports.GetServiceInstanceSyncStatusOutput$
];
exports.GetServiceSyncBlockerSummary$ = [9, n0, _GSSBS,
    0, () => exports.GetServiceSyncBlockerSummaryInput$, () => exports.GetServiceSyncBlockerSummaryOutput$
];
exports.GetServiceSyncConfig$ = [9, n0, _GSSC,
    0, () => exports.GetServiceSyncConfigInput$, () => exports.GetServiceSyncConfigOutput$
];
exports.GetServiceTemplate$ = [9, n0, _GST,
    0, () => exports.GetServiceTemplateInput$, () => exports.GetServiceTemplateOutput$
];
exports.GetServiceTemplateVersion$ = [9, n0, _GSTV,
    0, () => exports.GetServiceTemplateVersionInput$, () => exports.GetServiceTemplateVersionOutput$
];
exports.GetTemplateSyncConfig$ = [9, n0, _GTSC,
    0, () => exports.GetTemplateSyncConfigInput$, () => exports.GetTemplateSyncConfigOutput$
];
exports.GetTemplateSyncStatus$ = [9, n0, _GTSS,
    0, () => exports.GetTemplateSyncStatusInput$, () => exports.GetTemplateSyncStatusOutput$
];
exports.ListComponentOutputs$ = [9, n0, _LCOi,
    0, () => exports.ListComponentOutputsInput$, () => exports.ListComponentOutputsOutput$
];
exports.ListComponentProvisionedResources$ = [9, n0, _LCPR,
    0, () => exports.ListComponentProvisionedResourcesInput$, () => exports.ListComponentProvisionedResourcesOutput$
];
exports.ListComponents$ = [9, n0, _LC,
    0, () => exports.ListComponentsInput$, () => exports.ListComponentsOutput$
];
exports.ListDeployments$ = [9, n0, _LD,
    0, () => exports.ListDeploymentsInput$, () => exports.ListDeploymentsOutput$
];
exports.ListEnvironmentAccountConnections$ = [9, n0, _LEAC,
    0, () => exports.ListEnvironmentAccountConnectionsInput$, () => exports.ListEnvironmentAccountConnectionsOutput$
];
exports.ListEnvironmentOutputs$ = [9, n0, _LEOi,
    0, () => exports.ListEnvironmentOutputsInput$, () => exports.ListEnvironmentOutputsOutput$
];
exports.ListEnvironmentProvisionedResources$ = [9, n0, _LEPR,
    0, () => exports.ListEnvironmentProvisionedResourcesInput$, () => exports.ListEnvironmentProvisionedResourcesOutput$
];
exports.ListEnvironments$ = [9, n0, _LE,
    0, () => exports.ListEnvironmentsInput$, () => exports.ListEnvironmentsOutput$
];
exports.ListEnvironmentTemplates$ = [9, n0, _LET,
    0, () => exports.ListEnvironmentTemplatesInput$, () => exports.ListEnvironmentTemplatesOutput$
];
exports.ListEnvironmentTemplateVersions$ = [9, n0, _LETV,
    0, () => exports.ListEnvironmentTemplateVersionsInput$, () => exports.ListEnvironmentTemplateVersionsOutput$
];
exports.ListRepositories$ = [9, n0, _LR,
    0, () => exports.ListRepositoriesInput$, () => exports.ListRepositoriesOutput$
];
exports.ListRepositorySyncDefinitions$ = [9, n0, _LRSD,
    0, () => exports.ListRepositorySyncDefinitionsInput$, () => exports.ListRepositorySyncDefinitionsOutput$
];
exports.ListServiceInstanceOutputs$ = [9, n0, _LSIOi,
    0, () => exports.ListServiceInstanceOutputsInput$, () => exports.ListServiceInstanceOutputsOutput$
];
exports.ListServiceInstanceProvisionedResources$ = [9, n0, _LSIPR,
    0, () => exports.ListServiceInstanceProvisionedResourcesInput$, () => exports.ListServiceInstanceProvisionedResourcesOutput$
];
exports.ListServiceInstances$ = [9, n0, _LSIi,
    0, () => exports.ListServiceInstancesInput$, () => exports.ListServiceInstancesOutput$
];
exports.ListServicePipelineOutputs$ = [9, n0, _LSPO,
    0, () => exports.ListServicePipelineOutputsInput$, () => exports.ListServicePipelineOutputsOutput$
];
exports.ListServicePipelineProvisionedResources$ = [9, n0, _LSPPR,
    0, () => exports.ListServicePipelineProvisionedResourcesInput$, () => exports.ListServicePipelineProvisionedResourcesOutput$
];
exports.ListServices$ = [9, n0, _LS,
    0, () => exports.ListServicesInput$, () => exports.ListServicesOutput$
];
exports.ListServiceTemplates$ = [9, n0, _LST,
    0, () => exports.ListServiceTemplatesInput$, () => exports.ListServiceTemplatesOutput$
];
exports.ListServiceTemplateVersions$ = [9, n0, _LSTV,
    0, () => exports.ListServiceTemplateVersionsInput$, () => exports.ListServiceTemplateVersionsOutput$
];
exports.ListTagsForResource$ = [9, n0, _LTFR,
    0, () => exports.ListTagsForResourceInput$, () => exports.ListTagsForResourceOutput$
];
exports.NotifyResourceDeploymentStatusChange$ = [9, n0, _NRDSC,
    0, () => exports.NotifyResourceDeploymentStatusChangeInput$, () => exports.NotifyResourceDeploymentStatusChangeOutput$
];
exports.RejectEnvironmentAccountConnection$ = [9, n0, _REAC,
    2, () => exports.RejectEnvironmentAccountConnectionInput$, () => exports.RejectEnvironmentAccountConnectionOutput$
];
exports.TagResource$ = [9, n0, _TR,
    2, () => exports.TagResourceInput$, () => exports.TagResourceOutput$
];
exports.UntagResource$ = [9, n0, _UR,
    2, () => exports.UntagResourceInput$, () => exports.UntagResourceOutput$
];
exports.UpdateAccountSettings$ = [9, n0, _UAS,
    0, () => exports.UpdateAccountSettingsInput$, () => exports.UpdateAccountSettingsOutput$
];
exports.UpdateComponent$ = [9, n0, _UC,
    0, () => exports.UpdateComponentInput$, () => exports.UpdateComponentOutput$
];
exports.UpdateEnvironment$ = [9, n0, _UE,
    0, () => exports.UpdateEnvironmentInput$, () => exports.UpdateEnvironmentOutput$
];
exports.UpdateEnvironmentAccountConnection$ = [9, n0, _UEAC,
    2, () => exports.UpdateEnvironmentAccountConnectionInput$, () => exports.UpdateEnvironmentAccountConnectionOutput$
];
exports.UpdateEnvironmentTemplate$ = [9, n0, _UET,
    0, () => exports.UpdateEnvironmentTemplateInput$, () => exports.UpdateEnvironmentTemplateOutput$
];
exports.UpdateEnvironmentTemplateVersion$ = [9, n0, _UETV,
    0, () => exports.UpdateEnvironmentTemplateVersionInput$, () => exports.UpdateEnvironmentTemplateVersionOutput$
];
exports.UpdateService$ = [9, n0, _US,
    0, () => exports.UpdateServiceInput$, () => exports.UpdateServiceOutput$
];
exports.UpdateServiceInstance$ = [9, n0, _USIp,
    0, () => exports.UpdateServiceInstanceInput$, () => exports.UpdateServiceInstanceOutput$
];
exports.UpdateServicePipeline$ = [9, n0, _USP,
    0, () => exports.UpdateServicePipelineInput$, () => exports.UpdateServicePipelineOutput$
];
exports.UpdateServiceSyncBlocker$ = [9, n0, _USSB,
    0, () => exports.UpdateServiceSyncBlockerInput$, () => exports.UpdateServiceSyncBlockerOutput$
];
exports.UpdateServiceSyncConfig$ = [9, n0, _USSC,
    0, () => exports.UpdateServiceSyncConfigInput$, () => exports.UpdateServiceSyncConfigOutput$
];
exports.UpdateServiceTemplate$ = [9, n0, _UST,
    0, () => exports.UpdateServiceTemplateInput$, () => exports.UpdateServiceTemplateOutput$
];
exports.UpdateServiceTemplateVersion$ = [9, n0, _USTV,
    0, () => exports.UpdateServiceTemplateVersionInput$, () => exports.UpdateServiceTemplateVersionOutput$
];
exports.UpdateTemplateSyncConfig$ = [9, n0, _UTSC,
    0, () => exports.UpdateTemplateSyncConfigInput$, () => exports.UpdateTemplateSyncConfigOutput$
];


/***/ }),

/***/ 752590:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getHostHeaderPlugin, hostHeaderMiddleware, hostHeaderMiddlewareOptions, resolveHostHeaderConfig } = __webpack_require__(305152);
exports.getHostHeaderPlugin = getHostHeaderPlugin;
exports.hostHeaderMiddleware = hostHeaderMiddleware;
exports.hostHeaderMiddlewareOptions = hostHeaderMiddlewareOptions;
exports.resolveHostHeaderConfig = resolveHostHeaderConfig;


/***/ }),

/***/ 985242:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getLoggerPlugin, loggerMiddleware, loggerMiddlewareOptions } = __webpack_require__(305152);
exports.getLoggerPlugin = getLoggerPlugin;
exports.loggerMiddleware = loggerMiddleware;
exports.loggerMiddlewareOptions = loggerMiddlewareOptions;


/***/ }),

/***/ 381568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getRecursionDetectionPlugin, recursionDetectionMiddleware, recursionDetectionMiddlewareOptions } = __webpack_require__(305152);
exports.getRecursionDetectionPlugin = getRecursionDetectionPlugin;
exports.recursionDetectionMiddleware = recursionDetectionMiddleware;
exports.recursionDetectionMiddlewareOptions = recursionDetectionMiddlewareOptions;


/***/ }),

/***/ 332959:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { DEFAULT_UA_APP_ID, getUserAgentMiddlewareOptions, getUserAgentPlugin, resolveUserAgentConfig, userAgentMiddleware } = __webpack_require__(305152);
exports.DEFAULT_UA_APP_ID = DEFAULT_UA_APP_ID;
exports.getUserAgentMiddlewareOptions = getUserAgentMiddlewareOptions;
exports.getUserAgentPlugin = getUserAgentPlugin;
exports.resolveUserAgentConfig = resolveUserAgentConfig;
exports.userAgentMiddleware = userAgentMiddleware;


/***/ }),

/***/ 36463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS, REGION_ENV_NAME, REGION_INI_NAME, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveRegionConfig, stsRegionDefaultResolver, stsRegionWarning: warning } = __webpack_require__(305152);
exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS;
exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
exports.REGION_ENV_NAME = REGION_ENV_NAME;
exports.REGION_INI_NAME = REGION_INI_NAME;
exports.getAwsRegionExtensionConfiguration = getAwsRegionExtensionConfiguration;
exports.resolveAwsRegionExtensionConfiguration = resolveAwsRegionExtensionConfiguration;
exports.resolveRegionConfig = resolveRegionConfig;
exports.stsRegionDefaultResolver = stsRegionDefaultResolver;
exports.warning = warning;


/***/ }),

/***/ 83068:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions, getUserAgentPrefix, isIpAddress, partition, resolveDefaultAwsRegionalEndpointsConfig, resolveEndpoint, setPartitionInfo, toEndpointV1, useDefaultPartitionInfo } = __webpack_require__(305152);
exports.awsEndpointFunctions = awsEndpointFunctions;
exports.getUserAgentPrefix = getUserAgentPrefix;
exports.isIpAddress = isIpAddress;
exports.partition = partition;
exports.resolveDefaultAwsRegionalEndpointsConfig = resolveDefaultAwsRegionalEndpointsConfig;
exports.resolveEndpoint = resolveEndpoint;
exports.setPartitionInfo = setPartitionInfo;
exports.toEndpointV1 = toEndpointV1;
exports.useDefaultPartitionInfo = useDefaultPartitionInfo;
const { EndpointError } = __webpack_require__(162085);
exports.EndpointError = EndpointError;


/***/ }),

/***/ 351656:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_APP_ID_CONFIG_OPTIONS, UA_APP_ID_ENV_NAME, UA_APP_ID_INI_NAME, createDefaultUserAgentProvider, crtAvailability, defaultUserAgent } = __webpack_require__(305152);
exports.NODE_APP_ID_CONFIG_OPTIONS = NODE_APP_ID_CONFIG_OPTIONS;
exports.UA_APP_ID_ENV_NAME = UA_APP_ID_ENV_NAME;
exports.UA_APP_ID_INI_NAME = UA_APP_ID_INI_NAME;
exports.createDefaultUserAgentProvider = createDefaultUserAgentProvider;
exports.crtAvailability = crtAvailability;
exports.defaultUserAgent = defaultUserAgent;


/***/ }),

/***/ 139316:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRegionInfo = exports.resolveRegionConfig = exports.NODE_REGION_CONFIG_FILE_OPTIONS = exports.NODE_REGION_CONFIG_OPTIONS = exports.REGION_INI_NAME = exports.REGION_ENV_NAME = exports.resolveEndpointsConfig = exports.resolveCustomEndpointsConfig = exports.nodeFipsConfigSelectors = exports.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = exports.DEFAULT_USE_FIPS_ENDPOINT = exports.CONFIG_USE_FIPS_ENDPOINT = exports.ENV_USE_FIPS_ENDPOINT = exports.nodeDualstackConfigSelectors = exports.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = exports.DEFAULT_USE_DUALSTACK_ENDPOINT = exports.CONFIG_USE_DUALSTACK_ENDPOINT = exports.ENV_USE_DUALSTACK_ENDPOINT = void 0;
var config_1 = __webpack_require__(247291);
Object.defineProperty(exports, "ENV_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.ENV_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "CONFIG_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.CONFIG_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "DEFAULT_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "nodeDualstackConfigSelectors", ({ enumerable: true, get: function () { return config_1.nodeDualstackConfigSelectors; } }));
Object.defineProperty(exports, "ENV_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.ENV_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "CONFIG_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.CONFIG_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "DEFAULT_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "nodeFipsConfigSelectors", ({ enumerable: true, get: function () { return config_1.nodeFipsConfigSelectors; } }));
Object.defineProperty(exports, "resolveCustomEndpointsConfig", ({ enumerable: true, get: function () { return config_1.resolveCustomEndpointsConfig; } }));
Object.defineProperty(exports, "resolveEndpointsConfig", ({ enumerable: true, get: function () { return config_1.resolveEndpointsConfig; } }));
Object.defineProperty(exports, "REGION_ENV_NAME", ({ enumerable: true, get: function () { return config_1.REGION_ENV_NAME; } }));
Object.defineProperty(exports, "REGION_INI_NAME", ({ enumerable: true, get: function () { return config_1.REGION_INI_NAME; } }));
Object.defineProperty(exports, "NODE_REGION_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "NODE_REGION_CONFIG_FILE_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_FILE_OPTIONS; } }));
Object.defineProperty(exports, "resolveRegionConfig", ({ enumerable: true, get: function () { return config_1.resolveRegionConfig; } }));
Object.defineProperty(exports, "getRegionInfo", ({ enumerable: true, get: function () { return config_1.getRegionInfo; } }));


/***/ }),

/***/ 105092:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Hash = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "Hash", ({ enumerable: true, get: function () { return serde_1.Hash; } }));


/***/ }),

/***/ 947212:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getContentLengthPlugin = exports.contentLengthMiddlewareOptions = exports.contentLengthMiddleware = void 0;
var protocols_1 = __webpack_require__(693422);
Object.defineProperty(exports, "contentLengthMiddleware", ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddleware; } }));
Object.defineProperty(exports, "contentLengthMiddlewareOptions", ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddlewareOptions; } }));
Object.defineProperty(exports, "getContentLengthPlugin", ({ enumerable: true, get: function () { return protocols_1.getContentLengthPlugin; } }));


/***/ }),

/***/ 740099:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveEndpointRequiredConfig = exports.resolveEndpointConfig = exports.getEndpointPlugin = exports.endpointMiddlewareOptions = exports.endpointMiddleware = exports.toEndpointV1 = exports.resolveParams = exports.getEndpointFromInstructions = void 0;
var endpoints_1 = __webpack_require__(162085);
Object.defineProperty(exports, "getEndpointFromInstructions", ({ enumerable: true, get: function () { return endpoints_1.getEndpointFromInstructions; } }));
Object.defineProperty(exports, "resolveParams", ({ enumerable: true, get: function () { return endpoints_1.resolveParams; } }));
Object.defineProperty(exports, "toEndpointV1", ({ enumerable: true, get: function () { return endpoints_1.toEndpointV1; } }));
Object.defineProperty(exports, "endpointMiddleware", ({ enumerable: true, get: function () { return endpoints_1.endpointMiddleware; } }));
Object.defineProperty(exports, "endpointMiddlewareOptions", ({ enumerable: true, get: function () { return endpoints_1.endpointMiddlewareOptions; } }));
Object.defineProperty(exports, "getEndpointPlugin", ({ enumerable: true, get: function () { return endpoints_1.getEndpointPlugin; } }));
Object.defineProperty(exports, "resolveEndpointConfig", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointConfig; } }));
Object.defineProperty(exports, "resolveEndpointRequiredConfig", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointRequiredConfig; } }));


/***/ }),

/***/ 419618:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retryMiddlewareOptions = exports.retryMiddleware = exports.resolveRetryConfig = exports.omitRetryHeadersMiddlewareOptions = exports.omitRetryHeadersMiddleware = exports.getRetryPlugin = exports.getRetryAfterHint = exports.getOmitRetryHeadersPlugin = exports.defaultRetryDecider = exports.defaultDelayDecider = exports.NODE_RETRY_MODE_CONFIG_OPTIONS = exports.NODE_MAX_ATTEMPT_CONFIG_OPTIONS = exports.ENV_RETRY_MODE = exports.ENV_MAX_ATTEMPTS = exports.CONFIG_RETRY_MODE = exports.CONFIG_MAX_ATTEMPTS = exports.StandardRetryStrategy = exports.AdaptiveRetryStrategy = void 0;
var retry_1 = __webpack_require__(923609);
Object.defineProperty(exports, "AdaptiveRetryStrategy", ({ enumerable: true, get: function () { return retry_1.DeprecatedAdaptiveRetryStrategy; } }));
Object.defineProperty(exports, "StandardRetryStrategy", ({ enumerable: true, get: function () { return retry_1.DeprecatedStandardRetryStrategy; } }));
Object.defineProperty(exports, "CONFIG_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.CONFIG_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "CONFIG_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.CONFIG_RETRY_MODE; } }));
Object.defineProperty(exports, "ENV_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.ENV_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "ENV_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.ENV_RETRY_MODE; } }));
Object.defineProperty(exports, "NODE_MAX_ATTEMPT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "NODE_RETRY_MODE_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "defaultDelayDecider", ({ enumerable: true, get: function () { return retry_1.defaultDelayDecider; } }));
Object.defineProperty(exports, "defaultRetryDecider", ({ enumerable: true, get: function () { return retry_1.defaultRetryDecider; } }));
Object.defineProperty(exports, "getOmitRetryHeadersPlugin", ({ enumerable: true, get: function () { return retry_1.getOmitRetryHeadersPlugin; } }));
Object.defineProperty(exports, "getRetryAfterHint", ({ enumerable: true, get: function () { return retry_1.getRetryAfterHint; } }));
Object.defineProperty(exports, "getRetryPlugin", ({ enumerable: true, get: function () { return retry_1.getRetryPlugin; } }));
Object.defineProperty(exports, "omitRetryHeadersMiddleware", ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddleware; } }));
Object.defineProperty(exports, "omitRetryHeadersMiddlewareOptions", ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddlewareOptions; } }));
Object.defineProperty(exports, "resolveRetryConfig", ({ enumerable: true, get: function () { return retry_1.resolveRetryConfig; } }));
Object.defineProperty(exports, "retryMiddleware", ({ enumerable: true, get: function () { return retry_1.retryMiddleware; } }));
Object.defineProperty(exports, "retryMiddlewareOptions", ({ enumerable: true, get: function () { return retry_1.retryMiddlewareOptions; } }));


/***/ }),

/***/ 755704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadConfig = void 0;
var config_1 = __webpack_require__(247291);
Object.defineProperty(exports, "loadConfig", ({ enumerable: true, get: function () { return config_1.loadConfig; } }));


/***/ }),

/***/ 572356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpHandlerRuntimeConfig = exports.getHttpHandlerExtensionConfiguration = exports.isValidHostname = exports.HttpResponse = exports.HttpRequest = exports.Fields = exports.Field = void 0;
var protocols_1 = __webpack_require__(693422);
Object.defineProperty(exports, "Field", ({ enumerable: true, get: function () { return protocols_1.Field; } }));
Object.defineProperty(exports, "Fields", ({ enumerable: true, get: function () { return protocols_1.Fields; } }));
Object.defineProperty(exports, "HttpRequest", ({ enumerable: true, get: function () { return protocols_1.HttpRequest; } }));
Object.defineProperty(exports, "HttpResponse", ({ enumerable: true, get: function () { return protocols_1.HttpResponse; } }));
Object.defineProperty(exports, "isValidHostname", ({ enumerable: true, get: function () { return protocols_1.isValidHostname; } }));
Object.defineProperty(exports, "getHttpHandlerExtensionConfiguration", ({ enumerable: true, get: function () { return protocols_1.getHttpHandlerExtensionConfiguration; } }));
Object.defineProperty(exports, "resolveHttpHandlerRuntimeConfig", ({ enumerable: true, get: function () { return protocols_1.resolveHttpHandlerRuntimeConfig; } }));


/***/ }),

/***/ 161411:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAggregatedClient = exports.convertMap = exports._json = exports.ServiceException = exports.SENSITIVE_STRING = exports.NoOpLogger = exports.Command = exports.Client = exports.strictParseShort = exports.strictParseLong = exports.strictParseInt32 = exports.strictParseInt = exports.strictParseFloat32 = exports.strictParseFloat = exports.strictParseDouble = exports.strictParseByte = exports.splitHeader = exports.splitEvery = exports.quoteHeader = exports.parseRfc7231DateTime = exports.parseRfc3339DateTimeWithOffset = exports.parseRfc3339DateTime = exports.parseEpochTimestamp = exports.parseBoolean = exports.nv = exports.logger = exports.limitedParseFloat32 = exports.limitedParseFloat = exports.limitedParseDouble = exports.handleFloat = exports.generateIdempotencyToken = exports.expectUnion = exports.expectString = exports.expectShort = exports.expectObject = exports.expectNumber = exports.expectNonNull = exports.expectLong = exports.expectInt32 = exports.expectInt = exports.expectFloat32 = exports.expectByte = exports.expectBoolean = exports.dateToUtcString = exports.copyDocumentWithTransform = exports._parseRfc7231DateTime = exports._parseRfc3339DateTimeWithOffset = exports._parseEpochTimestamp = exports.NumericValue = exports.LazyJsonString = void 0;
exports.resolvedPath = exports.extendedEncodeURIComponent = exports.collectBody = exports.withBaseException = exports.throwDefaultError = exports.take = exports.serializeFloat = exports.serializeDateTime = exports.resolveDefaultRuntimeConfig = exports.map = exports.loadConfigsForDefaultMode = exports.isSerializableHeaderValue = exports.getValueFromTextNode = exports.getDefaultExtensionConfiguration = exports.getDefaultClientConfiguration = exports.getArrayIfSingleItem = exports.emitWarningIfUnsupportedVersion = exports.decorateServiceException = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "LazyJsonString", ({ enumerable: true, get: function () { return serde_1.LazyJsonString; } }));
Object.defineProperty(exports, "NumericValue", ({ enumerable: true, get: function () { return serde_1.NumericValue; } }));
Object.defineProperty(exports, "_parseEpochTimestamp", ({ enumerable: true, get: function () { return serde_1._parseEpochTimestamp; } }));
Object.defineProperty(exports, "_parseRfc3339DateTimeWithOffset", ({ enumerable: true, get: function () { return serde_1._parseRfc3339DateTimeWithOffset; } }));
Object.defineProperty(exports, "_parseRfc7231DateTime", ({ enumerable: true, get: function () { return serde_1._parseRfc7231DateTime; } }));
Object.defineProperty(exports, "copyDocumentWithTransform", ({ enumerable: true, get: function () { return serde_1.copyDocumentWithTransform; } }));
Object.defineProperty(exports, "dateToUtcString", ({ enumerable: true, get: function () { return serde_1.dateToUtcString; } }));
Object.defineProperty(exports, "expectBoolean", ({ enumerable: true, get: function () { return serde_1.expectBoolean; } }));
Object.defineProperty(exports, "expectByte", ({ enumerable: true, get: function () { return serde_1.expectByte; } }));
Object.defineProperty(exports, "expectFloat32", ({ enumerable: true, get: function () { return serde_1.expectFloat32; } }));
Object.defineProperty(exports, "expectInt", ({ enumerable: true, get: function () { return serde_1.expectInt; } }));
Object.defineProperty(exports, "expectInt32", ({ enumerable: true, get: function () { return serde_1.expectInt32; } }));
Object.defineProperty(exports, "expectLong", ({ enumerable: true, get: function () { return serde_1.expectLong; } }));
Object.defineProperty(exports, "expectNonNull", ({ enumerable: true, get: function () { return serde_1.expectNonNull; } }));
Object.defineProperty(exports, "expectNumber", ({ enumerable: true, get: function () { return serde_1.expectNumber; } }));
Object.defineProperty(exports, "expectObject", ({ enumerable: true, get: function () { return serde_1.expectObject; } }));
Object.defineProperty(exports, "expectShort", ({ enumerable: true, get: function () { return serde_1.expectShort; } }));
Object.defineProperty(exports, "expectString", ({ enumerable: true, get: function () { return serde_1.expectString; } }));
Object.defineProperty(exports, "expectUnion", ({ enumerable: true, get: function () { return serde_1.expectUnion; } }));
Object.defineProperty(exports, "generateIdempotencyToken", ({ enumerable: true, get: function () { return serde_1.generateIdempotencyToken; } }));
Object.defineProperty(exports, "handleFloat", ({ enumerable: true, get: function () { return serde_1.handleFloat; } }));
Object.defineProperty(exports, "limitedParseDouble", ({ enumerable: true, get: function () { return serde_1.limitedParseDouble; } }));
Object.defineProperty(exports, "limitedParseFloat", ({ enumerable: true, get: function () { return serde_1.limitedParseFloat; } }));
Object.defineProperty(exports, "limitedParseFloat32", ({ enumerable: true, get: function () { return serde_1.limitedParseFloat32; } }));
Object.defineProperty(exports, "logger", ({ enumerable: true, get: function () { return serde_1.logger; } }));
Object.defineProperty(exports, "nv", ({ enumerable: true, get: function () { return serde_1.nv; } }));
Object.defineProperty(exports, "parseBoolean", ({ enumerable: true, get: function () { return serde_1.parseBoolean; } }));
Object.defineProperty(exports, "parseEpochTimestamp", ({ enumerable: true, get: function () { return serde_1.parseEpochTimestamp; } }));
Object.defineProperty(exports, "parseRfc3339DateTime", ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTime; } }));
Object.defineProperty(exports, "parseRfc3339DateTimeWithOffset", ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTimeWithOffset; } }));
Object.defineProperty(exports, "parseRfc7231DateTime", ({ enumerable: true, get: function () { return serde_1.parseRfc7231DateTime; } }));
Object.defineProperty(exports, "quoteHeader", ({ enumerable: true, get: function () { return serde_1.quoteHeader; } }));
Object.defineProperty(exports, "splitEvery", ({ enumerable: true, get: function () { return serde_1.splitEvery; } }));
Object.defineProperty(exports, "splitHeader", ({ enumerable: true, get: function () { return serde_1.splitHeader; } }));
Object.defineProperty(exports, "strictParseByte", ({ enumerable: true, get: function () { return serde_1.strictParseByte; } }));
Object.defineProperty(exports, "strictParseDouble", ({ enumerable: true, get: function () { return serde_1.strictParseDouble; } }));
Object.defineProperty(exports, "strictParseFloat", ({ enumerable: true, get: function () { return serde_1.strictParseFloat; } }));
Object.defineProperty(exports, "strictParseFloat32", ({ enumerable: true, get: function () { return serde_1.strictParseFloat32; } }));
Object.defineProperty(exports, "strictParseInt", ({ enumerable: true, get: function () { return serde_1.strictParseInt; } }));
Object.defineProperty(exports, "strictParseInt32", ({ enumerable: true, get: function () { return serde_1.strictParseInt32; } }));
Object.defineProperty(exports, "strictParseLong", ({ enumerable: true, get: function () { return serde_1.strictParseLong; } }));
Object.defineProperty(exports, "strictParseShort", ({ enumerable: true, get: function () { return serde_1.strictParseShort; } }));
var client_1 = __webpack_require__(592658);
Object.defineProperty(exports, "Client", ({ enumerable: true, get: function () { return client_1.Client; } }));
Object.defineProperty(exports, "Command", ({ enumerable: true, get: function () { return client_1.Command; } }));
Object.defineProperty(exports, "NoOpLogger", ({ enumerable: true, get: function () { return client_1.NoOpLogger; } }));
Object.defineProperty(exports, "SENSITIVE_STRING", ({ enumerable: true, get: function () { return client_1.SENSITIVE_STRING; } }));
Object.defineProperty(exports, "ServiceException", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
Object.defineProperty(exports, "_json", ({ enumerable: true, get: function () { return client_1._json; } }));
Object.defineProperty(exports, "convertMap", ({ enumerable: true, get: function () { return client_1.convertMap; } }));
Object.defineProperty(exports, "createAggregatedClient", ({ enumerable: true, get: function () { return client_1.createAggregatedClient; } }));
Object.defineProperty(exports, "decorateServiceException", ({ enumerable: true, get: function () { return client_1.decorateServiceException; } }));
Object.defineProperty(exports, "emitWarningIfUnsupportedVersion", ({ enumerable: true, get: function () { return client_1.emitWarningIfUnsupportedVersion; } }));
Object.defineProperty(exports, "getArrayIfSingleItem", ({ enumerable: true, get: function () { return client_1.getArrayIfSingleItem; } }));
Object.defineProperty(exports, "getDefaultClientConfiguration", ({ enumerable: true, get: function () { return client_1.getDefaultClientConfiguration; } }));
Object.defineProperty(exports, "getDefaultExtensionConfiguration", ({ enumerable: true, get: function () { return client_1.getDefaultExtensionConfiguration; } }));
Object.defineProperty(exports, "getValueFromTextNode", ({ enumerable: true, get: function () { return client_1.getValueFromTextNode; } }));
Object.defineProperty(exports, "isSerializableHeaderValue", ({ enumerable: true, get: function () { return client_1.isSerializableHeaderValue; } }));
Object.defineProperty(exports, "loadConfigsForDefaultMode", ({ enumerable: true, get: function () { return client_1.loadConfigsForDefaultMode; } }));
Object.defineProperty(exports, "map", ({ enumerable: true, get: function () { return client_1.map; } }));
Object.defineProperty(exports, "resolveDefaultRuntimeConfig", ({ enumerable: true, get: function () { return client_1.resolveDefaultRuntimeConfig; } }));
Object.defineProperty(exports, "serializeDateTime", ({ enumerable: true, get: function () { return client_1.serializeDateTime; } }));
Object.defineProperty(exports, "serializeFloat", ({ enumerable: true, get: function () { return client_1.serializeFloat; } }));
Object.defineProperty(exports, "take", ({ enumerable: true, get: function () { return client_1.take; } }));
Object.defineProperty(exports, "throwDefaultError", ({ enumerable: true, get: function () { return client_1.throwDefaultError; } }));
Object.defineProperty(exports, "withBaseException", ({ enumerable: true, get: function () { return client_1.withBaseException; } }));
var protocols_1 = __webpack_require__(693422);
Object.defineProperty(exports, "collectBody", ({ enumerable: true, get: function () { return protocols_1.collectBody; } }));
Object.defineProperty(exports, "extendedEncodeURIComponent", ({ enumerable: true, get: function () { return protocols_1.extendedEncodeURIComponent; } }));
Object.defineProperty(exports, "resolvedPath", ({ enumerable: true, get: function () { return protocols_1.resolvedPath; } }));


/***/ }),

/***/ 914494:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseUrl = void 0;
var protocols_1 = __webpack_require__(693422);
Object.defineProperty(exports, "parseUrl", ({ enumerable: true, get: function () { return protocols_1.parseUrl; } }));


/***/ }),

/***/ 168385:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toBase64 = exports.fromBase64 = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "fromBase64", ({ enumerable: true, get: function () { return serde_1.fromBase64; } }));
Object.defineProperty(exports, "toBase64", ({ enumerable: true, get: function () { return serde_1.toBase64; } }));


/***/ }),

/***/ 613638:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.calculateBodyLength = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "calculateBodyLength", ({ enumerable: true, get: function () { return serde_1.calculateBodyLength; } }));


/***/ }),

/***/ 715435:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveDefaultsModeConfig = void 0;
var config_1 = __webpack_require__(247291);
Object.defineProperty(exports, "resolveDefaultsModeConfig", ({ enumerable: true, get: function () { return config_1.resolveDefaultsModeConfig; } }));


/***/ }),

/***/ 979674:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EndpointError = exports.resolveEndpoint = exports.customEndpointFunctions = exports.isValidHostLabel = exports.isIpAddress = exports.decideEndpoint = exports.EndpointCache = exports.BinaryDecisionDiagram = void 0;
var endpoints_1 = __webpack_require__(162085);
Object.defineProperty(exports, "BinaryDecisionDiagram", ({ enumerable: true, get: function () { return endpoints_1.BinaryDecisionDiagram; } }));
Object.defineProperty(exports, "EndpointCache", ({ enumerable: true, get: function () { return endpoints_1.EndpointCache; } }));
Object.defineProperty(exports, "decideEndpoint", ({ enumerable: true, get: function () { return endpoints_1.decideEndpoint; } }));
Object.defineProperty(exports, "isIpAddress", ({ enumerable: true, get: function () { return endpoints_1.isIpAddress; } }));
Object.defineProperty(exports, "isValidHostLabel", ({ enumerable: true, get: function () { return endpoints_1.isValidHostLabel; } }));
Object.defineProperty(exports, "customEndpointFunctions", ({ enumerable: true, get: function () { return endpoints_1.customEndpointFunctions; } }));
Object.defineProperty(exports, "resolveEndpoint", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpoint; } }));
Object.defineProperty(exports, "EndpointError", ({ enumerable: true, get: function () { return endpoints_1.EndpointError; } }));


/***/ }),

/***/ 876324:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeProvider = exports.getSmithyContext = void 0;
var client_1 = __webpack_require__(592658);
Object.defineProperty(exports, "getSmithyContext", ({ enumerable: true, get: function () { return client_1.getSmithyContext; } }));
Object.defineProperty(exports, "normalizeProvider", ({ enumerable: true, get: function () { return client_1.normalizeProvider; } }));


/***/ }),

/***/ 415518:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TIMEOUT_RETRY_COST = exports.THROTTLING_RETRY_DELAY_BASE = exports.Retry = exports.RETRY_MODES = exports.RETRY_COST = exports.NO_RETRY_INCREMENT = exports.REQUEST_HEADER = exports.MAXIMUM_RETRY_DELAY = exports.INVOCATION_ID_HEADER = exports.INITIAL_RETRY_TOKENS = exports.DEFAULT_RETRY_MODE = exports.DEFAULT_RETRY_DELAY_BASE = exports.DEFAULT_MAX_ATTEMPTS = exports.StandardRetryStrategy = exports.DefaultRateLimiter = exports.ConfiguredRetryStrategy = exports.AdaptiveRetryStrategy = void 0;
var retry_1 = __webpack_require__(923609);
Object.defineProperty(exports, "AdaptiveRetryStrategy", ({ enumerable: true, get: function () { return retry_1.AdaptiveRetryStrategy; } }));
Object.defineProperty(exports, "ConfiguredRetryStrategy", ({ enumerable: true, get: function () { return retry_1.ConfiguredRetryStrategy; } }));
Object.defineProperty(exports, "DefaultRateLimiter", ({ enumerable: true, get: function () { return retry_1.DefaultRateLimiter; } }));
Object.defineProperty(exports, "StandardRetryStrategy", ({ enumerable: true, get: function () { return retry_1.StandardRetryStrategy; } }));
Object.defineProperty(exports, "DEFAULT_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.DEFAULT_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "DEFAULT_RETRY_DELAY_BASE", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_DELAY_BASE; } }));
Object.defineProperty(exports, "DEFAULT_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_MODE; } }));
Object.defineProperty(exports, "INITIAL_RETRY_TOKENS", ({ enumerable: true, get: function () { return retry_1.INITIAL_RETRY_TOKENS; } }));
Object.defineProperty(exports, "INVOCATION_ID_HEADER", ({ enumerable: true, get: function () { return retry_1.INVOCATION_ID_HEADER; } }));
Object.defineProperty(exports, "MAXIMUM_RETRY_DELAY", ({ enumerable: true, get: function () { return retry_1.MAXIMUM_RETRY_DELAY; } }));
Object.defineProperty(exports, "REQUEST_HEADER", ({ enumerable: true, get: function () { return retry_1.REQUEST_HEADER; } }));
Object.defineProperty(exports, "NO_RETRY_INCREMENT", ({ enumerable: true, get: function () { return retry_1.NO_RETRY_INCREMENT; } }));
Object.defineProperty(exports, "RETRY_COST", ({ enumerable: true, get: function () { return retry_1.RETRY_COST; } }));
Object.defineProperty(exports, "RETRY_MODES", ({ enumerable: true, get: function () { return retry_1.RETRY_MODES; } }));
Object.defineProperty(exports, "Retry", ({ enumerable: true, get: function () { return retry_1.Retry; } }));
Object.defineProperty(exports, "THROTTLING_RETRY_DELAY_BASE", ({ enumerable: true, get: function () { return retry_1.THROTTLING_RETRY_DELAY_BASE; } }));
Object.defineProperty(exports, "TIMEOUT_RETRY_COST", ({ enumerable: true, get: function () { return retry_1.TIMEOUT_RETRY_COST; } }));


/***/ }),

/***/ 971577:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toUtf8 = exports.toUint8Array = exports.fromUtf8 = void 0;
var serde_1 = __webpack_require__(992430);
Object.defineProperty(exports, "fromUtf8", ({ enumerable: true, get: function () { return serde_1.fromUtf8; } }));
Object.defineProperty(exports, "toUint8Array", ({ enumerable: true, get: function () { return serde_1.toUint8Array; } }));
Object.defineProperty(exports, "toUtf8", ({ enumerable: true, get: function () { return serde_1.toUtf8; } }));


/***/ }),

/***/ 995290:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkExceptions = exports.WaiterState = exports.waiterServiceDefaults = exports.createWaiter = void 0;
var client_1 = __webpack_require__(592658);
Object.defineProperty(exports, "createWaiter", ({ enumerable: true, get: function () { return client_1.createWaiter; } }));
Object.defineProperty(exports, "waiterServiceDefaults", ({ enumerable: true, get: function () { return client_1.waiterServiceDefaults; } }));
Object.defineProperty(exports, "WaiterState", ({ enumerable: true, get: function () { return client_1.WaiterState; } }));
Object.defineProperty(exports, "checkExceptions", ({ enumerable: true, get: function () { return client_1.checkExceptions; } }));


/***/ }),

/***/ 257451:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-proton","description":"AWS SDK for JavaScript Proton Client for Node.js, Browser and React Native","version":"3.1029.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline client-proton","build:es":"tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service --solo proton","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.973.27","@aws-sdk/credential-provider-node":"^3.972.30","@aws-sdk/middleware-host-header":"^3.972.9","@aws-sdk/middleware-logger":"^3.972.9","@aws-sdk/middleware-recursion-detection":"^3.972.10","@aws-sdk/middleware-user-agent":"^3.972.29","@aws-sdk/region-config-resolver":"^3.972.11","@aws-sdk/types":"^3.973.7","@aws-sdk/util-endpoints":"^3.996.6","@aws-sdk/util-user-agent-browser":"^3.972.9","@aws-sdk/util-user-agent-node":"^3.973.15","@smithy/config-resolver":"^4.4.14","@smithy/core":"^3.23.14","@smithy/fetch-http-handler":"^5.3.16","@smithy/hash-node":"^4.2.13","@smithy/invalid-dependency":"^4.2.13","@smithy/middleware-content-length":"^4.2.13","@smithy/middleware-endpoint":"^4.4.29","@smithy/middleware-retry":"^4.5.0","@smithy/middleware-serde":"^4.2.17","@smithy/middleware-stack":"^4.2.13","@smithy/node-config-provider":"^4.3.13","@smithy/node-http-handler":"^4.5.2","@smithy/protocol-http":"^5.3.13","@smithy/smithy-client":"^4.12.9","@smithy/types":"^4.14.0","@smithy/url-parser":"^4.2.13","@smithy/util-base64":"^4.3.2","@smithy/util-body-length-browser":"^4.2.2","@smithy/util-body-length-node":"^4.2.3","@smithy/util-defaults-mode-browser":"^4.3.45","@smithy/util-defaults-mode-node":"^4.2.49","@smithy/util-endpoints":"^3.3.4","@smithy/util-middleware":"^4.2.13","@smithy/util-retry":"^4.3.0","@smithy/util-utf8":"^4.2.2","@smithy/util-waiter":"^4.2.15","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-proton","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-proton"}}');

/***/ })

};
