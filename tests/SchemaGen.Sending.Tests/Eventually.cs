using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace SchemaGen.Sending.Tests;

internal static class Eventually
{
    /// <summary>Waits, polling, until <paramref name="condition"/> holds; fails after <paramref name="limit"/> (10 s unless set).</summary>
    public static async Task True(Func<bool> condition, string what, TimeSpan? limit = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > (limit ?? TimeSpan.FromSeconds(10)))
            {
                throw new XunitException("Timed out waiting for: " + what);
            }

            await Task.Delay(10);
        }
    }
}
