namespace Pyarch.Project.Settings;

/// <summary>The type an environment read yields: <c>Str</c> unless the reading call converts it (<c>env.bool</c>, <c>cast=int</c>).</summary>
public enum EnvCast
{
    Str,
    Bool,
    Int,
    Float,
    List,
    Dict,

    /// <summary>Converted to something pyarch does not model (a database URL, JSON, a custom callable).</summary>
    Other,
}
