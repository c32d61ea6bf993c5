namespace Pyarch.Deploy;

/// <summary>One file <c>pyarch deploy</c> writes: its path relative to the project root (<c>/</c> separators) and its text.</summary>
public sealed record GeneratedFile(string Path, string Text);
