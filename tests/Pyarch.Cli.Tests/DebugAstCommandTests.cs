using System.Text.Json;
using Pyarch.Tests;

namespace Pyarch.Cli.Tests;

public sealed class DebugAstCommandTests
{
    [Fact]
    public void Should_exit_2_when_a_path_does_not_exist()
    {
        using var dir = new TempDirectory();
        string good = dir.Write("good.py", "x = 1\n");

        var run = CliRun.Of("debug", "ast", "--json", good, Path.Combine(dir.Path, "missing.py"));

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("missing.py", run.Stderr);
    }

    [Fact]
    public void Should_exit_2_when_the_list_file_does_not_exist()
    {
        var run = CliRun.Of("debug", "ast", "--list", "/nonexistent/list.txt");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Contains("list", run.Stderr);
    }

    [Fact]
    public void Should_exit_2_when_no_file_is_given()
    {
        Assert.Equal(ExitCode.Error, CliRun.Of("debug", "ast", "--json").ExitCode);
    }

    [Fact]
    public void Should_write_one_json_line_per_file_in_the_order_given_even_when_parsed_in_parallel()
    {
        // Given: 40 files, given in reverse order, half by --list
        using var dir = new TempDirectory();
        var paths = Enumerable.Range(0, 40).Select(i => dir.Write($"m{i:00}.py", string.Concat(Enumerable.Repeat($"v{i} = {i}\n", i * 50)))).Reverse().ToList();
        string list = dir.Write("list.txt", string.Join("\n", paths.Skip(20)) + "\n\n");

        // When
        var run = CliRun.Of(["debug", "ast", "--json", .. paths.Take(20), "--list", list]);

        // Then: the "file" of each line is the path as given, in order
        var files = run.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()!).ToList();
        Assert.Equal(paths, files);
    }

    [Fact]
    public void Should_expand_directories_and_keep_the_order_of_a_list_long_enough_to_be_looked_up_on_several_threads()
    {
        // Given: 1,200 files by --list, with a directory of two files in the second half
        using var dir = new TempDirectory();
        var files = Enumerable.Range(0, 1200).Select(i => dir.Write($"f/m{i:0000}.py", $"v = {i}\n")).ToList();
        dir.Write("pkg/b.py", "b = 2\n");
        dir.Write("pkg/a.py", "a = 1\n");
        string list = dir.Write("list.txt", string.Join("\n", [.. files.Take(900), Path.Combine(dir.Path, "pkg"), .. files.Skip(900)]));

        // When
        var run = CliRun.Of("debug", "ast", "--json", "--list", list);

        // Then: the directory's files, sorted, stand where the directory was given
        var parsed = run.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()!).ToList();
        Assert.Equal([.. files.Take(900), Path.Combine(dir.Path, "pkg", "a.py"), Path.Combine(dir.Path, "pkg", "b.py"), .. files.Skip(900)], parsed);
    }

    [Fact]
    public void Should_name_each_missing_path_of_a_long_list_in_the_order_given()
    {
        // Given: 1,200 paths by --list, two of them missing, one in each half
        using var dir = new TempDirectory();
        var files = Enumerable.Range(0, 1200).Select(i => dir.Write($"m{i:0000}.py", "x = 1\n")).ToList();
        files[100] = Path.Combine(dir.Path, "gone-first.py");
        files[1100] = Path.Combine(dir.Path, "gone-second.py");
        string list = dir.Write("list.txt", string.Join("\n", files));

        // When
        var run = CliRun.Of("debug", "ast", "--list", list);

        // Then: nothing is parsed, and each missing path has its line
        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal([$"pyarch: no such file or directory: {files[100]}", $"pyarch: no such file or directory: {files[1100]}"], run.StderrLines);
    }

    [Fact]
    public void Should_report_a_broken_link_and_a_link_loop_as_unreadable_files_of_a_long_list()
    {
        // Given: 1,200 paths by --list (looked up on several threads), the last two a link to nothing and a link to itself
        using var dir = new TempDirectory();
        var files = Enumerable.Range(0, 1198).Select(i => dir.Write($"m{i:0000}.py", "x = 1\n")).ToList();
        string broken = Path.Combine(dir.Path, "broken.py"), loop = Path.Combine(dir.Path, "loop.py");
        File.CreateSymbolicLink(broken, Path.Combine(dir.Path, "nothing.py"));
        File.CreateSymbolicLink(loop, loop);
        string list = dir.Write("list.txt", string.Join("\n", [.. files, broken, loop]));

        // When
        var run = CliRun.Of("debug", "ast", "--list", list);

        // Then: each is one line of its own, and the others are parsed
        Assert.Equal(ExitCode.Findings, run.ExitCode);
        Assert.Equal("files: 1200, bytes: 7188, refused: 2", run.Stdout.Trim());
        Assert.Equal(2, run.StderrLines.Length);
        Assert.StartsWith($"{broken}: OSError: cannot read the file: ", run.StderrLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{loop}: OSError: cannot read the file: ", run.StderrLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_huge_file_with_one_line_and_go_on_with_the_others()
    {
        // Given: a 60 MB file (sparse, so cheap) beside a small one
        using var dir = new TempDirectory();
        string huge = Path.Combine(dir.Path, "huge.py");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(60L * 1024 * 1024);
        }
        string small = dir.Write("small.py", "x = 1\n");

        // When
        var json = CliRun.Of("debug", "ast", "--json", huge, small);
        var summary = CliRun.Of("debug", "ast", huge);

        // Then
        Assert.Equal(ExitCode.Findings, json.ExitCode);
        Assert.Equal(2, json.StdoutLines.Length);
        var error = JsonDocument.Parse(json.StdoutLines[0]).RootElement.GetProperty("error");
        Assert.Contains("too large", error.GetProperty("msg").GetString());
        Assert.Equal(ExitCode.Findings, summary.ExitCode);
        Assert.Single(summary.StderrLines);
        Assert.StartsWith($"{huge}: OSError: file is too large", summary.Stderr);
    }

    [Fact]
    public void Should_print_exactly_what_cpython_reference_prints_for_the_same_files()
    {
        // Given: small files that exercise most of the grammar, and one CPython refuses
        using var dir = new TempDirectory();
        string[] files =
        [
            dir.Write("app.py", "import os\nfrom . import models as m\n\n@app.route('/x', methods=['GET'])\nasync def view(request, *args, key=None, **kw) -> dict:\n    \"\"\"Doc.\"\"\"\n    async with db() as conn:\n        rows = [r async for r in conn.fetch(f'{key!r:>10}') if r]\n    return {'rows': rows, **kw}\n"),
            dir.Write("calc.py", "x = 1_000 + 0x_ff * 2 ** -1.5e-7 // 3j\ny = x if x else not x\nz: 'float' = lambda a, /, b=2: (yield)\nmatch z:\n    case {'k': [1, *rest]} | Point(x=0) if rest:\n        pass\n    case _:\n        del z\n"),
            dir.Write("uni.py", "# -*- coding: utf-8 -*-\nnamé = 'ünïcödé 😀'\nclass Ä(Base, metaclass=M):\n    def f(self): return b'\\x00\\xff' + rb'\\d'\n"),
            dir.Write("bad.py", "def f(:\n    pass\n"),
        ];

        // When
        var reference = ProcessRunner.Python([RepoPaths.PyastJson, .. files]);
        var run = CliRun.Of(["debug", "ast", "--json", .. files]);

        // Then
        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(ExitCode.Findings, run.ExitCode);
        var expected = reference.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, run.StdoutLines.Length);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], run.StdoutLines[i]);
        }
        var refError = JsonDocument.Parse(expected[3]).RootElement.GetProperty("error");
        var error = JsonDocument.Parse(run.StdoutLines[3]).RootElement.GetProperty("error");
        Assert.Equal(refError.GetProperty("lineno").GetInt32(), error.GetProperty("lineno").GetInt32());
    }

    [Fact]
    public void Should_summarize_and_report_each_refused_file_on_stderr()
    {
        using var dir = new TempDirectory();
        string good = dir.Write("good.py", "x = 1\n");
        string bad = dir.Write("bad.py", "x = (1,\ny = 2\n");

        var run = CliRun.Of("debug", "ast", good, bad);

        Assert.Equal(ExitCode.Findings, run.ExitCode);
        Assert.Equal("files: 2, bytes: 20, refused: 1", run.Stdout.Trim());
        Assert.Single(run.StderrLines);
        Assert.Matches(@"^.*bad\.py:1:\d+: SyntaxError: .+$", run.StderrLines[0]);
    }

    [Fact]
    public async Task Should_read_named_pipes_as_the_empty_files_they_measure_instead_of_waiting_for_a_writer()
    {
        // Given: a module, a named pipe named like one in the same folder, and a link to the pipe named on the command line
        using var dir = new TempDirectory();
        dir.Write("pkg/a.py", "a = 1\n");
        string pipe = Path.Combine(dir.Path, "pkg", "pipe.py");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }
        string link = Path.Combine(dir.Path, "link.py");
        File.CreateSymbolicLink(link, pipe);

        // When: the folder and the link are parsed, and the pipe tokenized (opening it would block until something wrote to it)
        var runs = Task.Run(() => (
            CliRun.Of("debug", "ast", Path.Combine(dir.Path, "pkg")), CliRun.Of("debug", "ast", "--json", link), CliRun.Of("debug", "tokens", pipe)));

        // Then: all answer, the pipe an empty module
        var (folder, named, tokens) = await runs.WaitAsync(TimeSpan.FromSeconds(60)); // a TimeoutException if pyarch waited
        Assert.Equal(ExitCode.Clean, folder.ExitCode);
        Assert.Equal("files: 2, bytes: 6, refused: 0", folder.Stdout.Trim());
        Assert.Equal(ExitCode.Clean, named.ExitCode);
        Assert.Equal($$$"""{"file":"{{{link}}}","ast":{"_type":"Module","body":[],"type_ignores":[]}}""", named.Stdout.Trim());
        Assert.Equal(ExitCode.Clean, tokens.ExitCode);
        Assert.Contains("EndOfFile", tokens.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_an_error_cpython_places_on_line_0_without_a_position()
    {
        // Given: a coding line CPython does not know, and a byte the named code page leaves undefined
        using var dir = new TempDirectory();
        string unknown = dir.Write("unknown.py", "# coding: uft-8\nx = 1\n");
        string undefined = Path.Combine(dir.Path, "undefined.py");
        File.WriteAllBytes(undefined, [.. "# coding: cp1252\nx = '"u8, 0x81, .. "'\n"u8]);

        // When
        var run = CliRun.Of("debug", "ast", unknown, undefined);

        // Then: no line 0 or column -1 for an editor to jump to
        Assert.Equal(ExitCode.Findings, run.ExitCode);
        Assert.Equal(
            [
                $"{unknown}: SyntaxError: unknown encoding: uft-8",
                $"{undefined}: SyntaxError: 'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>",
            ],
            run.StderrLines);
    }

    [Fact]
    public void Should_exit_0_when_every_file_parses()
    {
        using var dir = new TempDirectory();
        dir.Write("pkg/a.py", "a = 1\n");
        dir.Write("pkg/sub/b.py", "def b():\n    return a\n");
        dir.Write("pkg/notes.txt", "not python(\n");

        var run = CliRun.Of("debug", "ast", Path.Combine(dir.Path, "pkg"));

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Equal("files: 2, bytes: 28, refused: 0", run.Stdout.Trim());
        Assert.Equal("", run.Stderr);
    }
}
