namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>validation</c> category. DRF serializers count when the project defines one (see the detector).</summary>
public static class Validation
{
    public const string Pydantic = "pydantic";
    public const string Marshmallow = "marshmallow";
    public const string DrfSerializers = "drf-serializers";
    public const string Cerberus = "cerberus";
    public const string Attrs = "attrs";

    private const string C = StackCategory.Validation;

    public static readonly Technology[] All =
    [
        new(Pydantic, C) { Distributions = ["pydantic"], Imports = ["pydantic"] },
        new(Marshmallow, C) { Distributions = ["marshmallow", "flask-marshmallow", "marshmallow-sqlalchemy"], Imports = ["marshmallow", "flask_marshmallow"] },
        new(DrfSerializers, C),
        new(Cerberus, C) { Distributions = ["cerberus"], Imports = ["cerberus"] },
        new(Attrs, C) { Distributions = ["attrs"], Imports = ["attr", "attrs"] },
    ];
}
