namespace Pyarch.Project.Knowledge;

/// <summary>A production server: the interface it serves and how it is started for a target (<c>{target}</c>).</summary>
public sealed record Server(string Id, string Interface, string CommandTemplate);
