namespace Pyarch.Project.Deployment;

/// <summary>A command a deployment runs (<c>CMD</c>, a Procfile process, a compose <c>command</c>, ...), with where it is written.</summary>
public sealed record ServiceCommand(string File, int Line, string Text, string Origin);
