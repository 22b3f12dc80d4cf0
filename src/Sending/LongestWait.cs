using System;
using System.Globalization;

namespace SchemaGen;

/// <summary>
/// The longest wait the platform can time: <c>Task.Delay</c>, <c>CancellationTokenSource</c> and <c>CancelAfter</c>
/// take at most <see cref="int.MaxValue"/> milliseconds (about 24.8 days). Options above it are refused by name.
/// </summary>
internal static class LongestWait
{
    public static readonly TimeSpan Value = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>The limit as options' messages state it.</summary>
    public static readonly string Text = Value.TotalDays.ToString("0.#", CultureInfo.InvariantCulture) + " days";
}
