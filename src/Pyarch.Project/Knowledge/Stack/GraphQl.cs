namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>graphql</c> category.</summary>
public static class GraphQl
{
    public const string Graphene = "graphene";
    public const string GrapheneDjango = "graphene-django";
    public const string Strawberry = "strawberry";
    public const string Ariadne = "ariadne";

    private const string C = StackCategory.GraphQl;

    public static readonly Technology[] All =
    [
        new(Graphene, C) { Distributions = ["graphene", "graphene-sqlalchemy"], Imports = ["graphene", "graphene_sqlalchemy"] },
        new(GrapheneDjango, C) { Distributions = ["graphene-django"], Imports = ["graphene_django"], Settings = ["graphene_django"] },
        new(Strawberry, C) { Distributions = ["strawberry-graphql", "strawberry-graphql-django"], Imports = ["strawberry", "strawberry_django"], Settings = ["strawberry_django", "strawberry.django"] },
        new(Ariadne, C) { Distributions = ["ariadne", "ariadne-django"], Imports = ["ariadne", "ariadne_django"], Settings = ["ariadne_django"] },
    ];
}
