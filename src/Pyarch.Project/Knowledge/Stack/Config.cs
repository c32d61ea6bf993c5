namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>config</c> category: libraries that read settings from the environment.</summary>
public static class Config
{
    public const string PythonDotenv = "python-dotenv";
    public const string DjangoEnviron = "django-environ";
    public const string PydanticSettings = "pydantic-settings";
    public const string Dynaconf = "dynaconf";
    public const string PythonDecouple = "python-decouple";

    private const string C = StackCategory.Config;

    public static readonly Technology[] All =
    [
        new(PythonDotenv, C) { Distributions = ["python-dotenv"], Imports = ["dotenv"] },
        new(DjangoEnviron, C) { Distributions = ["django-environ"], Imports = ["environ"] },
        new(PydanticSettings, C) { Distributions = ["pydantic-settings"], Imports = ["pydantic_settings"] },
        new(Dynaconf, C) { Distributions = ["dynaconf"], Imports = ["dynaconf"] },
        new(PythonDecouple, C) { Distributions = ["python-decouple"], Imports = ["decouple"] },
    ];
}
