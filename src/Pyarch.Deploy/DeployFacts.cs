using Pyarch.Project;
using Pyarch.Project.Frameworks;

namespace Pyarch.Deploy;

/// <summary>Everything the writers need, each fact with the evidence it rests on; writers only format these.</summary>
public sealed record DeployFacts
{
    /// <summary>The image's numeric non-root user; Kubernetes' <c>runAsNonRoot</c> can verify only a number.</summary>
    public const int User = 10001;

    /// <summary>A lowercase DNS-1123 name for images, services and Kubernetes objects.</summary>
    public required string Name { get; init; }

    public required EntryPoint Entry { get; init; }

    public required string Framework { get; init; }

    public required WebServer Server { get; init; }

    public required PythonVersion Python { get; init; }

    public required InstallPlan Install { get; init; }

    public IReadOnlyList<EnvSetting> Environment { get; init; } = [];

    public Evidenced<string>? HealthPath { get; init; }

    public ProcessCommand? Release { get; init; }

    public IReadOnlyList<ProcessCommand> Workers { get; init; } = [];

    /// <summary>Django's <c>collectstatic</c>, run at build time, when <c>STATIC_ROOT</c> is set.</summary>
    public ProcessCommand? CollectStatic { get; init; }

    /// <summary><c>postgres</c>, <c>mysql</c> or null (SQLite or no database).</summary>
    public string? Database { get; init; }

    public bool Redis { get; init; }

    /// <summary>Variables with a value fixed by pyarch (never secrets), set in the image and every platform file.</summary>
    public IEnumerable<EnvSetting> Fixed => Environment.Where(e => e.Value is not null);

    /// <summary>Variables the platform must set: every one the code reads.</summary>
    public IEnumerable<EnvSetting> Runtime => Environment.Where(e => e.Value is null);
}
