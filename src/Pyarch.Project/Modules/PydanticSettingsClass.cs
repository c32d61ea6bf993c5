namespace Pyarch.Project.Modules;

/// <summary>
/// A class whose fields pydantic may read from the environment, by dotted name: it derives from <c>BaseSettings</c>
/// itself (no <see cref="ProjectBases"/>), or from the project classes named by <see cref="ProjectBases"/>, and then
/// is settings when one of them is (settled by <see cref="ModuleIndex"/> once every module is known).
/// </summary>
public sealed record PydanticSettingsClass(string Name, IReadOnlyList<string> ProjectBases);
