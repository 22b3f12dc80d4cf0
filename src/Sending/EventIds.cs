using System;

namespace SchemaGen;

/// <summary>The event ids recorders give events and action interactions recorded without one.</summary>
internal static class EventIds
{
    // 32 hexadecimal digits: unique without coordination, well inside the 256 characters eventId takes.
    public static string New() => Guid.NewGuid().ToString("N");
}
