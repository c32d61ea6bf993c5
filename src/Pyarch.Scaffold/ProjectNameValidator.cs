using System.Text.RegularExpressions;

namespace Pyarch.Scaffold;

/// <summary>
/// Checks a project name before anything is written. The name becomes a folder, a distribution name and,
/// with <c>-</c> turned into <c>_</c>, an importable package, so it must not shadow a module that the
/// project itself imports: a project named <c>logging</c> or <c>django</c> fails at its first import.
/// </summary>
public static partial class ProjectNameValidator
{
    // sys.stdlib_module_names of CPython 3.13 (top-level, public), plus modules removed in 3.12/3.13
    // that users of older interpreters still import.
    private static readonly HashSet<string> StandardLibrary = new(StringComparer.Ordinal)
    {
        "abc", "aifc", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit", "audioop",
        "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb",
        "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall",
        "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv",
        "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils",
        "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp",
        "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "getopt", "getpass", "gettext",
        "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib",
        "imghdr", "imp", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3",
        "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap",
        "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "numbers",
        "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes",
        "pkgutil", "platform", "plistlib", "poplib", "posix", "pprint", "profile", "pstats", "pty", "pwd",
        "py_compile", "pyclbr", "pydoc", "queue", "quopri", "random", "re", "readline", "reprlib",
        "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex",
        "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd",
        "sqlite3", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau",
        "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios",
        "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace",
        "traceback", "tracemalloc", "tty", "turtle", "types", "typing", "unicodedata", "unittest", "urllib",
        "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref",
        "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
    };

    // What generated projects import: a package of the same name would hide the real one.
    private static readonly HashSet<string> Frameworks = new(StringComparer.Ordinal)
    {
        "alembic", "celery", "django", "fastapi", "flask", "flask_sqlalchemy", "graphene", "gunicorn",
        "httpx", "jinja2", "marshmallow", "matplotlib", "numpy", "pandas", "prometheus_client", "pydantic",
        "pytest", "redis", "rest_framework", "rq", "sentry_sdk", "sklearn", "sqlalchemy", "starlette",
        "structlog", "uvicorn", "werkzeug",
    };

    // Folders and packages the templates create next to the project package.
    private static readonly HashSet<string> TemplateNames = new(StringComparer.Ordinal)
    {
        "alembic", "app", "apps", "config", "data", "items", "migrations", "notebooks", "orders", "products",
        "src", "static", "templates", "tests", "users",
    };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "match", "case", "type", "_",
    };

    /// <summary>The importable package name for <paramref name="name"/>, or a <see cref="ScaffoldError"/>.</summary>
    public static string ToPackage(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ScaffoldError("a project name is required, e.g. `pyarch new fastapi shop_api`");
        }
        if (!NamePattern().IsMatch(name))
        {
            throw new ScaffoldError(
                $"'{name}' is not a valid project name: use lowercase letters, digits, '_' or '-', starting with a letter (e.g. shop_api)");
        }
        string package = name.Replace('-', '_');
        if (Keywords.Contains(package))
        {
            throw new ScaffoldError($"'{name}' is a Python keyword and cannot be imported; choose another name");
        }
        if (StandardLibrary.Contains(package))
        {
            throw new ScaffoldError($"'{name}' would shadow the standard-library module '{package}'; choose another name");
        }
        if (Frameworks.Contains(package))
        {
            throw new ScaffoldError($"'{name}' would shadow the '{package}' package the project imports; choose another name");
        }
        if (TemplateNames.Contains(package))
        {
            throw new ScaffoldError($"'{name}' collides with the '{package}' folder the templates create; choose another name");
        }
        return package;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex NamePattern();
}
