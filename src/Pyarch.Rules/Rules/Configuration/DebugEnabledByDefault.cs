using Pyarch.Project.Settings;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA202: <c>DEBUG</c> is truthy in production settings, or unless an environment variable turns it off (security.W018).</summary>
public sealed class DebugEnabledByDefault : Rule, IProjectRule
{
    public override string Code => "PA202";

    public override string Name => "debug-enabled-by-default";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Error;

    public override IReadOnlyList<string> Anchors => ["django:security.W018"];

    public override string Summary => "DEBUG is on in the production settings, or on unless an environment variable turns it off";

    public override string Documentation => """
        ## What it does
        Evaluates `DEBUG` in the production Django settings (security.W018: Django tests truthiness) and `DEBUG` in
        each Flask application's configuration, once with the environment variables they read unset and once set.
        It finds a literal `DEBUG = True`, a default of `True` or `"1"` in the environment read, and a string read
        that any value, `"False"` included, makes truthy.

        ## Why is this bad?
        Debug mode shows tracebacks with settings and local variables to every visitor, and Django keeps every SQL
        query in memory. A default of on means one missing variable in a deployment exposes all of it.

        ## Example
        ```python settings.py
        import os

        DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
        ```

        ## Use instead
        ```python settings.py
        import os

        DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
        ```

        ## References
        - [Django: DEBUG](https://docs.djangoproject.com/en/stable/ref/settings/#debug)
        - [Flask: Debug Mode](https://flask.palletsprojects.com/en/stable/config/#DEBUG)
        - [Django: System check framework, security](https://docs.djangoproject.com/en/stable/ref/checks/#security)
        """;

    public void Check(ProjectContext context)
    {
        if (context.DjangoSettings is { } settings)
        {
            DjangoCheck.Report(context, settings, "DEBUG", "security.W018", "`DEBUG` is on", world => settings.Get("DEBUG", world)!.Truthy);
        }
        foreach (var config in context.FlaskConfigs)
        {
            var unset = config.Get("DEBUG", EnvWorld.Unset);
            if (unset is { Truthy: true, Origin: { } origin })
            {
                string note = unset.Env is { } read ? $" while `{read.Name}` is unset" : "";
                context.Report(origin.File, origin.Line, "Flask `DEBUG` is on" + note, "DEBUG");
            }
        }
    }
}
