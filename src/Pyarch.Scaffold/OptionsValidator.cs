namespace Pyarch.Scaffold;

/// <summary>
/// Turns raw options into <see cref="ProjectSettings"/>, refusing combinations that would produce a project
/// that cannot work, with a message that says what to do instead.
/// </summary>
public static class OptionsValidator
{
    public static ProjectSettings Validate(NewProjectOptions options, string currentDirectory)
    {
        var template = TemplateCatalog.Find(options.Template) ?? throw new ScaffoldError(
            $"unknown template '{options.Template}'; choose one of: {string.Join(", ", TemplateCatalog.All.Select(t => t.Id))}");
        string package = ProjectNameValidator.ToPackage(options.Name);
        string framework = ValidateFramework(template, options.Framework);
        string? database = ValidateDatabase(template, options.Database);
        var extras = ValidateExtras(template, framework, options.With);
        string environment = OneOf("--env", options.Environment, TemplateCatalog.Environments);
        string python = OneOf("--python", options.Python, TemplateCatalog.PythonVersions);
        string output = Path.GetFullPath(options.Output ?? options.Name, currentDirectory);
        return new ProjectSettings(template, options.Name, package, framework, database, extras, environment, python, output);
    }

    private static string ValidateFramework(ScaffoldTemplate template, string? framework)
    {
        if (template.Frameworks.Count == 0)
        {
            return framework is null
                ? "none"
                : throw new ScaffoldError($"--framework does not apply to the {template.Id} template, which has no web framework");
        }
        if (framework is null)
        {
            return template.Frameworks[0];
        }
        if (template.Frameworks.Contains(framework))
        {
            return framework;
        }
        return template.Frameworks.Count == 1
            ? throw new ScaffoldError($"the {template.Id} template is built on {template.Frameworks[0]}; --framework {framework} does not apply (the api template offers fastapi or flask)")
            : throw new ScaffoldError($"--framework must be one of: {string.Join(", ", template.Frameworks)}");
    }

    private static string? ValidateDatabase(ScaffoldTemplate template, string? database)
    {
        if (!template.HasDatabase)
        {
            return database is null
                ? null
                : throw new ScaffoldError($"--db does not apply to the {template.Id} template: it reads files from data/, not a database");
        }
        return OneOf("--db", database ?? "sqlite", TemplateCatalog.Databases);
    }

    private static SortedSet<string> ValidateExtras(ScaffoldTemplate template, string framework, IReadOnlyList<string> raw)
    {
        var extras = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in raw.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (value is "postgres" or "sqlite")
            {
                throw new ScaffoldError($"'{value}' is a database, not an extra: use --db {value}");
            }
            if (value == "docker")
            {
                throw new ScaffoldError("every project already has a Dockerfile and .dockerignore; drop 'docker' from --with");
            }
            OneOf("--with", value, TemplateCatalog.AllExtras);
            if (value == "websockets" && template.ServerFor(framework) != ServerKind.Asgi)
            {
                throw new ScaffoldError($"--with websockets needs an ASGI server, and {framework} runs under gunicorn (WSGI); use the fastapi template or api --framework fastapi");
            }
            if (!template.Extras.Contains(value))
            {
                throw new ScaffoldError($"--with {value} does not apply to the {template.Id} template; it accepts: {string.Join(", ", template.Extras)}");
            }
            extras.Add(value);
        }
        if (extras.Contains("celery") && extras.Contains("rq"))
        {
            throw new ScaffoldError("--with celery and rq are two background-job queues; choose one");
        }
        return extras;
    }

    private static string OneOf(string option, string value, IReadOnlyList<string> allowed) =>
        allowed.Contains(value)
            ? value
            : throw new ScaffoldError($"{option} '{value}' is not supported; choose one of: {string.Join(", ", allowed)}");
}
