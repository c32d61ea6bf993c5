using Pyarch.Project;

namespace Pyarch.Rules.Configuration;

/// <summary>A configuration, or the one error that makes it unusable (file, line and what is wrong).</summary>
public sealed record ConfigurationResult(PyarchConfiguration Configuration, Problem? Error);
