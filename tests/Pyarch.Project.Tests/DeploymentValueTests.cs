using Pyarch.Project.Deployment;

namespace Pyarch.Project.Tests;

/// <summary>The values rules read from deployment files: <c>ENV</c> instructions and <c>.env</c> lines.</summary>
public sealed class DeploymentValueTests
{
    [Fact]
    public void Should_read_env_instructions_in_both_forms_with_quotes()
    {
        // Given: a Dockerfile with the key=value form, quoted values and the legacy form.
        var dockerfile = DockerfileReader.Read("Dockerfile", """
            FROM python:3.12
            ENV FLASK_DEBUG=1 GREETING="hello world" PATH=/app/bin:$PATH
            ENV LEGACY some value
            """);

        // When: the variables of each ENV instruction are read.
        var variables = dockerfile.FinalStage!.Instructions.Where(i => i.Keyword == "ENV").SelectMany(DockerEnv.Variables).ToList();

        // Then: each name comes with the value Docker would set.
        Assert.Equal(
            [("FLASK_DEBUG", "1"), ("GREETING", "hello world"), ("PATH", "/app/bin:$PATH"), ("LEGACY", "some value")],
            variables);
    }

    [Theory]
    [InlineData("FLASK_DEBUG=1", "1")]
    [InlineData("export FLASK_DEBUG = true", "true")]
    [InlineData("FLASK_DEBUG=\"yes\" # on for everyone", "yes")]
    [InlineData("FLASK_DEBUG='0'", "0")]
    [InlineData("FLASK_DEBUG=false # off", "false")]
    [InlineData("FLASK_DEBUG=", "")]
    public void Should_read_the_value_of_a_dotenv_line(string line, string value) =>
        Assert.Equal(value, EnvFileReader.Value(line));
}
