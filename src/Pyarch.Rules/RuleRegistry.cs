using Pyarch.Rules.Rules.Configuration;
using Pyarch.Rules.Rules.Deployment;
using Pyarch.Rules.Rules.Security;

namespace Pyarch.Rules;

/// <summary>
/// Every rule pyarch has, one line each, sorted by code. A retired rule stays here with
/// <see cref="RuleStatus.Removed"/> so that its code is never reused. A meta-test checks the order, that codes and
/// names are unique, that every rule has its documentation headings and a fixture folder.
/// </summary>
public static class RuleRegistry
{
    public static readonly IReadOnlyList<Rule> All =
    [
        new EnvStringUsedAsBoolean(),
        new DebugEnabledByDefault(),
        new InsecureSecretKey(),
        new HostAllowlistEmptyOrWildcard(),
        new EnvironmentSeparationMissing(),
        new DotenvFileCommitted(),
        new EnvVarUndocumented(),
        new FlaskConfigHardcoded(),
        new CsrfTrustedOriginWithoutScheme(),
        new DjangoAllowAsyncUnsafeSet(),
        new SecurityMiddlewareMissing(),
        new HstsNotEnabled(),
        new ContentTypeNosniffDisabled(),
        new SslRedirectDisabled(),
        new ClickjackingProtectionMissing(),
        new CsrfMiddlewareMissing(),
        new SessionCookieInsecure(),
        new CsrfCookieInsecure(),
        new BrowserIsolationPolicyInvalid(),
        new CsrfProtectionDisabled(),
        new FlaskDebugTrue(),
        new SqlBuiltFromStrings(),
        new EscapingBypass(),
        new PermissiveCors(),
        new NoRateLimiting(),
        new UnvalidatedInput(),
        new UnsafeDeserialization(),
        new CodeOrCommandExecution(),
        new WeakTlsOrCrypto(),
        new HttpRequestWithoutTimeout(),
        new JwtVerificationDisabled(),
        new CredentialLiteral(),
        new ProviderTokenInFile(),
        new RequestDataToSink(),
        new BaseImageNotPinned(),
        new HeavyPythonBaseImage(),
        new PipCacheKept(),
        new UnpinnedPipInstall(),
        new DependencyLayerAfterSourceCopy(),
        new ContainerRunsAsRoot(),
        new ShellFormStartCommand(),
        new AptHygiene(),
        new SecretsBakedIntoImage(),
        new DevelopmentServerInProduction(),
        new AppServerMismatch(),
        new WorkerSettingsMissing(),
        new PythonVersionDrift(),
        new HealthCheckMissing(),
    ];

    public static Rule? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
