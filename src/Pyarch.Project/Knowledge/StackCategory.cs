namespace Pyarch.Project.Knowledge;

/// <summary>The stack categories of the detect contract, in the order the contract lists them.</summary>
public static class StackCategory
{
    public const string WebFrameworks = "web_frameworks";
    public const string AppServers = "app_servers";
    public const string Rest = "rest";
    public const string Orm = "orm";
    public const string DbDrivers = "db_drivers";
    public const string Migrations = "migrations";
    public const string Validation = "validation";
    public const string BackgroundJobs = "background_jobs";
    public const string Caching = "caching";
    public const string GraphQl = "graphql";
    public const string WebSockets = "websockets";
    public const string ApiDocs = "api_docs";
    public const string Security = "security";
    public const string Monitoring = "monitoring";
    public const string Logging = "logging";
    public const string Testing = "testing";
    public const string TypeChecking = "type_checking";
    public const string Linting = "linting";
    public const string Config = "config";
    public const string EnvManagers = "env_managers";
    public const string Containerization = "containerization";
    public const string Platforms = "platforms";
    public const string DataScience = "data_science";

    public static readonly string[] All =
    [
        WebFrameworks, AppServers, Rest, Orm, DbDrivers, Migrations, Validation, BackgroundJobs, Caching, GraphQl,
        WebSockets, ApiDocs, Security, Monitoring, Logging, Testing, TypeChecking, Linting, Config, EnvManagers,
        Containerization, Platforms, DataScience,
    ];
}
