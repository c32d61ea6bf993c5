namespace Pyarch.Rules;

/// <summary>How serious a finding is; written in lower case (<c>error</c>, <c>warning</c>, <c>info</c>) in every output.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
