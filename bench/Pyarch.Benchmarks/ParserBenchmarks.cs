using System.Buffers;
using BenchmarkDotNet.Attributes;
using Pyarch.Python;
using Pyarch.Text;

namespace Pyarch.Benchmarks;

/// <summary>
/// Single-threaded throughput over the whole corpus: decoding + tokenizing, the full parse, and the parse
/// plus the JSON encoding of <c>debug ast --json</c>. MB/s = corpus size (printed at setup) / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ParserBenchmarks
{
    private Corpus _corpus = null!;
    private SourceText[] _decoded = [];
    private readonly ArrayBufferWriter<byte> _json = new(1 << 20);

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Load();
        _decoded = _corpus.Files.Select(f => SourceDecoder.Decode(f.Path, f.Bytes).Source).OfType<SourceText>().ToArray();
        Console.WriteLine($"// corpus: {_corpus.Files.Count} files, {_corpus.TotalBytes / 1e6:F1} MB");
    }

    [Benchmark]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (var source in _decoded)
        {
            tokens += Tokenizer.Tokenize(source).Tokens.Count;
        }
        return tokens;
    }

    [Benchmark(Baseline = true)]
    public int Parse()
    {
        int parsed = 0;
        foreach (var (path, bytes) in _corpus.Files)
        {
            parsed += PythonParser.Parse(path, bytes).Succeeded ? 1 : 0;
        }
        return parsed;
    }

    [Benchmark]
    public long ParseAndWriteJson()
    {
        long written = 0;
        foreach (var (path, bytes) in _corpus.Files)
        {
            _json.ResetWrittenCount();
            AstJsonWriter.Write(_json, path, PythonParser.Parse(path, bytes));
            written += _json.WrittenCount;
        }
        return written;
    }
}
