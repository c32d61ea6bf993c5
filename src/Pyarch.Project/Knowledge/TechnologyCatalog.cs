using Pyarch.Project.Knowledge.Stack;

namespace Pyarch.Project.Knowledge;

/// <summary>Every technology of the detect contract, one entry each, gathered from the per-category files.</summary>
public static class TechnologyCatalog
{
    public static readonly IReadOnlyList<Technology> All =
    [
        .. WebFrameworks.All, .. AppServers.All, .. Rest.All, .. Orm.All, .. DbDrivers.All, .. Migrations.All,
        .. Validation.All, .. BackgroundJobs.All, .. Caching.All, .. GraphQl.All, .. WebSockets.All, .. ApiDocs.All,
        .. Security.All, .. Monitoring.All, .. Logging.All, .. Testing.All, .. TypeChecking.All, .. Linting.All,
        .. Config.All, .. EnvManagers.All, .. Containerization.All, .. Platforms.All, .. DataScience.All,
    ];

    public static Technology Get(string category, string id) =>
        All.First(t => t.Category == category && t.Id == id);
}
