namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>db_drivers</c> category. <c>sqlite3</c> is the standard library's, so it counts on import or a literal Django engine.</summary>
public static class DbDrivers
{
    public const string Psycopg2 = "psycopg2";
    public const string Psycopg = "psycopg";
    public const string Asyncpg = "asyncpg";
    public const string Mysqlclient = "mysqlclient";
    public const string Pymysql = "pymysql";
    public const string Aiomysql = "aiomysql";
    public const string Sqlite3 = "sqlite3";
    public const string Pymongo = "pymongo";
    public const string Motor = "motor";

    private const string C = StackCategory.DbDrivers;

    public static readonly Technology[] All =
    [
        new(Psycopg2, C) { Distributions = ["psycopg2", "psycopg2-binary"], Imports = ["psycopg2"] },
        new(Psycopg, C) { Distributions = ["psycopg", "psycopg-binary", "psycopg-pool"], Imports = ["psycopg", "psycopg_pool"] },
        new(Asyncpg, C) { Distributions = ["asyncpg"], Imports = ["asyncpg"] },
        new(Mysqlclient, C) { Distributions = ["mysqlclient"], Imports = ["MySQLdb"] },
        new(Pymysql, C) { Distributions = ["pymysql"], Imports = ["pymysql"] },
        new(Aiomysql, C) { Distributions = ["aiomysql"], Imports = ["aiomysql"] },
        new(Sqlite3, C) { Imports = ["sqlite3"], ImportOnly = true, Settings = ["django.db.backends.sqlite3"] },
        new(Pymongo, C) { Distributions = ["pymongo"], Imports = ["pymongo"] },
        new(Motor, C) { Distributions = ["motor"], Imports = ["motor"] },
    ];
}
