namespace Pyarch.Project.Modules;

/// <summary>
/// An environment variable the code reads: its name, the 1-based line, and whether the read has no default.
/// <see cref="Via"/> names the project function called with the name (<c>env_str("DEBUG")</c>), or the class whose field
/// it is when that class derives from project classes; such a read counts only when that function is an environment
/// wrapper (see <see cref="PythonModule.EnvironmentWrappers"/>) or that class proves to be pydantic settings
/// (<see cref="PythonModule.SettingsClasses"/>).
/// </summary>
public sealed record EnvironmentRead(string Name, int Line, bool Required, string? Via = null);
