using System.Text.RegularExpressions;

namespace Pyarch.Deploy.Tests;

/// <summary>
/// Every generated Dockerfile follows the deployment rules PA401–PA414 of the rules catalog, so that
/// `pyarch check` never flags what `pyarch deploy` wrote.
/// </summary>
public sealed partial class DockerfileHardeningTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Deployable), MemberType = typeof(Fixtures))]
    public void Should_FollowTheDeploymentRules_When_WritingAnyFixturesDockerfile(string fixture, string[] entries)
    {
        // Given / When
        var plan = DeployFixture.Plan(fixture, ["docker"], entries);
        var lines = plan.Instructions("Dockerfile");
        var final = lines.Skip(Array.FindLastIndex(lines, l => l.StartsWith("FROM ", StringComparison.Ordinal))).ToList();

        // Then PA401/PA402: every base is a pinned tag, the final one slim.
        Assert.All(lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)), l => Assert.Matches(@"^FROM python:3\.\d+(\.\d+)?-slim( AS builder)?$", l));
        // PA403/PA404: pip never keeps its cache; extra packages are pinned.
        foreach (string install in lines.Where(l => l.Contains("pip install", StringComparison.Ordinal)))
        {
            Assert.Contains("--no-cache-dir", install, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"pip install --no-cache-dir (?!-r |--no-index )[a-z][\w.-]*(\s|$)", install);
        }
        // PA405: in the final stage the manifest is installed before the code is copied.
        int installAt = final.FindIndex(l => l.Contains("pip install", StringComparison.Ordinal));
        int codeAt = final.IndexOf("COPY . .");
        Assert.InRange(installAt, 1, codeAt - 1);
        // PA406: the last USER is numeric and not root.
        Assert.Equal("USER 10001", final.Last(l => l.StartsWith("USER ", StringComparison.Ordinal)));
        // PA407: exec-form CMD.
        Assert.Matches(@"^CMD \[""[^""]+""(, ""[^""]*"")*\]$", final[^1]);
        // PA408: apt hygiene.
        Assert.All(lines.Where(l => l.Contains("apt-get install", StringComparison.Ordinal)), l =>
        {
            Assert.Contains("apt-get install -y --no-install-recommends", l, StringComparison.Ordinal);
            Assert.EndsWith("&& rm -rf /var/lib/apt/lists/*", l, StringComparison.Ordinal);
        });
        // PA409: no secret-like name in ENV or ARG.
        Assert.DoesNotMatch(SecretName(), EnvAndArgs().Match(plan.Text("Dockerfile")).Value);
        // PA410/PA411/PA412: a production server with workers, never a dev server.
        Assert.Matches(@"^CMD \[""(gunicorn|uvicorn|daphne)""", final[^1]);
        Assert.DoesNotMatch("runserver|flask\", \"run|--reload", final[^1]);
        // PA414: a HEALTHCHECK, as every fixture has a health route.
        Assert.Single(final, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_BuildNativeWheelsInABuilderStage_When_ADependencyNeedsACompiler()
    {
        // Given: psycopg2 (not -binary) in requirements/base.txt, reached from requirements/production.txt.
        // When
        var plan = DeployFixture.Plan("django-split", ["docker"], "mysite.settings.prod");
        var lines = plan.Instructions("Dockerfile").ToList();

        // Then: the compiler lives in the builder only; the final image gets the runtime library and the wheels.
        int final = lines.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal));
        Assert.Equal("FROM python:3.11.9-slim AS builder", lines[0]);
        Assert.Contains(lines.Take(final), l => l.Contains("--no-install-recommends gcc libc6-dev libpq-dev", StringComparison.Ordinal));
        Assert.Contains("COPY requirements/production.txt requirements/base.txt requirements/", lines.Take(final));
        Assert.DoesNotContain(lines.Skip(final), l => l.Contains("gcc", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(final), l => l.Contains("--no-install-recommends libpq5", StringComparison.Ordinal));
        Assert.Contains("COPY --from=builder /wheels /wheels", lines.Skip(final));
    }

    [Fact]
    public void Should_ExportTheLockFileInABuilderStage_When_TheProjectUsesUv()
    {
        // Given: a src-layout FastAPI project locked with uv.
        // When
        var lines = DeployFixture.Plan("fastapi-src", ["docker"]).Instructions("Dockerfile").ToList();

        // Then: the lock is exported by a pinned uv, and the final stage installs the export before the code.
        Assert.Contains("COPY pyproject.toml uv.lock ./", lines);
        Assert.Contains(lines, l => l.StartsWith("RUN pip install --no-cache-dir uv==", StringComparison.Ordinal) && l.Contains("uv export --frozen --no-dev", StringComparison.Ordinal));
        Assert.True(lines.IndexOf("COPY --from=builder /build/requirements.txt ./") < lines.IndexOf("COPY . ."));
        Assert.EndsWith("\"--app-dir\", \"src\"]", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_InstallAPinnedServerAndSaySo_When_TheProjectDeclaresNone()
    {
        // Given: a Flask project whose requirements.txt lists only Flask, with no Python pin.
        // When
        var plan = DeployFixture.Plan("flask-undeclared", ["docker"]);

        // Then
        Assert.Contains("RUN pip install --no-cache-dir -r requirements.txt gunicorn==23.0.0", plan.Instructions("Dockerfile"));
        Assert.Contains(plan.Notes, n => n.StartsWith("gunicorn is not a declared dependency", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.StartsWith("the project pins no Python version", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_CollectStaticWithPlaceholders_When_DjangoSetsStaticRoot()
    {
        // Given: STATIC_ROOT in settings/base.py and prod.py requiring DJANGO_SECRET_KEY.
        // When
        var lines = DeployFixture.Plan("django-split", ["docker"], "mysite.settings.prod").Instructions("Dockerfile").ToList();

        // Then: collectstatic runs at build time, after the code is copied, with a build-only placeholder, never an ENV.
        int collect = lines.FindIndex(l => l.Contains("collectstatic", StringComparison.Ordinal));
        Assert.Equal("RUN DJANGO_SECRET_KEY=build-time-placeholder python manage.py collectstatic --noinput", lines[collect]);
        Assert.True(collect > lines.IndexOf("COPY . ."));
    }

    /// <summary>Every ENV and ARG instruction with its continuation lines.</summary>
    [GeneratedRegex(@"(?m)^(ENV|ARG) (.*\\\n)*.*$")]
    private static partial Regex EnvAndArgs();

    [GeneratedRegex(@"SECRET|PASSWORD|TOKEN|_KEY\b")]
    private static partial Regex SecretName();
}
