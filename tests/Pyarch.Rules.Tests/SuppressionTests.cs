namespace Pyarch.Rules.Tests;

public sealed class SuppressionTests
{
    private static CheckResult Check(TempProject project, params Rule[] rules) => new RuleEngine(rules).Check(project.Root);

    [Fact]
    public void Should_suppress_python_findings_by_pyarch_ignore_noqa_and_ignore_file()
    {
        // Given: four debug runs, three of them suppressed in three ways, one string that only looks like a comment
        using var project = new TempProject(
            ("app.py", """
                from flask import Flask

                app = Flask(__name__)
                app.run(debug=True)  # pyarch: ignore[PA311, PA998]
                app.run(debug=True)  # noqa: E501,PA311
                app.run(debug=True)  # type: ignore # noqa
                app.run(debug=True, host="# noqa")
                """),
            ("other.py", "# pyarch: ignore-file[PA311]\nfrom flask import Flask\n\napp = Flask(__name__)\napp.run(debug=True)\n"));

        // When
        var result = Check(project, new Rules.Security.FlaskDebugTrue(), new MarkerRule());

        // Then
        Assert.Equal([7], result.Findings.Select(f => f.Line));
        Assert.Equal(
            [("app.py", 4, "pyarch: ignore"), ("app.py", 5, "noqa"), ("app.py", 6, "noqa"), ("other.py", 5, "pyarch: ignore-file")],
            result.Suppressed.Select(s => (s.Finding.File!, s.Finding.Line, s.By)));
        // PA998 ran and found nothing on line 4: that half of the comment is stale.
        var unused = Assert.Single(result.UnusedSuppressions);
        Assert.Equal(("app.py", 4, "PA998", "unused"), (unused.File, unused.Line, unused.Code, unused.Reason));
    }

    [Fact]
    public void Should_report_unknown_codes_and_suppressions_of_nothing()
    {
        // A bare noqa is every linter's (flake8 may need it), so pyarch does not call it unused; a bare pyarch: ignore is pyarch's.
        using var project = new TempProject(("app.py", "x = 1  # pyarch: ignore[PA311]\ny = 2  # noqa\nz = 3  # pyarch: ignore[PA000]\nw = 4  # pyarch: ignore\n"));

        var result = Check(project, new Rules.Security.FlaskDebugTrue());

        Assert.Equal(
            [(1, "PA311", "unused"), (3, "PA000", "unknown code"), (4, null, "unused")],
            result.UnusedSuppressions.Select(u => (u.Line, u.Code, u.Reason)));
    }

    [Fact]
    public void Should_apply_an_own_line_comment_to_the_next_line_in_other_files()
    {
        // Given: a Dockerfile and a .env, where a trailing # would change the instruction or the value
        using var project = new TempProject(
            ("Dockerfile", "FROM python:3.12\n# pyarch: ignore[PA998]\nRUN echo FLAGME\nRUN echo FLAGME\n"),
            (".env", "A=FLAGME # noqa: PA998\nB=FLAGME\n"));

        // When
        var result = Check(project, new MarkerRule());

        // Then
        Assert.Equal([(".env", 2), ("Dockerfile", 4)], result.Findings.Select(f => (f.File!, f.Line)));
        Assert.Equal([(".env", 1, "noqa"), ("Dockerfile", 3, "pyarch: ignore")], result.Suppressed.Select(s => (s.Finding.File!, s.Finding.Line, s.By)));
        Assert.Empty(result.UnusedSuppressions);
    }
}
