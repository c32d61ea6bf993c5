using System.Runtime.CompilerServices;
using System.Text;
using Pyarch.Scaffold;

namespace Pyarch.Scaffold.Tests;

/// <summary>
/// Each template's file list and key files, compared with the expected copies under Snapshots/. A change prints
/// a line diff; PYARCH_UPDATE_SNAPSHOTS=1 rewrites the expected files after a deliberate template change.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly string[] KeyFiles =
        ["Procfile", "Dockerfile", ".dockerignore", ".env.example", "pyproject.toml", "requirements.txt"];

    public static TheoryData<string> Cases() =>
        ["django", "django-monolith", "flask", "fastapi", "api", "api-flask", "data-science", "fastapi-everything"];

    private static NewProjectOptions Options(string name) => name switch
    {
        "api-flask" => new() { Template = "api", Name = "shop_app", Framework = "flask" },
        "fastapi-everything" => new()
        {
            Template = "fastapi",
            Name = "shop_app",
            Database = "postgres",
            Environment = "uv",
            Python = "3.13",
            With = ["celery,redis-cache,sentry,prometheus,structlog,graphql,websockets,github-actions"],
        },
        _ => new() { Template = name, Name = "shop_app" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_MatchTheExpectedStructureAndKeyFiles(string name)
    {
        // Given
        var plan = TemplateMatrix.Plan(Options(name));

        // When
        var actual = new Dictionary<string, string>
        {
            ["files.txt"] = string.Join("\n", plan.Files.Select(f => f.Path)) + "\n",
        };
        foreach (var file in plan.Files.Where(f => KeyFiles.Contains(f.Path)))
        {
            actual[file.Path.TrimStart('.')] = file.Content;
        }

        // Then
        var failures = new StringBuilder();
        foreach (var (file, content) in actual)
        {
            string path = Path.Combine(SnapshotDirectory(), name, file);
            if (Environment.GetEnvironmentVariable("PYARCH_UPDATE_SNAPSHOTS") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content);
                continue;
            }
            string expected = File.Exists(path) ? File.ReadAllText(path) : "";
            if (expected != content)
            {
                failures.Append($"--- {name}/{file} (expected)\n+++ generated\n").Append(LineDiff.Format(expected, content));
            }
        }
        Assert.True(failures.Length == 0, "Snapshots differ (PYARCH_UPDATE_SNAPSHOTS=1 accepts):\n" + failures);
    }

    private static string SnapshotDirectory([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Snapshots");
}
