using System.Text.RegularExpressions;
using Pyarch.Project;
using Pyarch.Project.Frameworks;

namespace Pyarch.Deploy;

/// <summary>
/// Every environment variable the project's code reads (outside tests), each with the file and line that reads
/// it, split into secrets (Kubernetes Secret, never an <c>ENV</c>) and plain configuration (ConfigMap).
/// </summary>
internal static partial class EnvironmentSettings
{
    /// <summary>Set by the platform (<c>PORT</c>, <c>WEB_CONCURRENCY</c>) or by pyarch's own files; never a setting to fill in.</summary>
    private static readonly string[] Managed = ["PORT", "WEB_CONCURRENCY", "DJANGO_SETTINGS_MODULE", "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE"];

    public static List<EnvSetting> Collect(ProjectModel model, EnvSetting? djangoSettings)
    {
        var settings = new List<EnvSetting>();
        if (djangoSettings is not null)
        {
            settings.Add(djangoSettings);
        }
        var reads = model.Modules.Modules.Where(m => !DjangoAnalysis.IsTestPath(m.Path))
            .SelectMany(m => model.Modules.EnvironmentReadsOf(m).Select(r => (Read: r, m.Path)))
            .Where(r => !Managed.Contains(r.Read.Name))
            .GroupBy(r => r.Read.Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        settings.AddRange(reads.Select(g => new EnvSetting(
            g.Key, IsSecret(g.Key), new Evidence(g.First().Path, g.First().Read.Line, "read by the code"), Required: g.Any(r => r.Read.Required))));
        return settings;
    }

    /// <summary>Names that hold credentials: keys, tokens, passwords, DSNs, and URLs of databases and brokers (which embed passwords).</summary>
    public static bool IsSecret(string name) => SecretName().IsMatch(name);

    [GeneratedRegex("SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|(^|_)(TOKEN|KEY|DSN)$|_KEY_ID$|(DATABASE|DB|BROKER|REDIS|AMQP|MONGO|RABBITMQ)_?URL$|RESULT_BACKEND$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
