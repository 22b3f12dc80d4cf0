using System;

namespace SchemaGen;

/// <summary>
/// Where failures go when the recorder has neither <c>OnFailure</c> nor a logger: standard error, so a lost
/// event is never silent.
/// </summary>
internal static class StandardErrorFailureLog
{
    public static void Write(string message) => Console.Error.WriteLine("SchemaGen.EventRecorder: " + message);
}
