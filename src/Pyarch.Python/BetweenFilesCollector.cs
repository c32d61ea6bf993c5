namespace Pyarch.Python;

/// <summary>
/// Collects the young generation at moments when no worker of a <see cref="PythonFileBatch"/> is in the middle of a
/// file. Between files nothing of a tree is in use any more, so such a collection copies almost nothing, and the
/// workers are already waiting rather than running (only the consumer's thread may need stopping). Left to its own
/// budget (8 MB then), the GC collected in the middle of files: it promoted the half-built trees, kept asking for
/// fresh memory (twice the page faults), and on two cores first had to stop the worker that was running.
/// </summary>
/// <param name="workers">How many workers call <see cref="Pass"/>, each until it calls <see cref="Leave"/>.</param>
/// <param name="patience">
/// How long a worker waits for the others to finish their files. Most finish within a fraction of a millisecond; one
/// reading a huge file must not hold the rest up, and the GC's own budget then collects as it always did.
/// </param>
/// <param name="collect">The collection, given the oldest generation to collect; tests count it.</param>
internal sealed class BetweenFilesCollector(int workers, TimeSpan patience, Action<int> collect)
{
    /// <summary>
    /// How much each worker allocates between collections: small enough that the young generation is reused while it
    /// is still in the CPU cache, large enough that the collections and the waits before them stay few. 2 MB was the
    /// fastest while the collections promoted whole trees (<see cref="ScratchList{T}"/>'s growth); since they promote
    /// almost nothing, each waits mostly for the other workers to finish their files, and fewer are faster. Over the
    /// stdlib on two cores, 6 MB against 2: 16 collections rather than 43, their pauses 12 ms a run against 20, the
    /// workers' time at the barrier 19 ms against 37, though each parses a few percent slower out of a larger young
    /// generation; paired wall-time ratios 0.899, 0.985, 0.966 and 0.946 (40, 40, 80 and 60 alternating runs), one
    /// core 0.97-1.0. 4 MB: 0.953, 0.995 and 0.975; 8 and 12 MB: 0.98. Peak memory 30 MB -> 36 MB.
    /// </summary>
    internal const long YoungBytesPerWorker = 6 * 1024 * 1024;

    /// <summary>
    /// Every this many collections take the older young generation (gen1) too. Little survives between files (a
    /// pool or a builder that grew for a large file), but once gen1 holds about a megabyte, the GC stops promoting
    /// so few survivors, and marks and copies them again at every collection. A gen1 collection empties gen1 into
    /// gen2, and promotion resumes. Over the stdlib on one worker: 2.706 G instructions against 3.037 G with gen0
    /// collections alone. Every 4th collection ran 2.711 G on one worker and 2.719 G on two (against 2.696 G), every
    /// 16th 2.703 G and 2.728 G, and 6% more wall time on two cores (16 alternating runs).
    /// </summary>
    private const int OlderEvery = 8;

    private readonly object _gate = new();
    private int _running = workers;
    private int _waiting;
    private int _round;
    private int _collections;
    private volatile bool _wanted;

    public BetweenFilesCollector(int workers, TimeSpan patience)
        : this(workers, patience, generation => GC.Collect(generation, GCCollectionMode.Forced, blocking: true, compacting: false))
    {
    }

    /// <summary>How many workers wait for the others at the moment.</summary>
    internal int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _waiting;
            }
        }
    }

    /// <summary>
    /// A worker's step between two files, given what its thread had allocated at the last collection (or give-up) it
    /// took part in; returns the new mark. Once the worker has allocated enough since then, or once another worker
    /// has asked, it waits for the others to be between files too, and the last to come collects.
    /// </summary>
    public long Pass(long collectedAt)
    {
        if (!Asked(collectedAt))
        {
            return collectedAt;
        }
        lock (_gate)
        {
            // Again under the lock: a round may have ended (given up) since the look above.
            if (!Asked(collectedAt))
            {
                return collectedAt;
            }
            _wanted = true;
            if (++_waiting == _running)
            {
                collect(++_collections % OlderEvery == 0 ? 1 : 0);
                Release();
            }
            else
            {
                int round = _round;
                if (!Monitor.Wait(_gate, patience) && round == _round)
                {
                    // Given up: this round is over, and this worker asks again only after as much allocation again.
                    Release();
                }
            }
        }
        return GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>A worker that has no file left stops counting; those waiting for it go on without a collection.</summary>
    public void Leave()
    {
        lock (_gate)
        {
            if (--_running == _waiting && _waiting > 0)
            {
                Release();
            }
        }
    }

    private bool Asked(long collectedAt) => _wanted || GC.GetAllocatedBytesForCurrentThread() - collectedAt >= YoungBytesPerWorker;

    private void Release()
    {
        _wanted = false;
        _waiting = 0;
        _round++;
        Monitor.PulseAll(_gate);
    }
}
