using System;
using Amazon.Runtime.CredentialManagement;

namespace SchemaGen;

/// <summary>
/// The AWS SDKs' configuration conventions for what <see cref="PersonalizeEventsClientOptions"/> leaves unset:
/// region and endpoint from environment variables, the shared config files and, on EC2, the instance metadata.
/// </summary>
internal sealed class AwsEnvironment
{
    private const string DefaultProfileName = "default";

    private readonly Func<string, string?> _variable;
    private readonly Func<string?> _instanceRegion;

    /// <param name="variable">Reads an environment variable.</param>
    /// <param name="instanceRegion">The region of the EC2 instance the process runs on, or null off EC2.</param>
    public AwsEnvironment(Func<string, string?> variable, Func<string?>? instanceRegion = null)
    {
        _variable = variable;
        _instanceRegion = instanceRegion ?? (() => null);
    }

    public static AwsEnvironment Process { get; } = new(Environment.GetEnvironmentVariable, InstanceMetadataRegion);

    /// <summary>
    /// Options, then AWSSDK.Core's fallback region chain in its order: <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>,
    /// the region of the profile <c>AWS_PROFILE</c> names, and on EC2 the instance's region from its metadata.
    /// </summary>
    /// <exception cref="InvalidOperationException">None of them names a region.</exception>
    public string Region(string? configured)
    {
        var region = NonEmpty(configured) ?? NonEmpty(_variable("AWS_REGION")) ?? NonEmpty(_variable("AWS_DEFAULT_REGION")) ?? ProfileRegion() ?? NonEmpty(_instanceRegion());
        return region ?? throw new InvalidOperationException(
            "No AWS region is configured: set PersonalizeEventsClientOptions.Region, AWS_REGION or AWS_DEFAULT_REGION, or a region in the AWS profile '"
            + ProfileName + "' (on EC2, the instance's region is used).");
    }

    /// <summary>
    /// The chain's last step, through AWSSDK.Core's own reader of the instance metadata service (IMDSv2), skipped when
    /// <c>AWS_EC2_METADATA_DISABLED</c> is true; off EC2 it finds nothing.
    /// </summary>
    private static string? InstanceMetadataRegion()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return new Amazon.Runtime.InstanceProfileAWSRegion().Region?.SystemName;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Not on EC2, or the metadata service did not answer: no region from here.
            return null;
        }
    }

    /// <summary>The events endpoint's base address: options, then the endpoint variables, then the region's public endpoint.</summary>
    public Uri Endpoint(Uri? configured, string region)
    {
        if (configured is not null)
        {
            return configured;
        }

        if (!string.Equals(_variable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var fromEnvironment = NonEmpty(_variable("AWS_ENDPOINT_URL_PERSONALIZE_EVENTS")) ?? NonEmpty(_variable("AWS_ENDPOINT_URL"));
            if (fromEnvironment is not null)
            {
                return new Uri(fromEnvironment, UriKind.Absolute);
            }
        }

        // The rule set's endpoint: personalize-events.{Region}.{dnsSuffix}; the China regions have their own suffix.
        var dnsSuffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Uri("https://personalize-events." + region + "." + dnsSuffix, UriKind.Absolute);
    }

    private string ProfileName => NonEmpty(_variable("AWS_PROFILE")) ?? DefaultProfileName;

    // The shared files where AWS_SHARED_CREDENTIALS_FILE says (the config file is read from beside it), else where
    // the SDK looks by default.
    private string? ProfileRegion()
    {
        var credentialsFile = NonEmpty(_variable("AWS_SHARED_CREDENTIALS_FILE"));
        var profiles = credentialsFile is null ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(credentialsFile);
        return profiles.TryGetProfile(ProfileName, out var profile) ? profile.Region?.SystemName : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
