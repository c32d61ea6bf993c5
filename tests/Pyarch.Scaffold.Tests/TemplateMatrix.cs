using Pyarch.Scaffold;

namespace Pyarch.Scaffold.Tests;

/// <summary>Representative option combinations of every template: each knob alone, and everything at once.</summary>
internal static class TemplateMatrix
{
    public const string Version = "0.0.0-test";

    public static IEnumerable<NewProjectOptions> All() => Combinations().DistinctBy(Describe);

    private static IEnumerable<NewProjectOptions> Combinations()
    {
        foreach (var template in TemplateCatalog.All)
        {
            var frameworks = template.Frameworks.Count == 0 ? [null] : template.Frameworks.Select(f => (string?)f);
            foreach (var framework in frameworks)
            {
                var baseline = new NewProjectOptions { Template = template.Id, Name = "shop_app", Framework = framework };
                yield return baseline;
                foreach (var option in Variations(template, framework, baseline))
                {
                    yield return option;
                }
            }
        }
    }

    public static ProjectPlan Plan(NewProjectOptions options) =>
        ProjectGenerator.Plan(OptionsValidator.Validate(options, "/tmp/pyarch-tests"), Version);

    public static string Describe(NewProjectOptions o) =>
        $"{o.Template} --framework {o.Framework ?? "-"} --db {o.Database ?? "-"} --with {string.Join(',', o.With)} --env {o.Environment} --python {o.Python}";

    private static IEnumerable<NewProjectOptions> Variations(ScaffoldTemplate template, string? framework, NewProjectOptions baseline)
    {
        var extras = template.Extras
            .Where(e => e != "websockets" || template.ServerFor(framework ?? "") == ServerKind.Asgi)
            .ToList();
        foreach (var extra in extras)
        {
            yield return baseline with { With = [extra] };
        }
        yield return baseline with { With = [string.Join(',', extras.Where(e => e != "rq"))] };
        yield return baseline with { With = [string.Join(',', extras.Where(e => e != "celery"))] };
        foreach (var env in TemplateCatalog.Environments)
        {
            yield return baseline with { Environment = env };
        }
        foreach (var python in TemplateCatalog.PythonVersions)
        {
            yield return baseline with { Python = python };
        }
        if (template.HasDatabase)
        {
            yield return baseline with { Database = "postgres" };
        }
    }
}
