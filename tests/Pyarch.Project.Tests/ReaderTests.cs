using Pyarch.Project.Deployment;
using Pyarch.Project.Formats;
using Pyarch.Project.Manifests;

namespace Pyarch.Project.Tests;

public sealed class ReaderTests
{
    [Fact]
    public void Should_read_toml_tables_arrays_and_the_line_of_each_value()
    {
        // Given a pyproject-like document with every TOML shape pyarch meets
        const string Source = """
            [project]
            name = "demo" # trailing comment
            dependencies = [
                "flask>=3",
                'requests',
            ]
            optional-dependencies.dev = ["pytest"]

            [[tool.hatch.envs.matrix]]
            python = ["3.11", "3.12"]
            [[tool.hatch.envs.matrix]]
            python = ["3.13"]

            [tool.poetry.dependencies]
            django = { version = "^4.2", extras = ["bcrypt"] }
            doc = '''
            multi
            line'''
            when = 1979-05-27 07:32:00Z
            hex = 0xff
            """;

        // When it is read
        var result = TomlReader.Read("pyproject.toml", Source);

        // Then values keep their types and lines
        Assert.Null(result.Problem);
        var doc = result.Document!;
        var deps = (TomlValue.Array)doc.Find("project.dependencies")!;
        Assert.Equal([4, 5], deps.Items.Select(i => i.Line));
        Assert.Equal("pytest", ((TomlValue.Str)((TomlValue.Array)doc.Find("project.optional-dependencies.dev")!).Items[0]).Value);
        Assert.Equal(2, ((TomlValue.Array)doc.Find("tool.hatch.envs.matrix")!).Items.Count);
        Assert.Equal("^4.2", ((TomlValue.Table)doc.Find("tool.poetry.dependencies.django")!).GetString("version"));
        Assert.Equal("multi\nline", ((TomlValue.Str)doc.Find("tool.poetry.dependencies.doc")!).Value);
        Assert.Equal(19, doc.Find("tool.poetry.dependencies.when")!.Line);
        Assert.Equal(255, ((TomlValue.Integer)doc.Find("tool.poetry.dependencies.hex")!).Value);
    }

    [Theory]
    [InlineData("a = [1, 2\nb = 3\n", 2)]
    [InlineData("[a]\nx = 1\n[a]\n", 3)]
    [InlineData("name = unquoted\n", 1)]
    [InlineData("s = \"open\n", 1)]
    public void Should_report_invalid_toml_once_with_its_line(string text, int line)
    {
        var result = TomlReader.Read("pyproject.toml", text);

        Assert.Null(result.Document);
        Assert.Equal(line, result.Problem!.Line);
        Assert.StartsWith("invalid TOML", result.Problem.Message);
    }

    [Fact]
    public void Should_read_every_requirements_line_shape_pip_accepts()
    {
        // Given a requirements file with includes, continuations, hashes, editables, URLs and markers
        const string Source = """
            -r base.txt
            -c constraints.txt
            --index-url https://example.org/simple
            Django[bcrypt]==4.2.11 \
                --hash=sha256:0123
            -e git+https://github.com/org/lib.git@v1#egg=my_lib
            https://files.example.org/Flask_Cors-4.0.0-py3-none-any.whl
            requests>=2.31 ; python_version >= "3.8"  # http
            pkg @ https://example.org/pkg.zip
            ./local/path
            not a requirement
            """;

        // When it is read as requirements-dev.txt
        var file = RequirementsReader.Read("requirements-dev.txt", Source);

        // Then each requirement is normalized and located
        Assert.Equal(["base.txt"], file.Includes.Select(i => i.Target));
        Assert.Equal(["constraints.txt"], file.Constraints.Select(c => c.Target));
        Assert.Equal(["django", "my-lib", "flask-cors", "requests", "pkg"], file.Requirements.Select(r => r.Name));
        var django = file.Requirements[0];
        Assert.Equal(("==4.2.11", 4, "dev"), (django.Specifier, django.Line, django.Group));
        Assert.Equal(["bcrypt"], django.Extras);
        Assert.True(file.Requirements[1].Editable);
        Assert.Equal("python_version >= \"3.8\"", file.Requirements[3].Marker);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(11, problem.Line);
    }

    [Theory]
    [InlineData("^4.2", ">=4.2,<5")]
    [InlineData("^0.2.3", ">=0.2.3,<0.3")]
    [InlineData("~1.2", ">=1.2,<1.3")]
    [InlineData("4.2.1", "==4.2.1")]
    [InlineData("*", "")]
    [InlineData(">=2.0,<3", ">=2.0,<3")]
    public void Should_turn_poetry_constraints_into_pep440_specifiers(string poetry, string pep440) =>
        Assert.Equal(pep440, PoetryConstraint.ToSpecifier(poetry));

