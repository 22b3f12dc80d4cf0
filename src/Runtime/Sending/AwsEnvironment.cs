using System;
using Amazon.Runtime.CredentialManagement;

namespace SchemaGen;

/// <summary>
/// The AWS SDKs' configuration conventions for what <see cref="PersonalizeEventsClientOptions"/> leaves unset:
/// region and endpoint from environment variables and the shared config files.
/// </summary>
internal sealed class AwsEnvironment
{
    private const string DefaultProfileName = "default";

    private readonly Func<string, string?> _variable;

    public AwsEnvironment(Func<string, string?> variable) => _variable = variable;

    public static AwsEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>Options, then <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, then the region of the profile <c>AWS_PROFILE</c> names.</summary>
    /// <exception cref="InvalidOperationException">None of them names a region.</exception>
    public string Region(string? configured)
    {
        var region = NonEmpty(configured) ?? NonEmpty(_variable("AWS_REGION")) ?? NonEmpty(_variable("AWS_DEFAULT_REGION")) ?? ProfileRegion();
        return region ?? throw new InvalidOperationException(
            "No AWS region is configured: set PersonalizeEventsClientOptions.Region, AWS_REGION or AWS_DEFAULT_REGION, or a region in the AWS profile '"
            + ProfileName + "'.");
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
