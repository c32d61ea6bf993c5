using Pyarch.Project.Knowledge;
using Pyarch.Project.Settings;

namespace Pyarch.Project.Modules;

/// <summary>
/// The project's Python modules by dotted name, the internal import graph between them, and the external
/// imports mapped to distributions. An import is internal when its top-level name is a project module or package.
/// </summary>
public sealed class ModuleIndex
{
    private readonly Dictionary<string, PythonModule> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _topLevel = new(StringComparer.Ordinal);
    private HashSet<string>? _environmentWrappers;
    private HashSet<string>? _settingsClasses;

    public ModuleIndex(IEnumerable<PythonModule> modules)
    {
        Modules = modules.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
        foreach (var module in Modules)
        {
            _byName.TryAdd(module.Name, module);
            string top = module.Name.Split('.')[0];
            _topLevel.Add(top);
            // A namespace package (no __init__.py) still makes its folders importable names.
            var parts = module.Name.Split('.');
            for (int i = 1; i < parts.Length; i++)
            {
                _byName.TryAdd(string.Join('.', parts[..i]), module with { Name = string.Join('.', parts[..i]), IsPackage = true, Syntax = null, Imports = [] });
            }
        }
    }

    public IReadOnlyList<PythonModule> Modules { get; }

    /// <summary>
    /// The environment variables a module reads, directly, through a project wrapper function (<c>env_str("DEBUG")</c>)
    /// or as the fields of a class that derives from the project's pydantic settings.
    /// </summary>
    public IEnumerable<EnvironmentRead> EnvironmentReadsOf(PythonModule module)
    {
        _environmentWrappers ??= Modules.SelectMany(m => m.EnvironmentWrappers).ToHashSet(StringComparer.Ordinal);
        _settingsClasses ??= SettingsClasses();
        return module.EnvironmentReads.Where(r => r.Via is null || _environmentWrappers.Contains(r.Via) || _settingsClasses.Contains(r.Via));
    }

    /// <summary>Every settings class by dotted name: those deriving from BaseSettings, then their subclasses to any depth.</summary>
    private HashSet<string> SettingsClasses()
    {
        var classes = Modules.SelectMany(m => m.SettingsClasses).ToList();
        var settings = classes.Where(c => c.ProjectBases.Count == 0).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (var derived in classes)
            {
                grew |= derived.ProjectBases.Any(settings.Contains) && settings.Add(derived.Name);
            }
        }
        return settings;
    }

    public PythonModule? Get(string name) => _byName.GetValueOrDefault(name);

    public bool IsInternal(string module)
    {
        int dot = module.IndexOf('.');
        return _topLevel.GetAlternateLookup<ReadOnlySpan<char>>().Contains(dot < 0 ? module : module.AsSpan(0, dot));
    }

    /// <summary>The longest prefix of a dotted name that is a project module.</summary>
    public string? ResolveInternal(string module)
    {
        string candidate = module;
        while (true)
        {
            if (_byName.ContainsKey(candidate))
            {
                return candidate;
            }
            int dot = candidate.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }
            candidate = candidate[..dot];
        }
    }

    /// <summary>Every internal import, to the most precise module it reaches (<c>from pkg import sub</c> reaches <c>pkg.sub</c>).</summary>
    public IEnumerable<ImportEdge> InternalEdges()
    {
        foreach (var module in Modules)
        {
            foreach (var import in module.Imports)
            {
                if (import.Module is null || !IsInternal(import.Module))
                {
                    continue;
                }
                foreach (string target in Targets(import))
                {
                    if (ResolveInternal(target) is { } resolved && resolved != module.Name)
                    {
                        yield return new ImportEdge(module.Name, resolved, import.Line);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Targets(ImportRecord import) =>
        import.IsFrom && !import.IsStar ? import.Names.Select(n => import.Module + "." + n) : [import.Module!];

    /// <summary>Every environment variable read anywhere in the project's code, by module path then line.</summary>
    public IEnumerable<EnvRead> EnvReads() => Modules.SelectMany(m => m.EnvReads);

    /// <summary>Every import that is neither a project module nor the standard library.</summary>
    public IEnumerable<ExternalImport> ExternalImports()
    {
        foreach (var module in Modules)
        {
            foreach (var import in module.Imports)
            {
                if (import.Module is { } name && import.Level == 0 && !IsInternal(name) && !StandardLibrary.Modules.Contains(name.Split('.')[0]))
                {
                    yield return new ExternalImport(module.Path, import.Line, name, ImportDistributions.For(name));
                }
            }
        }
    }
}
