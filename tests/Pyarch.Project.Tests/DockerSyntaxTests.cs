using Pyarch.Project.Deployment;
using Pyarch.Project.Workspace;

namespace Pyarch.Project.Tests;

public sealed class DockerSyntaxTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pyarch-docker-" + Guid.NewGuid().ToString("N")[..8]);

    public DockerSyntaxTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Should_split_a_run_script_into_commands_as_sh_reads_it()
    {
        // Given a RUN body with quotes, operators, a redirection, a substitution and an if
        const string Script = "PIP_NO_CACHE_DIR=1 pip install \"flask>=3\" 'a b' && echo x > /dev/null 2>&1; "
            + "if true; then apt-get install -y $(cat pkgs) ; fi | tee log # pip install commented";

        // When it is split
        var commands = ShellWords.Commands(Script);

        // Then each simple command keeps its words, without quotes, redirections or reserved words
        Assert.Equal(["pip install flask>=3 a b", "echo x", "true", "apt-get install -y $(cat pkgs)", "tee log"], commands.Select(c => string.Join(' ', c.Words)));
        Assert.Equal(["PIP_NO_CACHE_DIR=1"], commands[0].Assignments);
        Assert.Equal("pip", commands[0].Program);
    }

    [Fact]
    public void Should_split_env_words_at_blanks_only() =>
        Assert.Equal(["A=1", "B=two words", "C=x;y"], ShellWords.Split("A=1 B=\"two words\" C=x;y"));

    [Theory]
    [InlineData(".env", ".env", true)]
    [InlineData(".env", "config/.env", false)]
    [InlineData("**/.env", "config/.env", true)]
    [InlineData("/venv", "venv/lib/site.py", true)]
    [InlineData("*.pyc", "pkg/mod.pyc", false)]
    [InlineData(".env*\n!.env.example", ".env.example", false)]
    [InlineData(".git", ".git", true)]
    public void Should_match_dockerignore_patterns_from_the_context_root(string patterns, string path, bool excluded) =>
        Assert.Equal(excluded, DockerIgnore.Read(".dockerignore", patterns).Excludes(path));

    [Fact]
    public void Should_list_the_entries_the_walk_left_out_and_which_are_virtualenvs()
    {
        // Given a project with a git folder, a git-ignored .env, a named virtualenv and a cache
        foreach (var (path, text) in new[] { (".git/HEAD", "ref"), (".gitignore", ".env\n"), (".env", "A=1"), ("env/pyvenv.cfg", "home=/usr"), ("__pycache__/x.pyc", ""), ("app.py", "") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, path))!);
            File.WriteAllText(Path.Combine(_root, path), text);
        }

        // When it is loaded
        var tree = ProjectLoader.Load(_root).Tree;

        // Then what a Docker build context would still hold is known
        Assert.Equal([".env", ".git/", "__pycache__/", "env/"], tree.Unwalked);
        Assert.Equal(["env"], tree.VirtualEnvironments);
        Assert.Equal(FileKind.DockerIgnore, FileKinds.Classify("docker/Dockerfile.dockerignore"));
    }
}
