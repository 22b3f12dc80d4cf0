using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Xunit;

namespace SchemaGen.Spool.Tests;

internal static class Eventually
{
    /// <summary>Waits until <paramref name="condition"/> holds, checking every 10 ms, failing after <paramref name="limit"/>.</summary>
    public static async Task TrueAsync(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < limit, "The condition did not hold within " + limit + ".");
            await Task.Delay(10);
        }
    }
}
