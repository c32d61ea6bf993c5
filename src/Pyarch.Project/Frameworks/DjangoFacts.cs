namespace Pyarch.Project.Frameworks;

/// <summary>A server entry point: the kind (<c>wsgi</c>, <c>asgi</c>), the target a server is given, and where it is defined.</summary>
public sealed record EntryPoint(string Kind, string Target, string File, int Line);

/// <summary>The values of the settings pyarch reads, each string with the file and line that sets it.</summary>
public sealed record DjangoSettings(
    IReadOnlyList<Evidenced<string>> InstalledApps,
    IReadOnlyList<Evidenced<string>> Middleware,
    IReadOnlyList<Evidenced<string>> DatabaseEngines,
    IReadOnlyList<Evidenced<string>> CacheBackends,
    IReadOnlyList<Evidenced<string>> PasswordHashers,
    Evidenced<string>? AsgiApplication)
{
    /// <summary>Every string value pyarch read from these settings.</summary>
    public IEnumerable<Evidenced<string>> All =>
        InstalledApps.Concat(Middleware).Concat(DatabaseEngines).Concat(CacheBackends).Concat(PasswordHashers);
}

/// <summary>What pyarch read statically about a Django project.</summary>
public sealed record DjangoFacts(
    string BaseDirectory,
    Evidenced<string>? SettingsModule,
    string? ConfigPackage,
    IReadOnlyList<string> SettingsFiles,
    Evidence? SplitSettings,
    DjangoSettings Settings,
    IReadOnlyList<EntryPoint> EntryPoints,
    IReadOnlyList<string> AppFolders,
    IReadOnlyList<Evidence> Migrations,
    IReadOnlyList<Evidence> Serializers);
