using System.Globalization;
using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA203: <c>SECRET_KEY</c> (or a <c>SECRET_KEY_FALLBACKS</c> entry) is missing, weak, Django's insecure placeholder, or written in the code.</summary>
public sealed class InsecureSecretKey : DjangoSettingsRule
{
    private const string InsecurePrefix = "django-insecure-";

    public override string Code => "PA203";

    public override string Name => "insecure-secret-key";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Error;

    public override bool FindsSecrets => true;

    public override IReadOnlyList<string> Anchors => ["django:security.W009", "django:security.W025"];

    public override string Summary => "SECRET_KEY is missing, weak, the startproject placeholder, or written in the code";

    public override string Documentation => """
        ## What it does
        Resolves `SECRET_KEY` in the production Django settings and applies Django's test (security.W009): the key
        must be set, at least 50 characters long, with at least 5 distinct characters, and must not start with
        `django-insecure-`. Each `SECRET_KEY_FALLBACKS` entry gets the same test (security.W025, one finding per bad
        entry). A key, or the default of an environment read, that passes Django's test but is written in the code
        is reported too. A key read from the environment without a default passes. Findings never show the key,
        only a short hash of it.

        ## Why is this bad?
        The secret key signs sessions, password-reset links and messages. Anyone who knows it, for example from the
        repository, can forge them.

        ## Example
        ```python settings.py
        SECRET_KEY = "django-insecure-0123456789abcdefghijklmnopqrstuvwxyz0123456789"
        ```

        ## Use instead
        ```python settings.py
        import os

        SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
        ```

        ## References
        - [Django: SECRET_KEY](https://docs.djangoproject.com/en/stable/ref/settings/#secret-key)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        - [Bandit B105: hardcoded_password_string](https://bandit.readthedocs.io/en/latest/plugins/b105_hardcoded_password_string.html)
        """;

    protected override void Check(ProjectContext context, DjangoSettingsModel settings)
    {
        DjangoCheck.Report(context, settings, "SECRET_KEY", "security.W009", "`SECRET_KEY` " + Weakness(settings.Get("SECRET_KEY", EnvWorld.Unset)!),
            world => Fails(settings.Get("SECRET_KEY", world)!));
        var key = settings.Get("SECRET_KEY", EnvWorld.Unset)!;
        if (Fails(key) == false && key is SettingValue.Str text && key.Origin is { } origin)
        {
            string source = key.Env is { } read ? $"the default of `{read.Name}`" : "written in the code";
            context.Report(origin.File, origin.Line, $"`SECRET_KEY` is {source} ({DjangoCheck.Redacted(text.Value)})", "SECRET_KEY literal");
        }
        if (settings.Get("SECRET_KEY_FALLBACKS", EnvWorld.Unset)?.Elements is { } fallbacks)
        {
            for (int i = 0; i < fallbacks.Count; i++)
            {
                if (Fails(fallbacks[i]) == true && fallbacks[i].Origin is { } at)
                {
                    DjangoCheck.ReportAnchored(context, settings, at.File, at.Line, $"`SECRET_KEY_FALLBACKS[{i}]` " + Weakness(fallbacks[i]), "SECRET_KEY_FALLBACKS " + i, "security.W025");
                }
            }
        }
    }

    /// <summary>Django's W009 predicate: null when the key comes from the environment (or is not known).</summary>
    private static bool? Fails(SettingValue key) => key switch
    {
        SettingValue.Str s => s.Value.EnumerateRunes().Distinct().Count() < 5 || s.Value.EnumerateRunes().Count() < 50 || s.Value.StartsWith(InsecurePrefix, StringComparison.Ordinal),
        SettingValue.FromEnv { Type: EnvCast.Str } => false,
        SettingValue.FromEnv or SettingValue.Unknown or SettingValue.Missing => null,
        _ => true,
    };

    private static string Weakness(SettingValue key) => key switch
    {
        SettingValue.Str { Value.Length: 0 } => "is empty",
        SettingValue.Str s when s.Value.StartsWith(InsecurePrefix, StringComparison.Ordinal) => $"is a `{InsecurePrefix}` placeholder ({DjangoCheck.Redacted(s.Value)})",
        SettingValue.Str s => string.Create(CultureInfo.InvariantCulture, $"has {s.Value.EnumerateRunes().Count()} characters, {s.Value.EnumerateRunes().Distinct().Count()} distinct ({DjangoCheck.Redacted(s.Value)}); Django wants 50 and 5"),
        _ => "is not a string",
    };
}
