namespace Pyarch.Project.Modules;

/// <summary>
/// A class whose fields pydantic reads from the environment, by dotted name: it derives from <c>BaseSettings</c>
/// itself (<see cref="Base"/> null), or from the project class named by <see cref="Base"/>, and then is settings when
/// that class is (settled by <see cref="ModuleIndex"/> once every module is known).
/// </summary>
public sealed record PydanticSettingsClass(string Name, string? Base);
