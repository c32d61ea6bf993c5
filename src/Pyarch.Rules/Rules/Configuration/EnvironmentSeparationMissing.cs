using Pyarch.Python.Ast;
using Pyarch.Rules.Semantics;

namespace Pyarch.Rules.Rules.Configuration;

/// <summary>PA205: a Django project with one settings module that reads nothing from the environment.</summary>
public sealed class EnvironmentSeparationMissing : Rule, IProjectRule
{
    public override string Code => "PA205";

    public override string Name => "no-environment-separation";

    public override RuleCategory Category => RuleCategory.Configuration;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Summary => "One Django settings module serves every environment and reads nothing from the environment";

    public override string Documentation => """
        ## What it does
        Reports a Django project, once, when all of these hold: its settings are one module (no settings package, no
        `from .base import *` chain, no django-split-settings `include()`); that module reads no environment
        variable (`os.environ`, `os.getenv`) and imports no library that does (django-environ, python-decouple,
        environs, dj-database-url, python-dotenv, pydantic-settings, dynaconf, django-configurations); no Dockerfile,
        compose file, `.env` or command sets `DJANGO_SETTINGS_MODULE` to switch modules; and no module of the
        project imports `pydantic_settings`. The finding points at the module's first `if DEBUG:` branch when it
        has one, else at its first line. Flask and FastAPI projects are left to PA207 and PA208.

        ## Why is this bad?
        With one module and no environment reads, production runs with the values written for a laptop, or a
        deploy edits the file in place. `if DEBUG:` branches make the production configuration depend on the
        one flag that must be off there, and nothing can differ between staging and production.

        ## Example
        ```python manage.py
        import os
        import sys

        if __name__ == "__main__":
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
            from django.core.management import execute_from_command_line

            execute_from_command_line(sys.argv)
        ```

        ```python shop/settings.py
        DEBUG = True
        SECRET_KEY = "a-very-long-key-written-in-the-repository-for-all"
        if DEBUG:
            ALLOWED_HOSTS = ["localhost"]
        ```

        ## Use instead
        ```python manage.py
        import os
        import sys

        if __name__ == "__main__":
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
            from django.core.management import execute_from_command_line

            execute_from_command_line(sys.argv)
        ```

        ```python shop/settings.py
        import os

        DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
        SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
        ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")
        ```

        ## References
        - [The Twelve-Factor App: Config](https://12factor.net/config)
        - [Django: Deployment checklist](https://docs.djangoproject.com/en/stable/howto/deployment/checklist/)
        - [Django: Designating the settings](https://docs.djangoproject.com/en/stable/topics/settings/#designating-the-settings)
        """;

    public void Check(ProjectContext context)
    {
        if (context.Django is not { SettingsFiles: [var settingsPath], SplitSettings: null })
        {
            return;
        }
        var model = context.Model;
        var settings = model.Modules.Modules.FirstOrDefault(m => m.Path == settingsPath);
        if (settings?.Syntax is not { } syntax
            || EnvironmentUse.ReadsEnvironment(syntax, new ImportMap(syntax, settings.Package))
            || DeploymentEnvironment.All(model).Any(v => v.Name == "DJANGO_SETTINGS_MODULE")
            || model.Modules.Modules.Any(m => m.Imports.Any(i => i.TopLevel == "pydantic_settings")))
        {
            return;
        }
        var branch = syntax.Body.OfType<If>().FirstOrDefault(s => s.Test is Name { Id: "DEBUG" });
        if (branch is not null)
        {
            context.Report(settingsPath, settings.LineOf(branch), $"`{settingsPath}` switches on `if DEBUG:` and is the only settings module, which reads no environment variable", "if DEBUG:");
        }
        else
        {
            context.Report(settingsPath, 1, $"`{settingsPath}` is the only settings module and reads no environment variable", settingsPath);
        }
    }
}
