using System;

namespace SchemaGen;

/// <summary>
/// A tracking id lets anyone who holds it write events into a dataset group, so only its first characters ever
/// appear in messages, logs and metrics.
/// </summary>
internal static class TrackingIdMask
{
    private const int ShownCharacters = 4;

    /// <summary><c>a1b2c3d4-…</c> becomes <c>a1b2…</c>; an id too short to hide anything of is hidden whole.</summary>
    public static string Mask(string trackingId) =>
        trackingId.Length <= ShownCharacters * 2 ? "…" : trackingId.Substring(0, ShownCharacters) + "…";

    /// <summary><paramref name="text"/> with every occurrence of <paramref name="trackingId"/> masked.</summary>
    public static string Redact(string text, string trackingId) =>
        trackingId.Length == 0 || text.IndexOf(trackingId, StringComparison.Ordinal) < 0
            ? text
            : text.Replace(trackingId, Mask(trackingId));
}
