namespace Pyarch.Deploy.Tests;

/// <summary>
/// Issue 6's list of what today's generators get wrong, one fixture each: pyarch must get every one right.
/// </summary>
public sealed class KnownFailureTests
{
    [Fact]
    public void Should_ServeWithGunicorn_When_TheProjectStartsWithFlaskRunAndAppRun()
    {
        // Given: a Flask app whose README says `flask run` and whose module ends in app.run(debug=True).
        // When
        var plan = DeployFixture.Plan("flask-module");

        // Then: neither the Procfile nor the image starts a development server.
        string web = plan.Line("Procfile", "web: ");
        string cmd = plan.Line("Dockerfile", "CMD ");
        Assert.StartsWith("web: gunicorn ", web, StringComparison.Ordinal);
        Assert.StartsWith("CMD [\"gunicorn\"", cmd, StringComparison.Ordinal);
        foreach (string command in new[] { web, cmd })
        {
            Assert.DoesNotContain("flask run", command, StringComparison.Ordinal);
            Assert.DoesNotContain("app.py", command, StringComparison.Ordinal);
            Assert.DoesNotContain("--reload", command, StringComparison.Ordinal);
            Assert.EndsWith("app:app", command.TrimEnd('"', ']'), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_ServeTheAppObjectWhereItIs_When_ItIsNotMainApp()
    {
        // Given: a FastAPI object named `api` in service/app.py.
        // When
        var plan = DeployFixture.Plan("fastapi-api-object");

        // Then: every command serves service.app:api, and nothing mentions main:app.
        Assert.EndsWith(" service.app:api", plan.Line("Procfile", "web: "), StringComparison.Ordinal);
        Assert.EndsWith("\"service.app:api\"]", plan.Line("Dockerfile", "CMD "), StringComparison.Ordinal);
        Assert.Contains("wsgi_app = \"service.app:api\"", plan.Text("gunicorn.conf.py"), StringComparison.Ordinal);
        Assert.All(plan.Files, f => Assert.DoesNotContain("main:app", f.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_UseUvicornWorkers_When_GunicornServesAnAsgiApp()
    {
        // Given: an ASGI app in a project that declares gunicorn.
        // When
        var plan = DeployFixture.Plan("fastapi-api-object");

        // Then: gunicorn never runs its sync worker for it.
        Assert.Contains("--worker-class uvicorn.workers.UvicornWorker", plan.Line("Procfile", "web: gunicorn "), StringComparison.Ordinal);
        Assert.Contains("\"--worker-class\", \"uvicorn.workers.UvicornWorker\"", plan.Line("Dockerfile", "CMD "), StringComparison.Ordinal);
        Assert.Contains("worker_class = \"uvicorn.workers.UvicornWorker\"", plan.Text("gunicorn.conf.py"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_CallTheFactory_When_FlaskBuildsItsAppInCreateApp()
    {
        // Given: a package whose only app is built inside create_app(), with no module-level app anywhere.
        // When
        var plan = DeployFixture.Plan("flask-factory");

        // Then: gunicorn calls the factory; the Procfile quotes the parentheses for the shell.
        Assert.EndsWith(" 'shop:create_app()'", plan.Line("Procfile", "web: "), StringComparison.Ordinal);
        Assert.EndsWith("\"shop:create_app()\"]", plan.Line("Dockerfile", "CMD "), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flask-module", "python:3.10-slim")] // .python-version
    [InlineData("flask-factory", "python:3.11-slim")] // requires-python >=3.11,<3.14
    [InlineData("fastapi-api-object", "python:3.11-slim")] // Poetry's python = "^3.11"
    [InlineData("flask-celery", "python:3.11.4-slim")] // .python-version with a patch level
    public void Should_BuildOnTheProjectsPython_When_ThePinDiffersFromTheHost(string fixture, string image)
    {
        // Given: a project that pins its Python (the host runs Debian's 3.11, the fixtures pin other versions).
        // When
        var plan = DeployFixture.Plan(fixture, ["docker"]);

        // Then: every stage uses the project's version.
        var froms = plan.Instructions("Dockerfile").Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(froms);
        Assert.All(froms, from => Assert.StartsWith($"FROM {image}", from, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_UseRuntimeTxt_When_ItIsTheOnlyPin()
    {
        // Given: Django with split settings pinning python-3.11.9 in runtime.txt only.
        // When
        var plan = DeployFixture.Plan("django-split", ["docker"], "mysite.settings.prod");

        // Then
        Assert.Equal("FROM python:3.11.9-slim", plan.Instructions("Dockerfile").Last(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_MigrateOncePerRelease_When_TheProjectHasADatabase()
    {
        // Given: a Django project with migrations.
        // When
        var plan = DeployFixture.Plan("django-split", null, "mysite.settings.prod");

        // Then: migrations run as the release phase, a Job, a one-shot compose service, fly's release command...
        Assert.EndsWith("python manage.py migrate --noinput", plan.Line("Procfile", "release: "), StringComparison.Ordinal);
        Assert.Contains("kind: Job", plan.Text("deploy/kubernetes/migrate-job.yaml"), StringComparison.Ordinal);
        Assert.Contains("release_command = \"python manage.py migrate --noinput\"", plan.Text("fly.toml"), StringComparison.Ordinal);
        Assert.Contains("  migrate:", plan.Text("docker-compose.yml"), StringComparison.Ordinal);

        // ...and never where every container runs them on every boot.
        Assert.DoesNotContain("migrate", plan.Line("Dockerfile", "CMD "), StringComparison.Ordinal);
        Assert.DoesNotContain("migrate", plan.Line("Procfile", "web: "), StringComparison.Ordinal);
        Assert.DoesNotContain("migrate", plan.Text("deploy/kubernetes/app.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_KeepSecretsOutOfTheImage_When_TheProjectHasADotEnvFile()
    {
        // Given: a project whose committed .env holds SECRET_KEY, which app.py reads.
        // When
        var plan = DeployFixture.Plan("flask-module");

        // Then: no ENV or ARG names the secret, the build context excludes .env*, and platforms take it from a Secret.
        string dockerfile = plan.Text("Dockerfile");
        Assert.DoesNotContain("dev-secret", dockerfile, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Instructions("Dockerfile"), l => (l.StartsWith("ENV", StringComparison.Ordinal) || l.StartsWith("ARG", StringComparison.Ordinal) || l.StartsWith("    ", StringComparison.Ordinal)) && l.Contains("SECRET", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Instructions("Dockerfile"), l => l.StartsWith("COPY .env", StringComparison.Ordinal));
        var ignored = plan.Instructions(".dockerignore");
        Assert.Contains(".env", ignored);
        Assert.Contains(".env.*", ignored);
        Assert.Contains("secretKeyRef:\n              name: flask-module-secrets\n              key: SECRET_KEY", plan.Text("deploy/kubernetes/app.yaml"), StringComparison.Ordinal);
        Assert.Contains("SECRET_KEY: \"${SECRET_KEY:?set SECRET_KEY}\"", plan.Text("docker-compose.yml"), StringComparison.Ordinal);
    }
}
