namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>orm</c> category. The Django ORM counts for every Django project (see the detector).</summary>
public static class Orm
{
    public const string DjangoOrm = "django-orm";
    public const string Sqlalchemy = "sqlalchemy";
    public const string FlaskSqlalchemy = "flask-sqlalchemy";
    public const string Sqlmodel = "sqlmodel";
    public const string Tortoise = "tortoise";
    public const string Peewee = "peewee";
    public const string Pony = "pony";

    private const string C = StackCategory.Orm;

    public static readonly Technology[] All =
    [
        new(DjangoOrm, C),
        new(Sqlalchemy, C) { Distributions = ["sqlalchemy"], Imports = ["sqlalchemy"] },
        new(FlaskSqlalchemy, C) { Distributions = ["flask-sqlalchemy"], Imports = ["flask_sqlalchemy"] },
        new(Sqlmodel, C) { Distributions = ["sqlmodel"], Imports = ["sqlmodel"] },
        new(Tortoise, C) { Distributions = ["tortoise-orm"], Imports = ["tortoise"] },
        new(Peewee, C) { Distributions = ["peewee"], Imports = ["peewee", "playhouse"] },
        new(Pony, C) { Distributions = ["pony"], Imports = ["pony"] },
    ];
}
