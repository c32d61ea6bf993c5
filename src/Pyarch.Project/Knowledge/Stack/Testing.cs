namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>testing</c> category. <c>unittest</c> counts on import only (<c>unittest.mock</c> included).</summary>
public static class Testing
{
    public const string Pytest = "pytest";
    public const string Unittest = "unittest";
    public const string Nose2 = "nose2";
    public const string PytestCov = "pytest-cov";
    public const string FactoryBoy = "factory-boy";
    public const string Faker = "faker";
    public const string Responses = "responses";
    public const string Httpx = "httpx";
    public const string PytestDjango = "pytest-django";
    public const string Hypothesis = "hypothesis";
    public const string Tox = "tox";
    public const string Nox = "nox";

    private const string C = StackCategory.Testing;

    public static readonly Technology[] All =
    [
        new(Pytest, C)
        {
            Distributions = ["pytest"], Imports = ["pytest"], Files = ["pytest.ini", "conftest.py"], Sections = ["pytest"], Executables = ["pytest", "py.test"],
        },
        new(Unittest, C) { Imports = ["unittest"], ImportOnly = true },
        new(Nose2, C) { Distributions = ["nose2"], Imports = ["nose2"], Files = ["nose2.cfg", ".nose2.cfg"], Executables = ["nose2"] },
        new(PytestCov, C) { Distributions = ["pytest-cov"], Imports = ["pytest_cov"] },
        new(FactoryBoy, C) { Distributions = ["factory-boy"], Imports = ["factory"] },
        new(Faker, C) { Distributions = ["faker"], Imports = ["faker"] },
        new(Responses, C) { Distributions = ["responses"], Imports = ["responses"] },
        new(Httpx, C) { Distributions = ["httpx"], Imports = ["httpx"] },
        new(PytestDjango, C) { Distributions = ["pytest-django"], Imports = ["pytest_django"] },
        new(Hypothesis, C) { Distributions = ["hypothesis"], Imports = ["hypothesis"] },
        new(Tox, C) { Distributions = ["tox"], Files = ["tox.ini"], Sections = ["tox"], Executables = ["tox"] },
        new(Nox, C) { Distributions = ["nox"], Imports = ["nox"], Files = ["noxfile.py"], Executables = ["nox"] },
    ];
}
