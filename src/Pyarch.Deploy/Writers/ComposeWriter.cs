using YamlDotNet.RepresentationModel;
using static Pyarch.Deploy.Writers.Yaml;

namespace Pyarch.Deploy.Writers;

/// <summary>
/// <c>docker-compose.yml</c> for the stack as it is: the web image with its health check, the migrations as a
/// one-shot service the web waits for, the database and Redis the code uses, and the workers. Connection URLs
/// point at those services; secrets come from the shell or <c>.env</c> and compose refuses to start without them.
/// </summary>
internal static class ComposeWriter
{
    private static readonly Dictionary<string, (string Image, string Url, YamlMappingNode Environment, string Volume, string[] Check)> Databases = new(StringComparer.Ordinal)
    {
        ["postgres"] = ("postgres:16-alpine", "postgres://app:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/app",
            Map(("POSTGRES_DB", Str("app")), ("POSTGRES_USER", Str("app")), ("POSTGRES_PASSWORD", Str("${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"))),
            "/var/lib/postgresql/data", ["CMD", "pg_isready", "-U", "app"]),
        ["mysql"] = ("mysql:8.4", "mysql://app:${MYSQL_PASSWORD:?set MYSQL_PASSWORD}@db:3306/app",
            Map(("MYSQL_DATABASE", Str("app")), ("MYSQL_USER", Str("app")), ("MYSQL_PASSWORD", Str("${MYSQL_PASSWORD:?set MYSQL_PASSWORD}")), ("MYSQL_RANDOM_ROOT_PASSWORD", Str("yes"))),
            "/var/lib/mysql", ["CMD", "mysqladmin", "ping", "-h", "127.0.0.1"]),
    };

    private const string RedisUrl = "redis://redis:6379/0";

    public static GeneratedFile Write(DeployFacts facts)
    {
        var services = new YamlMappingNode();
        var dependsOn = new List<(string, YamlNode?)>();
        if (facts.Database is { } database)
        {
            var db = Databases[database];
            services.Add("db", Map(("image", Plain(db.Image)), ("environment", db.Environment), ("volumes", Words(["db-data:" + db.Volume])),
                ("healthcheck", Map(("test", Words(db.Check)), ("interval", Plain("5s")), ("retries", Plain(10))))));
            dependsOn.Add(("db", Map(("condition", Plain("service_healthy")))));
        }
        if (facts.Redis)
        {
            services.Add("redis", Map(("image", Plain("redis:7-alpine")),
                ("healthcheck", Map(("test", Words(["CMD", "redis-cli", "ping"])), ("interval", Plain("5s")), ("retries", Plain(10))))));
            dependsOn.Add(("redis", Map(("condition", Plain("service_healthy")))));
        }
        var environment = Environment(facts);
        if (facts.Release is { } release)
        {
            services.Add("migrate", App(environment, release.Words, dependsOn, ("restart", Str("no"))));
        }
        var webDepends = facts.Release is null ? dependsOn : [.. dependsOn, ("migrate", Map(("condition", Plain("service_completed_successfully"))))];
        services.Add("web", App(environment, null, webDepends,
            ("ports", Words([$"{WebServer.ContainerPort}:{WebServer.ContainerPort}"])),
            ("healthcheck", facts.HealthPath is { } health ? Map(("test", Words(["CMD", .. Shell.HealthProbe(health.Value)])), ("interval", Plain("30s"))) : null)));
        foreach (var worker in facts.Workers)
        {
            services.Add(worker.Name, App(environment, worker.Words, dependsOn));
        }
        var root = Map(("services", services), ("volumes", facts.Database is null ? null : Map(("db-data", new YamlMappingNode()))));
        return new GeneratedFile("docker-compose.yml", Documents(FileHeader.For(facts, "Secrets come from your shell or a .env file next to this one (never committed)."), [root]));
    }

    private static YamlMappingNode App(YamlMappingNode? environment, IReadOnlyList<string>? command, List<(string, YamlNode?)> dependsOn, params (string, YamlNode?)[] more) => Map(
        [
            ("build", Plain(".")),
            ("command", command is null ? null : Words(command)),
            ("environment", environment),
            ("depends_on", dependsOn.Count == 0 ? null : Map([.. dependsOn])),
            .. more,
        ]);

    /// <summary>
    /// Each variable the code reads: service URLs for the database and Redis, fixed values, else the value from the
    /// shell or <c>.env</c>, required when the code has no default and passed through only when set otherwise.
    /// </summary>
    private static YamlMappingNode? Environment(DeployFacts facts)
    {
        if (facts.Environment.Count == 0)
        {
            return null;
        }
        string? ValueOf(EnvSetting e)
        {
            if (e.Value is not null)
            {
                return e.Value;
            }
            bool databaseUrl = e.Name.EndsWith("DATABASE_URL", StringComparison.Ordinal) || e.Name == "DB_URL";
            if (databaseUrl && facts.Database is { } db)
            {
                return Databases[db].Url;
            }
            bool redisUrl = e.Name.Contains("REDIS", StringComparison.Ordinal) || e.Name.Contains("BROKER", StringComparison.Ordinal) || e.Name.Contains("RESULT_BACKEND", StringComparison.Ordinal);
            if (redisUrl && facts.Redis)
            {
                return RedisUrl;
            }
            return e.Required ? $"${{{e.Name}:?set {e.Name}}}" : null;
        }
        // A key without a value takes the variable from the shell when it is set and leaves it unset otherwise.
        return Map(facts.Environment.Select(e => (e.Name, (YamlNode?)(ValueOf(e) is { } value ? Str(value) : new YamlScalarNode()))).ToArray());
    }
}
