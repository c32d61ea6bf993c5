using BenchmarkDotNet.Running;

namespace Pyarch.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pyarch.Benchmarks</c> (add <c>-- --filter '*'</c> to skip the menu).
/// The corpus is the CPython standard library, or the folder in PYARCH_BENCH_CORPUS.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
