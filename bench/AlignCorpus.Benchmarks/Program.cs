using BenchmarkDotNet.Running;

// Micro-benchmarks of the stages of aligning a pair (see StageBenchmarks); BenchmarkDotNet's
// command line, e.g. (the README's table):
//   dotnet run -c Release --project bench/AlignCorpus.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(AlignCorpus.Benchmarks.StageBenchmarks).Assembly).Run(args);