    [Fact]
    public void Should_read_dockerfile_stages_continuations_heredocs_and_forms()
    {
        const string Source = """
            ARG PY=3.12
            FROM python:${PY}-slim AS build
            RUN pip install \
                # a comment inside a continuation is dropped
                gunicorn
            RUN <<EOF
            echo CMD not an instruction
            EOF
            FROM python:${PY}-slim
            ENTRYPOINT ["/bin/sh", "-c"]
            CMD gunicorn app:app
            """;

        var dockerfile = DockerfileReader.Read("Dockerfile", Source);

        Assert.Empty(dockerfile.Problems);
        Assert.Equal(["build", null], dockerfile.Stages.Select(s => s.Name));
        Assert.Equal("pip install  gunicorn", dockerfile.Stages[0].Instructions[0].Arguments.Replace("   ", " ", StringComparison.Ordinal));
        Assert.Equal("echo CMD not an instruction", dockerfile.Stages[0].Instructions[1].Heredocs[0]);
        var start = dockerfile.StartCommands.ToList();
        Assert.Equal(["/bin/sh", "-c"], start[0].ExecForm!);
        Assert.Null(start[1].ExecForm);
        Assert.Equal(11, start[1].Line);
    }

    [Fact]
    public void Should_report_an_unterminated_heredoc_at_its_instruction()
    {
        var dockerfile = DockerfileReader.Read("Dockerfile", "FROM python\nRUN <<-SCRIPT\n\techo hi\nCMD [\"x\"]\n");

        var problem = Assert.Single(dockerfile.Problems);
        Assert.Equal((2, "unterminated heredoc: no line 'SCRIPT' closes <<SCRIPT"), (problem.Line, problem.Message));
    }

    [Fact]
    public void Should_read_compose_commands_in_string_and_list_form_with_their_lines()
    {
        const string Source = "services:\n  web:\n    build:\n      context: ./web\n      dockerfile: Dockerfile.prod\n    command: [\"gunicorn\", \"app:app\"]\n  worker:\n    entrypoint: celery -A app worker\n";

        var compose = ComposeReader.Read("deploy/docker-compose.yml", Source);

        Assert.Equal([("gunicorn app:app", 6), ("celery -A app worker", 8)], compose.Commands.Select(c => (c.Text, c.Line)));
        Assert.Equal(["deploy/web/Dockerfile.prod"], compose.Dockerfiles);
    }

    [Fact]
    public void Should_read_compose_environment_names_and_whether_each_has_a_value()
    {
        const string Source = "services:\n  web:\n    environment:\n      DEBUG: \"0\"\n      TOKEN:\n  worker:\n    environment:\n      - QUEUE=default\n      - HOST_VAR\n";

        var compose = ComposeReader.Read("docker-compose.yml", Source);

        Assert.Equal([("DEBUG", 4, true), ("TOKEN", 5, false), ("QUEUE", 8, true), ("HOST_VAR", 9, false)], compose.Environment.Select(v => (v.Name, v.Line, v.HasValue)));
    }

    [Fact]
    public void Should_read_the_variables_of_env_and_arg_instructions_without_their_values()
    {
        var dockerfile = DockerfileReader.Read("Dockerfile", "ARG PY\nFROM python\nENV A=1 B=\"x y\" C=\nENV LEGACY some value\nARG TAG=latest\n");

        var variables = dockerfile.GlobalArgs.Concat(dockerfile.Stages[0].Instructions).SelectMany(i => i.Variables("Dockerfile"));

        Assert.Equal([("PY", false), ("A", true), ("B", true), ("C", false), ("LEGACY", true), ("TAG", true)], variables.Select(v => (v.Name, v.HasValue)));
    }

    [Fact]
    public void Should_tell_env_lines_with_a_value_from_empty_ones()
    {
        var (variables, problems) = EnvFileReader.Read(".env", "SECRET=abc\nEMPTY=\nQUOTED=\"\"\nexport COMMENT= # later\n");

        Assert.Empty(problems);
        Assert.Equal([("SECRET", true), ("EMPTY", false), ("QUOTED", false), ("COMMENT", false)], variables.Select(v => (v.Name, v.HasValue)));
    }

    [Fact]
    public void Should_read_conda_packages_pip_section_and_python_version()
    {
        const string Source = "name: x\nchannels: [conda-forge]\ndependencies:\n  - python=3.11\n  - conda-forge::numpy>=1.26\n  - pip:\n    - Django>=4.2\n";

        var manifest = CondaEnvironmentReader.Read("environment.yml", Source);

        Assert.Equal("==3.11.*", manifest.RequiresPython!.Value);
        Assert.Equal([("numpy", ">=1.26", 5), ("django", ">=4.2", 7)], manifest.Requirements.Select(r => (r.Name, r.Specifier, r.Line)));
    }

    [Fact]
    public void Should_read_setup_cfg_requirements_with_the_line_of_each()
    {
        const string Source = "[options]\ninstall_requires =\n    flask>=3\n    # comment\n    gunicorn\npython_requires = >=3.9\n\n[options.extras_require]\ndev = pytest\n";

        var manifest = SetupCfgReader.Read("setup.cfg", Source);

        Assert.Equal([("flask", 3, null), ("gunicorn", 5, null), ("pytest", 9, "dev")], manifest.Requirements.Select(r => (r.Name, r.Line, r.Group)));
        Assert.Equal(">=3.9", manifest.RequiresPython!.Value);
    }
}
