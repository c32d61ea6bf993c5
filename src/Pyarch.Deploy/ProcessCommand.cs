using Pyarch.Project;

namespace Pyarch.Deploy;

/// <summary>A process the deployment runs besides the web server (<c>release</c>, <c>worker</c>, <c>beat</c>): its argv and why.</summary>
public sealed record ProcessCommand(string Name, IReadOnlyList<string> Words, Evidence Evidence);
