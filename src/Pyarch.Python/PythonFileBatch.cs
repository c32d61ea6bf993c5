namespace Pyarch.Python;

/// <summary>
/// Parses many files on all cores and hands the results over in the order the paths were given, so output
/// is deterministic. At most a bounded number of finished results wait for their turn, which bounds memory.
/// </summary>
public static class PythonFileBatch
{
    /// <summary>
    /// Reads and parses each path on a worker thread, turns the outcome into a <typeparamref name="T"/> with
    /// <paramref name="map"/> (also on the worker, so the tree can be dropped there), and calls
    /// <paramref name="consume"/> on the calling thread once per path, in order. The source text is only
    /// <paramref name="map"/>'s to read: its rented array goes back to the pool when map returns, so a map that
    /// keeps the source for later must read its <see cref="Pyarch.Text.SourceText.Text"/> first. A path for which
    /// <paramref name="measuresEmpty"/> (asked on the worker) is true is parsed as an empty file without being opened:
    /// a named pipe measures empty, and opening one waits for a writer.
    /// </summary>
    public static void Run<T>(
        IReadOnlyList<string> paths, Func<PythonFileOutcome, T> map, Action<T> consume, long maxBytes = PythonFileReader.DefaultMaxBytes,
        int? degreeOfParallelism = null, Func<string, bool>? measuresEmpty = null)
    {
        int workers = Math.Max(1, Math.Min(degreeOfParallelism ?? Environment.ProcessorCount, paths.Count));
        var slots = new T[paths.Count];
        var ready = new bool[paths.Count];
        var gate = new object();
        // How many results the workers may hold ahead of the consumer, which bounds memory (a JSON line is many times
        // its file). A worker that reaches the bound waits for the file the consumer waits for: with 16 results per
        // worker, a 250 KB file (a few in the standard library) stopped the other worker for most of its parse.
        using var window = new SemaphoreSlim(Math.Min(workers * 64, 512));
        // The consumer sleeps until this many results wait for it rather than waking for each: on a machine with
        // as many workers as cores, every wake-up takes a core from a worker.
        int batch = workers * 4;
        int awaited = -1;
        int next = -1;
        Exception? crash = null;

        var collector = new BetweenFilesCollector(workers, patience: TimeSpan.FromMilliseconds(1));

        void Work()
        {
            try
            {
                WorkUntilDone();
            }
            finally
            {
                collector.Leave();
            }
        }

        void WorkUntilDone()
        {
            long collectedAt = GC.GetAllocatedBytesForCurrentThread();
            while (true)
            {
                window.Wait();
                int i = Interlocked.Increment(ref next);
                if (i >= paths.Count || Volatile.Read(ref crash) is not null)
                {
                    window.Release();
                    return;
                }
                T result = default!;
                PythonFileOutcome? outcome = null;
                try
                {
                    outcome = PythonFileReader.Parse(paths[i], maxBytes, measuresEmpty?.Invoke(paths[i]) == true);
                    result = map(outcome);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref crash, e, null);
                }
                finally
                {
                    outcome?.Result?.Source?.Release();
                }
                lock (gate)
                {
                    slots[i] = result;
                    ready[i] = true;
                    if (i == awaited || crash is not null)
                    {
                        Monitor.Pulse(gate);
                    }
                }
                // After the result is handed over, so the consumer never waits for a worker that waits here.
                if (Volatile.Read(ref next) < paths.Count - 1)
                {
                    collectedAt = collector.Pass(collectedAt);
                }
            }
        }

        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(Work, 16 * 1024 * 1024) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        try
        {
            for (int i = 0; i < paths.Count; i++)
            {
                T item;
                lock (gate)
                {
                    // A crash ends the wait: the worker that claimed this path may have seen it and gone without parsing.
                    while (!ready[i] && crash is null)
                    {
                        // Wake for the end of the next batch, or for this result when the batch's end is in already.
                        int last = Math.Min(i + batch, paths.Count) - 1;
                        awaited = !ready[last] ? last : i;
                        Monitor.Wait(gate);
                    }
                    item = slots[i];
                    slots[i] = default!;
                }
                if (crash is not null)
                {
                    break;
                }
                consume(item);
                window.Release();
            }
        }
        finally
        {
            // After the last result, a crash, or an exception from consume: no path is left to claim, the workers
            // waiting on the window go, and all are gone before the window is disposed.
            Interlocked.Exchange(ref next, paths.Count);
            window.Release(workers);
            threads.ForEach(t => t.Join());
        }
        if (crash is not null)
        {
            throw new InvalidOperationException("mapping a parse result failed", crash);
        }
    }
}
