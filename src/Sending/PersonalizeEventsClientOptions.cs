using System;
using System.Net.Http;
using Amazon.Runtime;
using Amazon.Runtime.Identity;

namespace SchemaGen;

/// <summary>
/// Where and as whom <see cref="PersonalizeEventsClient"/> sends. Whatever is left unset comes from the environment,
/// as with the AWS SDKs (see each member).
/// </summary>
public sealed class PersonalizeEventsClientOptions
{
    /// <summary>The AWS region, such as <c>us-east-1</c>. Unset: <c>AWS_REGION</c>, then <c>AWS_DEFAULT_REGION</c>, then the profile's region.</summary>
    public string? Region { get; set; }

    /// <summary>
    /// The endpoint to send to, such as a local endpoint. Unset: <c>AWS_ENDPOINT_URL_PERSONALIZE_EVENTS</c>, then
    /// <c>AWS_ENDPOINT_URL</c> (both skipped when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> is <c>true</c>), then
    /// <c>https://personalize-events.{region}.amazonaws.com</c>.
    /// </summary>
    public Uri? EndpointUrl { get; set; }

    /// <summary>
    /// The credentials to sign with. Unset: the AWS SDK's default chain (<c>AWS_ACCESS_KEY_ID</c>,
    /// <c>AWS_SECRET_ACCESS_KEY</c>, <c>AWS_SESSION_TOKEN</c>; the profile named by <c>AWS_PROFILE</c>; SSO;
    /// container and instance roles), resolved on the first request.
    /// </summary>
    public AWSCredentials? Credentials { get; set; }

    /// <summary>
    /// Where to resolve the credentials from on the first request, when <see cref="Credentials"/> is unset: any of the
    /// AWS SDK's identity resolvers. Unset: the SDK's <c>DefaultAWSCredentialsIdentityResolver</c>. Setting both this
    /// and <see cref="Credentials"/> is refused, since only one of them can be used.
    /// </summary>
    public IIdentityResolver<AWSCredentials>? CredentialsResolver { get; set; }

    /// <summary>The client to send with; the caller keeps owning it. Unset: one the <see cref="PersonalizeEventsClient"/> creates and disposes.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>The handler for the client created when <see cref="HttpClient"/> is unset; disposed with it.</summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>How long one attempt may take, from sending to the whole answer; 10 seconds unless set.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
