namespace Pyarch.Python.Tests;

public sealed class BetweenFilesCollectorTests
{
    private static readonly TimeSpan Forever = Timeout.InfiniteTimeSpan;

    [Fact]
    public void Should_let_a_lone_worker_go_on_without_collecting_until_it_has_allocated_a_few_megabytes()
    {
        var collector = new BetweenFilesCollector(workers: 1, Forever);
        long mark = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(new byte[1024]);

        // A collection would move the mark to what the thread has allocated by now
        Assert.Equal(mark, collector.Pass(mark));
    }

    [Fact]
    public void Should_collect_the_young_generation_for_a_lone_worker_that_has_allocated_enough()
    {
        var collector = new BetweenFilesCollector(workers: 1, Forever);
        long mark = GC.GetAllocatedBytesForCurrentThread();
        int collections = GC.CollectionCount(0);
        Allocate(megabytes: 3);

        long next = collector.Pass(mark);

        Assert.True(next >= mark + 3 * 1024 * 1024, $"the mark moved from {mark} to {next} only");
        Assert.True(GC.CollectionCount(0) > collections, "no collection");
    }

    [Fact]
    public void Should_make_a_worker_wait_until_the_others_are_between_files_too()
    {
        // Given: two workers; the first has allocated enough and comes to a file's end
        var collector = new BetweenFilesCollector(workers: 2, Forever);
        var first = WorkerThatAllocatedEnough(collector);

        // Then: it waits while the second is still in its file
        Assert.False(Ends(first, TimeSpan.FromMilliseconds(200)), "the first worker did not wait");

        // When: the second, which has allocated little, reaches its file's end
        int collections = GC.CollectionCount(0);
        collector.Pass(GC.GetAllocatedBytesForCurrentThread());

        // Then: it was the last to come, so it collected, and the first went on
        Assert.True(GC.CollectionCount(0) > collections, "no collection");
        Assert.True(Ends(first, TimeSpan.FromSeconds(30)), "the first worker was never let go");
    }

    [Fact]
    public void Should_let_those_waiting_go_when_the_last_other_worker_runs_out_of_files()
    {
        var collector = new BetweenFilesCollector(workers: 2, Forever);
        var first = WorkerThatAllocatedEnough(collector);
        Assert.False(Ends(first, TimeSpan.FromMilliseconds(200)), "the first worker did not wait");

        collector.Leave();

        Assert.True(Ends(first, TimeSpan.FromSeconds(30)), "the first worker was never let go");
    }

    [Fact]
    public void Should_give_up_waiting_for_a_worker_that_stays_in_a_long_file()
    {
        // Given: two workers, and the second never reaches a file's end
        var collector = new BetweenFilesCollector(workers: 2, patience: TimeSpan.FromMilliseconds(50));
        var first = WorkerThatAllocatedEnough(collector);

        // Then: the first goes on by itself
        Assert.True(Ends(first, TimeSpan.FromSeconds(30)), "the first worker waited for good");

        // And: the request is withdrawn, so the second, having allocated little, does not wait when it comes
        long secondMark = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(new byte[1024]);
        Assert.Equal(secondMark, collector.Pass(secondMark));
    }

    /// <summary>
    /// A worker on a thread of its own (not the pool's, which other tests may keep busy), at a file's end after
    /// allocating more than the collector lets a worker allocate; returns once the worker is about to pass.
    /// </summary>
    private static Thread WorkerThatAllocatedEnough(BetweenFilesCollector collector)
    {
        using var started = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            long mark = GC.GetAllocatedBytesForCurrentThread();
            Allocate(megabytes: 3);
            started.Set();
            collector.Pass(mark);
        })
        { IsBackground = true };
        worker.Start();
        started.Wait();
        return worker;
    }

    private static bool Ends(Thread worker, TimeSpan within) => worker.Join(within);

    private static void Allocate(int megabytes)
    {
        for (int i = 0; i < megabytes * 16; i++)
        {
            GC.KeepAlive(new byte[64 * 1024]);
        }
    }
}
