using Pyarch.Project.Modules;

namespace Pyarch.Project.Settings;

/// <summary>
/// The statically evaluated settings of a Django project's production profile (<see cref="DjangoSettingsLocator"/>),
/// run once per <see cref="EnvWorld"/> through its <c>from .base import *</c> chain, with Django's defaults for the
/// settings it leaves out. Project code is never run.
/// </summary>
public sealed class DjangoSettingsModel
{
    public const string SecurityMiddleware = "django.middleware.security.SecurityMiddleware";
    public const string XFrameOptionsMiddleware = "django.middleware.clickjacking.XFrameOptionsMiddleware";
    public const string CsrfViewMiddleware = "django.middleware.csrf.CsrfViewMiddleware";
    public const string SessionMiddleware = "django.contrib.sessions.middleware.SessionMiddleware";

    private readonly IReadOnlyDictionary<string, SettingValue> _unset;
    private readonly IReadOnlyDictionary<string, SettingValue> _set;

    private DjangoSettingsModel(Evidenced<string> module, PythonModule file, IReadOnlyDictionary<string, SettingValue> unset, IReadOnlyDictionary<string, SettingValue> set)
    {
        Module = module;
        File = file;
        _unset = unset;
        _set = set;
    }

    /// <summary>The settings module's dotted name, with the file and line that chose it.</summary>
    public Evidenced<string> Module { get; }

    /// <summary>The settings module itself: where a setting the project never assigns belongs.</summary>
    public PythonModule File { get; }

    /// <summary>The production settings of a Django project, or null when pyarch finds no settings module.</summary>
    public static DjangoSettingsModel? Load(ProjectModel project)
    {
        if (DjangoSettingsLocator.Locate(project) is not { } located || project.Modules.Get(located.Value) is not { } module)
        {
            return null;
        }
        return FromModule(project.Modules, module, located);
    }

    /// <summary>Evaluates a given settings module.</summary>
    public static DjangoSettingsModel FromModule(ModuleIndex modules, PythonModule module, Evidenced<string> chosenBy) =>
        new(chosenBy, module, Evaluate(modules, module, EnvWorld.Unset), Evaluate(modules, module, EnvWorld.Set));

    private static IReadOnlyDictionary<string, SettingValue> Evaluate(ModuleIndex modules, PythonModule module, EnvWorld world) =>
        new SettingsInterpreter(modules, world).Run(module).Where(p => IsSettingName(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Django only reads upper-case module attributes as settings.</summary>
    private static bool IsSettingName(string name) => name.Length > 0 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_') && !name.StartsWith('_');

    /// <summary>The setting's value in a world: as assigned, else Django's default, else null.</summary>
    public SettingValue? Get(string setting, EnvWorld world) =>
        (world == EnvWorld.Unset ? _unset : _set).GetValueOrDefault(setting) ?? DjangoDefaults.For(setting);

    /// <summary>True when the project assigns the setting (in the unset-variables world).</summary>
    public bool IsAssigned(string setting) => _unset.ContainsKey(setting);

    /// <summary>Every setting the project assigns, by name.</summary>
    public IEnumerable<string> AssignedSettings => _unset.Keys.Order(StringComparer.Ordinal);

    /// <summary><c>item in SETTING</c> for MIDDLEWARE or INSTALLED_APPS; null when the list is not known.</summary>
    public bool? Contains(string setting, string item, EnvWorld world) => Get(setting, world)?.ContainsText(item);
}
