namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>migrations</c> category. Django's count when apps have <c>migrations/</c> packages (see the detector).</summary>
public static class Migrations
{
    public const string DjangoMigrations = "django-migrations";
    public const string Alembic = "alembic";
    public const string FlaskMigrate = "flask-migrate";
    public const string Aerich = "aerich";

    private const string C = StackCategory.Migrations;

    public static readonly Technology[] All =
    [
        new(DjangoMigrations, C),
        new(Alembic, C) { Distributions = ["alembic"], Imports = ["alembic"], Files = ["alembic.ini"], Executables = ["alembic"] },
        new(FlaskMigrate, C) { Distributions = ["flask-migrate"], Imports = ["flask_migrate"] },
        new(Aerich, C) { Distributions = ["aerich"], Imports = ["aerich"], Sections = ["aerich"], Executables = ["aerich"] },
    ];
}
