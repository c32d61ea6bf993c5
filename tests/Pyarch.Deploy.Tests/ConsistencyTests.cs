using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Pyarch.Deploy.Tests;

/// <summary>
/// Kubernetes, Compose and Cloud Run output parse as YAML and agree with the Dockerfile on the port, the health
/// path and the environment variables the app reads.
/// </summary>
public sealed partial class ConsistencyTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Deployable), MemberType = typeof(Fixtures))]
    public void Should_AgreeWithTheDockerfile_When_KubernetesAndComposeAreWritten(string fixture, string[] entries)
    {
        // Given / When
        var plan = DeployFixture.Plan(fixture, null, entries);
        string dockerfile = plan.Text("Dockerfile");
        string port = Regex.Match(dockerfile, @"(?m)^EXPOSE (\d+)$").Groups[1].Value;
        string health = HealthPath().Match(dockerfile).Groups[1].Value;
        var env = RuntimeEnv().Matches(dockerfile).Select(m => m.Groups[1].Value)
            .Concat(FixedEnv().Matches(dockerfile).Select(m => m.Groups[1].Value).Where(n => !n.StartsWith("PYTHON", StringComparison.Ordinal) && !n.StartsWith("PIP_", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal("8000", port);
        Assert.StartsWith("/", health, StringComparison.Ordinal);

        // Then: Kubernetes' web container listens, probes and reads the same.
        var documents = Load(plan.Text("deploy/kubernetes/app.yaml"));
        var container = (YamlMappingNode)((YamlSequenceNode)Path(documents.Single(d => Scalar(d, "kind") == "Deployment"), "spec", "template", "spec", "containers")).Children[0];
        Assert.Equal(port, Scalar((YamlMappingNode)((YamlSequenceNode)container["ports"]).Children[0], "containerPort"));
        Assert.Equal(health, Scalar((YamlMappingNode)Path(container, "readinessProbe", "httpGet"), "path"));
        Assert.Equal(health, Scalar((YamlMappingNode)Path(container, "livenessProbe", "httpGet"), "path"));
        Assert.Equal(env, EnvNames(container));
        Assert.Equal("10001", Scalar((YamlMappingNode)Path(documents.Single(d => Scalar(d, "kind") == "Deployment"), "spec", "template", "spec", "securityContext"), "runAsUser"));
        foreach (var path in new[] { "deploy/kubernetes/migrate-job.yaml", "deploy/kubernetes/workers.yaml" }.Where(p => plan.Files.Any(f => f.Path == p)))
        {
            Assert.All(Load(plan.Text(path)), d => Assert.Equal(env, EnvNames((YamlMappingNode)((YamlSequenceNode)Path(d, "spec", "template", "spec", "containers")).Children[0])));
        }

        // And Compose's web service publishes, checks and sets the same.
        var web = (YamlMappingNode)Path(Load(plan.Text("docker-compose.yml")).Single(), "services", "web");
        Assert.Equal($"{port}:{port}", ((YamlSequenceNode)web["ports"]).Children[0].ToString());
        Assert.Contains($"127.0.0.1:{port}{health}'", string.Join(' ', ((YamlSequenceNode)Path(web, "healthcheck", "test")).Children), StringComparison.Ordinal);
        var composeEnv = web.Children.ContainsKey("environment") ? ((YamlMappingNode)web["environment"]).Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList() : [];
        Assert.Equal(env, composeEnv);

        // And Cloud Run's service.
        var run = (YamlMappingNode)((YamlSequenceNode)Path(Load(plan.Text("service.yaml")).Single(), "spec", "template", "spec", "containers")).Children[0];
        Assert.Equal(port, Scalar((YamlMappingNode)((YamlSequenceNode)run["ports"]).Children[0], "containerPort"));
        Assert.Equal(health, Scalar((YamlMappingNode)Path(run, "startupProbe", "httpGet"), "path"));
        // Cloud Run needs a value for every variable it lists, so plain settings the code defaults are left to the user.
        var optionalPlain = RuntimeEnv().Matches(dockerfile).Where(m => m.Groups[2].Value == " (optional)").Select(m => m.Groups[1].Value);
        Assert.Equal(env.Except(optionalPlain), EnvNames(run));
    }

    [Fact]
    public void Should_AddTheDatabaseRedisAndWorkers_When_TheStackUsesThem()
    {
        // Given: Flask with Celery (Redis broker) and beat; Django on Postgres.
        // When
        var celery = (YamlMappingNode)Path(Load(DeployFixture.Plan("flask-celery", ["compose"]).Text("docker-compose.yml")).Single(), "services");
        var django = (YamlMappingNode)Path(Load(DeployFixture.Plan("django-split", ["compose"], "mysite.settings.prod").Text("docker-compose.yml")).Single(), "services");

        // Then
        Assert.Equal(["redis", "migrate", "web", "worker", "beat"], celery.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("redis://redis:6379/0", Scalar((YamlMappingNode)Path(celery, "worker", "environment"), "CELERY_BROKER_URL"));
        Assert.Equal("celery -A tasks:celery worker --loglevel INFO", string.Join(' ', (YamlSequenceNode)Path(celery, "worker", "command")));
        Assert.Equal(["db", "migrate", "web"], django.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("postgres:16-alpine", Scalar((YamlMappingNode)django["db"], "image"));
    }

    private static List<YamlMappingNode> Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    private static YamlNode Path(YamlMappingNode node, params string[] keys) =>
        keys.Aggregate((YamlNode)node, (current, key) => ((YamlMappingNode)current)[key]);

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static List<string> EnvNames(YamlMappingNode container) =>
        container.Children.ContainsKey("env")
            ? ((YamlSequenceNode)container["env"]).Children.Select(e => Scalar((YamlMappingNode)e, "name")).Order(StringComparer.Ordinal).ToList()
            : [];

    [GeneratedRegex(@"(?m)^HEALTHCHECK .*http://127\.0\.0\.1:\d+(/[^']*)'")]
    private static partial Regex HealthPath();

    [GeneratedRegex(@"(?m)^#   env (\w+)( \([a-z, ]+\))?")]
    private static partial Regex RuntimeEnv();

    [GeneratedRegex(@"(?m)^(?:ENV |    )(\w+)=")]
    private static partial Regex FixedEnv();
}
