using Xunit;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// A test that needs an official client: skipped, with the reason, on a machine without it — but never under
/// <c>CI=true</c>, where a missing client fails the test instead.
/// </summary>
public abstract class ClientFactAttribute : FactAttribute
{
    protected ClientFactAttribute(string? unavailable)
    {
        if (unavailable is not null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = unavailable;
        }
    }
}

public sealed class Boto3FactAttribute() : ClientFactAttribute(OfficialClients.Boto3Unavailable);

public sealed class AwsCliFactAttribute() : ClientFactAttribute(OfficialClients.AwsCliUnavailable);

public sealed class JsSdkFactAttribute() : ClientFactAttribute(OfficialClients.JsSdkUnavailable);
