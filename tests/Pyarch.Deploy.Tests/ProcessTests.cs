namespace Pyarch.Deploy.Tests;

/// <summary>Background workers, release commands and the gunicorn configuration.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Should_RunCeleryWorkerAndBeat_When_TheAppHasASchedule()
    {
        // Given: tasks.py binds `celery = Celery(...)` and sets beat_schedule; alembic.ini exists.
        // When
        var plan = DeployFixture.Plan("flask-celery", ["procfile", "kubernetes", "fly"]);

        // Then
        Assert.Equal("worker: celery -A tasks:celery worker --loglevel INFO", plan.Line("Procfile", "worker: "));
        Assert.Equal("beat: celery -A tasks:celery beat --loglevel INFO", plan.Line("Procfile", "beat: "));
        Assert.Equal("release: alembic upgrade head", plan.Line("Procfile", "release: "));
        string workers = plan.Text("deploy/kubernetes/workers.yaml");
        Assert.Contains("name: flask-celery-worker", workers, StringComparison.Ordinal);
        Assert.Contains("name: flask-celery-beat", workers, StringComparison.Ordinal);
        Assert.Contains("  beat = \"celery -A tasks:celery beat --loglevel INFO\"", plan.Text("fly.toml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_WriteNoReleaseOrWorker_When_TheProjectHasNeither()
    {
        // Given: a Flask app with no database and no job queue.
        // When
        var plan = DeployFixture.Plan("flask-module");

        // Then
        Assert.Equal(["web: "], plan.Instructions("Procfile").Select(l => l[..5]));
        Assert.DoesNotContain(plan.Files, f => f.Path.EndsWith("migrate-job.yaml", StringComparison.Ordinal) || f.Path.EndsWith("workers.yaml", StringComparison.Ordinal));
        Assert.DoesNotContain("release_command", plan.Text("fly.toml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ConfigureGunicornFromTheEnvironment_When_TheGunicornTargetIsAsked()
    {
        // Given / When
        string config = DeployFixture.Plan("flask-factory", ["gunicorn"]).Text("gunicorn.conf.py");

        // Then: workers from WEB_CONCURRENCY with a default, $PORT, timeouts, access log on stdout, the factory.
        Assert.Contains("wsgi_app = \"shop:create_app()\"", config, StringComparison.Ordinal);
        Assert.Contains("bind = \"0.0.0.0:\" + os.environ.get(\"PORT\", \"8000\")", config, StringComparison.Ordinal);
        Assert.Contains("workers = int(os.environ.get(\"WEB_CONCURRENCY\", \"4\"))", config, StringComparison.Ordinal);
        Assert.Contains("timeout = 30", config, StringComparison.Ordinal);
        Assert.Contains("accesslog = \"-\"", config, StringComparison.Ordinal);
        Assert.DoesNotContain("worker_class", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_StartEveryFileWithWhoWroteItAndTheEvidence()
    {
        // Given / When: every target for a project with a release, workers and env vars.
        var plan = DeployFixture.Plan("flask-celery");

        // Then: each file opens with the same header naming files and lines.
        Assert.Equal(10, plan.Files.Count);
        Assert.All(plan.Files, f =>
        {
            Assert.StartsWith("# Written by `pyarch deploy` from the project as it is", f.Text, StringComparison.Ordinal);
            Assert.Contains("#   web: WSGI app web:app (web.py:7)", f.Text, StringComparison.Ordinal);
            Assert.Contains("#   python 3.11.4: .python-version pins 3.11.4 (.python-version:1)", f.Text, StringComparison.Ordinal);
            Assert.Contains("#   worker: Celery app (tasks.py:5)", f.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Should_ReadEnvironmentVariablesThroughPydanticSettings()
    {
        // Given: a pydantic BaseSettings with env_prefix INVENTORY_ and a field without a default.
        // When
        var facts = DeployFixture.Plan("fastapi-src", ["docker"]).Facts;

        // Then
        Assert.Equal(["INVENTORY_API_TOKEN", "INVENTORY_DATABASE_URL", "INVENTORY_PAGE_SIZE"], facts.Runtime.Select(e => e.Name));
        Assert.Equal([true, true, false], facts.Runtime.Select(e => e.Secret));
        Assert.Equal([true, false, false], facts.Runtime.Select(e => e.Required));
    }

    [Fact]
    public void Should_LeaveDefaultedSettingsUnset_When_ThePlatformDoesNotSetThem()
    {
        // Given: INVENTORY_PAGE_SIZE has a default in the code; INVENTORY_API_TOKEN has none.
        // When
        var plan = DeployFixture.Plan("fastapi-src", ["kubernetes", "compose"]);

        // Then: an empty string never overrides the code's default, and a missing required secret stops compose.
        string compose = plan.Text("docker-compose.yml");
        Assert.Contains("INVENTORY_API_TOKEN: \"${INVENTORY_API_TOKEN:?set INVENTORY_API_TOKEN}\"", compose, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^      INVENTORY_PAGE_SIZE: ?$", compose);
        string app = plan.Text("deploy/kubernetes/app.yaml");
        Assert.Contains("key: INVENTORY_PAGE_SIZE\n              optional: true", app, StringComparison.Ordinal);
        Assert.Contains("key: INVENTORY_API_TOKEN\n        - name:", app, StringComparison.Ordinal);
        Assert.Contains("data: {}", app, StringComparison.Ordinal);
    }
}
