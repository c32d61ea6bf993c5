namespace Pyarch.Python.Tests;

public sealed class PythonFileBatchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pyarch-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Should_hand_results_over_in_the_order_given_whatever_order_the_workers_finish_in(int workers)
    {
        // Given: 300 files, every tenth one a hundred times longer, so that workers finish out of order
        var paths = Enumerable.Range(0, 300).Select(i => Write($"m{i}.py", Module(i, functions: i % 10 == 0 ? 200 : 2))).ToList();

        // When
        var seen = new List<string>();
        Finishes(() => PythonFileBatch.Run(paths, outcome => (outcome.Path, Parsed: outcome.Parsed), file =>
        {
            Assert.True(file.Parsed, file.Path);
            seen.Add(file.Path);
        }, degreeOfParallelism: workers));

        // Then
        Assert.Equal(paths, seen);
    }

    [Fact]
    public void Should_keep_at_most_64_results_per_worker_waiting_for_a_slow_consumer()
    {
        // Given: more files than the workers may run ahead
        var paths = Enumerable.Range(0, 400).Select(i => Write($"m{i}.py", Module(i, functions: 1))).ToList();
        int mapped = 0, mostAhead = 0;

        // When: the consumer takes its first result only once the workers have stopped mapping
        var seen = new List<string>();
        Finishes(() => PythonFileBatch.Run(paths, outcome =>
        {
            Interlocked.Increment(ref mapped);
            return outcome.Path;
        }, path =>
        {
            if (seen.Count == 0)
            {
                int before;
                do
                {
                    before = Volatile.Read(ref mapped);
                    Thread.Sleep(300);
                }
                while (Volatile.Read(ref mapped) != before);
            }
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref mapped) - seen.Count);
            seen.Add(path);
        }, degreeOfParallelism: 2));

        // Then: the workers filled the window (64 results each), went no further, and still handed every result over
        Assert.Equal(128, mostAhead);
        Assert.Equal(paths, seen);
    }

    [Fact]
    public void Should_let_an_exception_from_the_consumer_out_once_the_workers_have_stopped()
    {
        var paths = Enumerable.Range(0, 300).Select(i => Write($"m{i}.py", Module(i, functions: 3))).ToList();

        var run = Task.Run(() => PythonFileBatch.Run(paths, outcome => outcome.Path, path =>
        {
            if (path == paths[5])
            {
                throw new FormatException("bad consume");
            }
        }, degreeOfParallelism: 2));

        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)), "the batch did not finish");
        Assert.IsType<FormatException>(run.Exception?.InnerException);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(150)]
    [InlineData(299)]
    public void Should_stop_and_rethrow_when_the_mapping_of_one_file_fails(int failing)
    {
        // Given
        var paths = Enumerable.Range(0, 300).Select(i => Write($"m{i}.py", Module(i, functions: 3))).ToList();

        // When: the mapping throws for one file
        var seen = new List<string>();
        var run = Task.Run(() => PythonFileBatch.Run(paths, outcome => outcome.Path == paths[failing] ? throw new FormatException("bad map") : outcome.Path, seen.Add, degreeOfParallelism: 2));

        // Then: no hang, the failure surfaces, and what was handed over before it came in order and stopped short of it
        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)), "the batch did not finish");
        var error = Assert.IsType<InvalidOperationException>(run.Exception?.InnerException);
        Assert.IsType<FormatException>(error.InnerException);
        Assert.True(seen.Count <= failing, $"{seen.Count} results handed over, the failure was at {failing}");
        Assert.Equal(paths.Take(seen.Count), seen);
    }

    [Fact]
    public void Should_report_a_missing_file_as_that_file_s_failure_and_go_on()
    {
        var paths = new[] { Write("a.py", "x = 1\n"), Path.Combine(_folder, "missing.py"), Write("b.py", "y = (\n") };

        var outcomes = new List<PythonFileOutcome>();
        PythonFileBatch.Run(paths, outcome => outcome, outcomes.Add);

        Assert.Equal(3, outcomes.Count);
        Assert.True(outcomes[0].Parsed);
        Assert.Equal("OSError", outcomes[1].Failure?.Type);
        Assert.NotNull(outcomes[2].Result?.Error);
    }

    /// <summary>Runs the batch, failing rather than hanging the test run if it never returns.</summary>
    private static void Finishes(Action batch)
    {
        var run = Task.Run(batch);
        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)), "the batch did not finish");
        run.GetAwaiter().GetResult();
    }

    private static string Module(int number, int functions) =>
        string.Concat(Enumerable.Range(0, functions).Select(f => $"def f{number}_{f}(a, b=1):\n    return [a * b for _ in range({f})]\n\n"));

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
