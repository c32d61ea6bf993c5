using Pyarch.Project.Detect;
using Pyarch.Project.Workspace;

namespace Pyarch.Project.Tests;

public sealed class WorkspaceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pyarch-ws-" + Guid.NewGuid().ToString("N")[..8]);

    public WorkspaceTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        string full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Theory]
    [InlineData("build/", "build", true, true)]
    [InlineData("build/", "build", false, null)]
    [InlineData("/top.txt", "top.txt", false, true)]
    [InlineData("/top.txt", "sub/top.txt", false, null)]
    [InlineData("*.log", "deep/er/x.log", false, true)]
    [InlineData("docs/**/*.txt", "docs/a/b/c.txt", false, true)]
    [InlineData("docs/**/*.txt", "src/docs/c.txt", false, null)]
    [InlineData("[a-c].txt", "b.txt", false, true)]
    [InlineData("[z-a].txt", "b.txt", false, null)]
    [InlineData("file[!0-9]", "filex", false, true)]
    [InlineData("file[!0-9]", "file1", false, null)]
    [InlineData("a[!x]b", "a/b", false, null)]
    public void Should_match_gitignore_patterns_as_git_does(string pattern, string path, bool isDirectory, bool? ignored) =>
        Assert.Equal(ignored, GitIgnore.Parse("", pattern).Match(path, isDirectory));

    [Fact]
    public void Should_let_a_later_negation_reinclude_a_file() =>
        Assert.False(GitIgnore.Parse("", "*.txt\n!keep.txt\n").Match("keep.txt", false));

    [Fact]
    public void Should_find_environment_reads_anywhere_in_a_module_and_through_its_wrappers()
    {
        // Given reads in a loop, an assert, a default, a comprehension's condition and a lambda, and a wrapper
        Write("config.py", """
            import os


            def env_str(name):
                return os.environ.get(name, "")


            for origin in os.environ.get("CORS_ORIGINS", "").split(","):
                pass
            assert os.environ["SECRET_KEY"]


            def connect(url=os.getenv("DATABASE_URL")):
                return [h for h in ("a", "b") if os.environ.get("ALLOW_" + h) or os.environ.get("ALLOW_ALL")]


            timeout = lambda: int(os.environ.get("TIMEOUT", "30"))
            region = env_str("AWS_REGION")
            log_level = print("NOT_A_READ")
            """);

        // When it is loaded
        var model = ProjectLoader.Load(_root);

        // Then every literal read is listed in source order, wrapper calls count, and other calls given a name do not
        var module = Assert.Single(model.Modules.Modules);
        Assert.Equal(
            [("CORS_ORIGINS", 8, false), ("SECRET_KEY", 10, true), ("DATABASE_URL", 13, false), ("ALLOW_ALL", 14, false),
             ("TIMEOUT", 17, false), ("AWS_REGION", 18, true)],
            model.Modules.EnvironmentReadsOf(module).Select(r => (r.Name, r.Line, r.Required)));
    }

    [Fact]
    public void Should_skip_ignored_folders_virtualenvs_and_report_a_symlink_loop_once()
    {
        // Given a project with a nested .gitignore, a virtualenv, a cache and a symlink back to the root
        Write("app.py", "import flask\n");
        Write("requirements.txt", "flask\n");
        Write("sub/.gitignore", "generated/\n");
        Write("sub/generated/requirements.txt", "django\n");
        Write("sub/kept/requirements.txt", "celery\n");
        Write("venv/pyvenv.cfg", "home = /usr/bin\n");
        Write("venv/lib/site.py", "import django\n");
        Write("__pycache__/x.py", "import django\n");
        Directory.CreateSymbolicLink(Path.Combine(_root, "sub", "back"), "..");

        // When it is loaded
        var model = ProjectLoader.Load(_root);

        // Then only the project's own files are read, and the loop is one problem naming the link
        Assert.Equal(["requirements.txt", "sub/kept/requirements.txt"], model.RequirementsFiles.Select(r => r.File));
        Assert.Equal(["app.py"], model.Modules.Modules.Select(m => m.Path));
        var problem = Assert.Single(model.Problems);
        Assert.Equal("sub/back", problem.File);
        Assert.Contains("symlink loop", problem.Message);
    }

    [Fact]
    public void Should_walk_a_linked_folder_once_under_its_real_path_and_a_shared_link_target_under_the_first_link()
    {
        // Given a package, a link to it whose name sorts first, and two links to one folder outside the project
        Write("src/pkg/__init__.py", "");
        Write("src/pkg/core.py", "import os\n");
        Directory.CreateSymbolicLink(Path.Combine(_root, "alias"), Path.Combine("src", "pkg"));
        string shared = Path.Combine(Path.GetTempPath(), "pyarch-ws-shared-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "tool.py"), "import sys\n");
        Directory.CreateDirectory(Path.Combine(_root, "vendor"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "vendor", "b"), shared);
        Directory.CreateSymbolicLink(Path.Combine(_root, "vendor", "a"), shared);
        try
        {
            // When the project is walked, several times (folders are listed on all cores)
            var walks = Enumerable.Range(0, 5).Select(_ => ProjectLoader.Load(_root).Tree.Files.Select(f => f.Path).ToList()).ToList();

            // Then the package keeps its real path, the shared folder is walked once under the first link, and
            // every walk agrees
            Assert.Equal(["src/pkg/__init__.py", "src/pkg/core.py", "vendor/a/tool.py"], walks[0]);
            Assert.All(walks, w => Assert.Equal(walks[0], w));
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    [Fact]
    public void Should_list_virtual_environments_and_folders_in_path_order_whatever_thread_found_them()
    {
        foreach (string name in new[] { "zeta", "alpha", "mid", "beta" })
        {
            Write($"{name}-env/pyvenv.cfg", "home = /usr/bin\n");
            Write($"{name}/pkg/mod.py", "import os\n");
        }

        var tree = ProjectLoader.Load(_root).Tree;

        // Reports and fingerprints list these sets as they enumerate
        Assert.Equal(["alpha-env", "beta-env", "mid-env", "zeta-env"], tree.VirtualEnvironments.ToList());
        Assert.Equal(tree.Directories.Order(StringComparer.Ordinal).ToList(), tree.Directories.ToList());
    }

    [Fact]
    public void Should_report_binary_huge_and_undecodable_files_once_and_still_detect()
    {
        Write("app.py", "from fastapi import FastAPI\napp = FastAPI()\n");
        File.WriteAllBytes(Path.Combine(_root, "blob.py"), [0x69, 0x6d, 0x00, 0x01]);
        File.WriteAllBytes(Path.Combine(_root, "requirements.txt"), [0x66, 0x61, 0xff, 0x0a]);
        File.WriteAllText(Path.Combine(_root, "huge.py"), new string('#', 9 * 1024 * 1024));

        var result = ProjectDetector.Detect(_root);

        Assert.Equal("fastapi", result.PrimaryFramework);
        Assert.Equal(["blob.py", "huge.py", "requirements.txt"], result.Problems.Select(p => p.File));
        Assert.Contains("binary", result.Problems[0].Message);
        Assert.Contains("MiB", result.Problems[1].Message);
        Assert.Contains("UTF-8", result.Problems[2].Message);
    }

    [Theory]
    [InlineData("gunicorn -w 4 app:app", "gunicorn")]
    [InlineData("exec env PORT=8000 python -m uvicorn app.main:app", "uvicorn")]
    [InlineData("sh -c 'poetry run celery -A proj worker'", "celery")]
    [InlineData("newrelic-admin run-program gunicorn app:app", "newrelic-admin,gunicorn")]
    [InlineData("gunicorn -k uvicorn.workers.UvicornWorker main:app", "uvicorn,gunicorn")]
    [InlineData("python manage.py migrate && daphne proj.asgi:application", "python,daphne")]
    public void Should_find_the_programs_a_deployment_command_runs(string command, string programs) =>
        Assert.Equal(programs.Split(','), CommandWords.Programs(command));

    [Fact]
    public void Should_give_each_program_its_arguments_and_the_assignments_before_it()
    {
        var invocations = CommandWords.Invocations("WEB_CONCURRENCY=3 exec python -m gunicorn -w 2 app:app && flask run").ToList();

        Assert.Equal(["gunicorn", "flask"], invocations.Select(i => i.Program));
        Assert.Equal(["-w", "2", "app:app"], invocations[0].Arguments);
        Assert.Equal(["WEB_CONCURRENCY=3"], invocations[0].Assignments);
        Assert.Equal(["run"], invocations[1].Arguments);
    }
}
