namespace Pyarch.Text;

/// <summary>A position as people and CPython count it: a 1-based line and a 0-based column in UTF-8 bytes.</summary>
public readonly record struct Location(OneIndexed Line, int Utf8Column);
