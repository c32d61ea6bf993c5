namespace Pyarch.Python.Tests;

public sealed class BetweenFilesCollectorTests
{
    private static readonly TimeSpan Forever = Timeout.InfiniteTimeSpan;

    /// <summary>The generation of each collection, in order.</summary>
    private readonly List<int> _generations = [];

    [Fact]
    public void Should_let_a_lone_worker_go_on_without_collecting_until_it_has_allocated_a_few_megabytes()
    {
        // Given: a lone worker that has allocated a little since its last collection
        var collector = Collector(workers: 1, Forever);
        long mark = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(new byte[1024]);

        // When
        long next = collector.Pass(mark);

        // Then: no collection, and the mark stays (a collection would move it to what the thread has allocated by now)
        Assert.Empty(_generations);
        Assert.Equal(mark, next);
    }

    [Fact]
    public void Should_collect_the_young_generation_for_a_lone_worker_that_has_allocated_enough()
    {
        // Given: a lone worker that has allocated a megabyte more than enough since its last collection
        var collector = Collector(workers: 1, Forever);
        long mark = GC.GetAllocatedBytesForCurrentThread();
        AllocateEnough();

        // When
        long next = collector.Pass(mark);

        // Then: one collection, and the mark moves past what was allocated
        Assert.Equal([0], _generations);
        Assert.True(next >= mark + Enough, $"the mark moved from {mark} to {next} only");
    }

    [Fact]
    public void Should_take_the_older_young_generation_too_every_eighth_collection()
    {
        // Given: a lone worker
        var collector = Collector(workers: 1, Forever);
        long mark = GC.GetAllocatedBytesForCurrentThread();

        // When: it reaches sixteen files' ends, each after allocating enough
        for (int file = 0; file < 16; file++)
        {
            AllocateEnough();
            mark = collector.Pass(mark);
        }

        // Then: gen0 seven times, then gen1 as well, and again
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1], _generations);
    }

    [Fact]
    public void Should_make_a_worker_wait_until_the_others_are_between_files_too()
    {
        // Given: two workers; the first has allocated enough and waits at a file's end
        var collector = Collector(workers: 2, Forever);
        var first = WorkerThatAllocatedEnough(collector);
        AssertWaiting(collector, first);

        // When: the second, which has allocated little, reaches its file's end
        collector.Pass(GC.GetAllocatedBytesForCurrentThread());

        // Then: the second, the last to come, collected once, and the first went on
        Assert.True(first.Join(TimeSpan.FromSeconds(30)), "the first worker was never let go");
        Assert.Equal([0], _generations);
    }

    [Fact]
    public void Should_let_those_waiting_go_when_the_last_other_worker_runs_out_of_files()
    {
        // Given: two workers; the first waits at a file's end
        var collector = Collector(workers: 2, Forever);
        var first = WorkerThatAllocatedEnough(collector);
        AssertWaiting(collector, first);

        // When: the second has no file left
        collector.Leave();

        // Then: the first goes on, without a collection
        Assert.True(first.Join(TimeSpan.FromSeconds(30)), "the first worker was never let go");
        Assert.Empty(_generations);
    }

    [Fact]
    public void Should_give_up_waiting_for_a_worker_that_stays_in_a_long_file()
    {
        // Given: two workers, and the second never reaches a file's end
        var collector = Collector(workers: 2, patience: TimeSpan.FromSeconds(1));

        // When: the first comes to a file's end having allocated enough
        var first = WorkerThatAllocatedEnough(collector);

        // Then: it waits, gives up, and goes on by itself without a collection
        AssertWaiting(collector, first);
        Assert.True(first.Join(TimeSpan.FromSeconds(30)), "the first worker waited for good");
        Assert.Empty(_generations);

        // And: the request is withdrawn, so the second, having allocated little, neither waits nor collects
        long secondMark = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(new byte[1024]);
        Assert.Equal(secondMark, collector.Pass(secondMark));
        Assert.Empty(_generations);
    }

    private BetweenFilesCollector Collector(int workers, TimeSpan patience) =>
        new(workers, patience, generation =>
        {
            lock (_generations)
            {
                _generations.Add(generation);
            }
        });

    /// <summary>A worker on a thread of its own (not the pool's, which other tests may keep busy), at a file's end after allocating enough.</summary>
    private static Thread WorkerThatAllocatedEnough(BetweenFilesCollector collector)
    {
        var worker = new Thread(() =>
        {
            long mark = GC.GetAllocatedBytesForCurrentThread();
            AllocateEnough();
            collector.Pass(mark);
        })
        { IsBackground = true };
        worker.Start();
        return worker;
    }

    private static void AssertWaiting(BetweenFilesCollector collector, Thread worker) =>
        Assert.True(SpinWait.SpinUntil(() => collector.Waiting == 1 || !worker.IsAlive, TimeSpan.FromSeconds(30)) && worker.IsAlive,
            "the worker did not wait");

    /// <summary>A megabyte more than a worker allocates before it asks for a collection.</summary>
    private const long Enough = BetweenFilesCollector.YoungBytesPerWorker + (1 << 20);

    private static void AllocateEnough()
    {
        for (long allocated = 0; allocated < Enough; allocated += 64 * 1024)
        {
            GC.KeepAlive(new byte[64 * 1024]);
        }
    }
}
