using Pyarch.Project.Settings;

namespace Pyarch.Rules;

/// <summary>A project rule that reads only the production Django settings: it runs when pyarch finds a settings module.</summary>
public abstract class DjangoSettingsRule : Rule, IProjectRule
{
    public void Check(ProjectContext context)
    {
        if (context.DjangoSettings is { } settings)
        {
            Check(context, settings);
        }
    }

    protected abstract void Check(ProjectContext context, DjangoSettingsModel settings);
}
