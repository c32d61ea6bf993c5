namespace Pyarch.EndToEnd.Tests;

/// <summary>
/// Issue 5's promise, as cookiecutter-django runs Ruff on what it generates: every project <c>pyarch new</c> makes
/// (the same templates and options as <see cref="GeneratedProjectsRunTests"/>) has no error under <c>pyarch check</c>,
/// run by the built CLI as a user would, and no warning beyond the known template gaps listed here.
/// </summary>
public sealed class GeneratedProjectsCheckTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyarch-e2e-check-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>
    /// Warnings the templates still earn: PA315, no rate limiter is generated yet; PA302, the monolith's production
    /// settings leave HSTS preload and subdomains to the operator, because both commit every subdomain to HTTPS;
    /// PA310, the GraphQL view is CSRF-exempt because its clients send a token, not a session cookie.
    /// </summary>
    private static readonly HashSet<string?> KnownTemplateGaps = ["PA315", "PA302", "PA310"];

    public static TheoryData<string> Projects() => GeneratedProjectsRunTests.Projects();

    [Theory]
    [MemberData(nameof(Projects))]
    public void Should_HaveNoFindings_When_Generated(string arguments)
    {
        // Given
        var args = arguments.Split(' ');
        string name = "e2e_" + args[0].Replace('-', '_');
        var generated = PyarchCli.Run(_root, ["new", args[0], name, .. args[1..]]);
        Assert.True(generated.ExitCode == 0, generated.ToString());

        // When
        var check = PyarchCli.Run(Path.Combine(_root, name), "check", "--format", "json");

        // Then: no error at all, and warnings only from the gaps the templates are known to have
        using var report = System.Text.Json.JsonDocument.Parse(check.Output);
        var unexpected = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error"
                || (f.GetProperty("severity").GetString() == "warning" && !KnownTemplateGaps.Contains(f.GetProperty("code").GetString())))
            .Select(f => f.ToString())
            .ToList();
        Assert.True(unexpected.Count == 0 && report.RootElement.GetProperty("errors").GetArrayLength() == 0, check.ToString());
    }
}
