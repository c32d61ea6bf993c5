using Pyarch.Scaffold;

namespace Pyarch.Scaffold.Tests;

public sealed class OptionsValidatorTests
{
    private static ProjectSettings Validate(string template, string? framework = null, string? db = null, string[]? with = null,
        string env = "pip", string python = "3.12") =>
        OptionsValidator.Validate(
            new NewProjectOptions { Template = template, Name = "shop", Framework = framework, Database = db, With = with ?? [], Environment = env, Python = python },
            "/tmp");

    [Fact]
    public void Should_ApplyDefaults_When_OnlyTemplateAndNameAreGiven()
    {
        // Given / When
        var settings = Validate("api");

        // Then
        Assert.Equal("fastapi", settings.Framework);
        Assert.Equal("sqlite", settings.Database);
        Assert.Equal("3.12", settings.Python);
        Assert.Equal(Path.Combine("/tmp", "shop"), settings.OutputDirectory);
        Assert.Equal(ServerKind.Asgi, settings.Server);
    }

    [Fact]
    public void Should_AcceptCommaSeparatedAndRepeatedExtras()
    {
        // Given / When
        var settings = Validate("fastapi", with: ["celery, sentry", "prometheus"]);

        // Then
        Assert.Equal(["celery", "prometheus", "sentry"], settings.Extras);
    }

    [Theory]
    [InlineData("nope", null, null, null, "unknown template 'nope'")]
    [InlineData("django", "flask", null, null, "built on django")]
    [InlineData("api", "tornado", null, null, "--framework must be one of: fastapi, flask")]
    [InlineData("data-science", null, "postgres", null, "--db does not apply to the data-science template")]
    [InlineData("data-science", "flask", null, null, "has no web framework")]
    [InlineData("fastapi", null, "mysql", null, "--db 'mysql' is not supported")]
    [InlineData("flask", null, null, "websockets", "needs an ASGI server")]
    [InlineData("api", "flask", null, "websockets", "needs an ASGI server")]
    [InlineData("django", null, null, "websockets", "needs an ASGI server")]
    [InlineData("fastapi", null, null, "celery,rq", "choose one")]
    [InlineData("data-science", null, null, "celery", "does not apply to the data-science template")]
    [InlineData("fastapi", null, null, "kafka", "--with 'kafka' is not supported")]
    [InlineData("fastapi", null, null, "postgres", "use --db postgres")]
    public void Should_RefuseWithReason_When_CombinationMakesNoSense(string template, string? framework, string? db, string? with, string reason)
    {
        // Given / When
        var error = Assert.Throws<ScaffoldError>(() => Validate(template, framework, db, with is null ? null : [with]));

        // Then
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("conda", "3.12", "--env 'conda'")]
    [InlineData("pip", "3.9", "--python '3.9'")]
    public void Should_RefuseUnsupportedToolchains(string env, string python, string reason)
    {
        var error = Assert.Throws<ScaffoldError>(() => Validate("fastapi", env: env, python: python));

        Assert.Contains(reason, error.Message);
    }
}
