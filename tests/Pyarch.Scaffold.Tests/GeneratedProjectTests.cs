using System.Text.RegularExpressions;
using Pyarch.Scaffold;

namespace Pyarch.Scaffold.Tests;

/// <summary>
/// Every template with every representative option combination keeps the promises of issue 5: nothing left
/// unrendered, configuration fully documented, deployment files that agree with each other.
/// </summary>
public sealed partial class GeneratedProjectTests
{
    public static TheoryData<string> Combinations()
    {
        var data = new TheoryData<string>();
        foreach (var options in TemplateMatrix.All())
        {
            data.Add(TemplateMatrix.Describe(options));
        }
        return data;
    }

    private static (NewProjectOptions Options, ProjectPlan Plan) Generate(string description)
    {
        var options = TemplateMatrix.All().First(o => TemplateMatrix.Describe(o) == description);
        return (options, TemplateMatrix.Plan(options));
    }

    private static string File(ProjectPlan plan, string path) =>
        plan.Files.FirstOrDefault(f => f.Path == path)?.Content ?? throw new Xunit.Sdk.XunitException($"{path} was not generated");

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Should_LeaveNoPlaceholder_When_Rendered(string combination)
    {
        // Given / When
        var (_, plan) = Generate(combination);

        // Then: Django's own HTML templates are the only files allowed to keep {{ }} and {% %}.
        foreach (var file in plan.Files.Where(f => !f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.False(file.Content.Contains("{{", StringComparison.Ordinal) || file.Content.Contains("{%", StringComparison.Ordinal),
                $"{file.Path} keeps a template marker");
        }
        Assert.DoesNotContain(plan.Files, f => f.Path.Contains("{{", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Should_ListExactlyTheVariablesTheCodeReads_In_EnvExample(string combination)
    {
        // Given
        var (_, plan) = Generate(combination);

        // When
        var read = plan.Files.Where(f => f.Path.EndsWith(".py", StringComparison.Ordinal) && !f.Path.StartsWith("tests/", StringComparison.Ordinal))
            .SelectMany(f => EnvRead().Matches(f.Content).Select(m => m.Groups[1].Value))
            .ToHashSet();
        var listed = EnvLine().Matches(File(plan, ".env.example")).Select(m => m.Groups[1].Value).ToHashSet();

        // Then
        Assert.True(read.SetEquals(listed),
            $"read but not listed: {string.Join(", ", read.Except(listed))}; listed but not read: {string.Join(", ", listed.Except(read))}");
        Assert.DoesNotContain(plan.Files, f => f.Path == ".env");
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Should_ParseBooleansFromTheEnvironment(string combination)
    {
        // Given / When
        var (_, plan) = Generate(combination);

        // Then: os.getenv('DEBUG', False) would make DEBUG=false truthy; only env.py touches os.environ.
        foreach (var file in plan.Files.Where(f => f.Path.EndsWith(".py", StringComparison.Ordinal) && !f.Path.EndsWith("env.py", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("os.getenv(", file.Content);
            Assert.DoesNotContain("os.environ.get(", file.Content);
        }
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Should_BuildAHardenedImage_With_TheSameServerAsTheProcfile(string combination)
    {
        // Given
        var (options, plan) = Generate(combination);

        // When
        string docker = File(plan, "Dockerfile");

        // Then
        Assert.StartsWith($"FROM python:{options.Python}-slim\n", docker);
        Assert.Contains("RUN pip install --no-cache-dir -r requirements.txt", docker);
        Assert.True(docker.IndexOf("COPY requirements.txt", StringComparison.Ordinal) < docker.IndexOf("COPY . .", StringComparison.Ordinal));
        Assert.Contains("\nUSER 10001\n", docker);
        var cmd = Regex.Match(docker, "^CMD (\\[.*\\])$", RegexOptions.Multiline);
        Assert.True(cmd.Success, "CMD must be in exec form");
        var procfile = plan.Files.FirstOrDefault(f => f.Path == "Procfile")?.Content;
        if (options.Template == "data-science")
        {
            Assert.Null(procfile);
            return;
        }
        var web = Regex.Match(procfile!, "^web: (\\S+) (\\S+)", RegexOptions.Multiline);
        Assert.True(web.Success);
        Assert.Contains("$PORT", procfile);
        Assert.Contains($"\"{web.Groups[1].Value}\"", cmd.Value);
        Assert.Contains($"\"{web.Groups[2].Value}\"", cmd.Value);
        Assert.Equal(web.Groups[1].Value == "gunicorn", (options.Framework ?? options.Template).Contains("django") || options.Framework == "flask" || options.Template == "flask");
        Assert.Contains("release: ", procfile);
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Should_KeepSecretsAndLocalStateOutOfTheImage(string combination)
    {
        // Given / When
        var (_, plan) = Generate(combination);
        var ignored = File(plan, ".dockerignore").Split('\n');

        // Then
        Assert.Contains(".env", ignored);
        Assert.Contains(".git", ignored);
        Assert.Contains(".venv", ignored);
        Assert.Contains("__pycache__", ignored);
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Should_PinDependencies_And_RecordTheGeneration(string combination)
    {
        // Given
        var (options, plan) = Generate(combination);

        // When
        string pyproject = File(plan, "pyproject.toml");
        var requirements = plan.Files.Where(f => f.Path.StartsWith("requirements", StringComparison.Ordinal))
            .SelectMany(f => f.Content.Split('\n'))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("-r ", StringComparison.Ordinal));

        // Then
        Assert.All(requirements, line => Assert.Matches("^[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*$", line));
        Assert.Contains($"[tool.pyarch]\ntemplate = \"{options.Template}\"\npyarch-version = \"{TemplateMatrix.Version}\"", pyproject);
        Assert.Contains("[tool.pytest.ini_options]", pyproject);
        Assert.Contains($"env = \"{options.Environment}\"", pyproject);
        string readme = File(plan, "README.md");
        Assert.Contains("pytest", readme);
    }

    [GeneratedRegex("""(?:env_(?:str|bool|int|float|list)\(|os\.environ\.setdefault\()"([A-Z][A-Z0-9_]*)""")]
    private static partial Regex EnvRead();

    [GeneratedRegex("^([A-Z][A-Z0-9_]*)=", RegexOptions.Multiline)]
    private static partial Regex EnvLine();
}
