using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Runs a suite's process with tiered compilation off, so every method is compiled optimized on its first call. A
/// suite that measures nine single invocations after two warm-ups otherwise measures the runtime warming the
/// generators' and the compiler's code up — both still ran mostly unoptimized code there, some seven times slower
/// than once tiered up — rather than the generators' work, which a compiler server or the IDE runs warm.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OptimizedJitAttribute : JobMutatorConfigBaseAttribute
{
    public OptimizedJitAttribute()
        : base(Job.Default.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredCompilation", "0")))
    {
    }
}
