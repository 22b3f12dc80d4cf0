using System;
using System.Collections.Generic;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>Region and endpoint follow the AWS SDKs' conventions: options first, then the environment.</summary>
public sealed class ConfigurationTests
{
    private static AwsEnvironment Environment(params (string Name, string Value)[] variables) => Environment(null, variables);

    private static AwsEnvironment Environment(string? instanceRegion, params (string Name, string Value)[] variables)
    {
        var values = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
        {
            values[name] = value;
        }

        // A profile name no file holds, so a developer's own config cannot leak into the test.
        values.TryAdd("AWS_PROFILE", "schemagen-test-profile-that-does-not-exist");
        return new AwsEnvironment(name => values.TryGetValue(name, out var value) ? value : null, () => instanceRegion);
    }

    [Fact]
    public void The_region_comes_from_options_then_AWS_REGION_then_AWS_DEFAULT_REGION()
    {
        var both = Environment(("AWS_REGION", "eu-west-1"), ("AWS_DEFAULT_REGION", "eu-central-1"));

        Assert.Equal("ap-south-1", both.Region("ap-south-1"));
        Assert.Equal("eu-west-1", both.Region(null));
        Assert.Equal("eu-central-1", Environment(("AWS_DEFAULT_REGION", "eu-central-1")).Region(null));
    }

    [Fact]
    public void Without_region_variables_the_region_of_the_named_profile_is_used()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("schemagen-profiles-");
        try
        {
            var credentials = System.IO.Path.Combine(folder.FullName, "credentials");
            System.IO.File.WriteAllText(credentials, "[schemagen-test]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n");
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder.FullName, "config"), "[profile schemagen-test]\nregion = eu-north-1\n");

            var environment = Environment(("AWS_SHARED_CREDENTIALS_FILE", credentials), ("AWS_PROFILE", "schemagen-test"));

            Assert.Equal("eu-north-1", environment.Region(null));
            Assert.Equal("us-east-1", Environment(("AWS_SHARED_CREDENTIALS_FILE", credentials), ("AWS_PROFILE", "schemagen-test"), ("AWS_REGION", "us-east-1")).Region(null));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void On_EC2_without_any_other_setting_the_instances_region_is_used_last()
    {
        Assert.Equal("ap-southeast-2", Environment("ap-southeast-2").Region(null));
        Assert.Equal("eu-west-1", Environment("ap-southeast-2", ("AWS_REGION", "eu-west-1")).Region(null));
        Assert.Equal("sa-east-1", Environment("ap-southeast-2").Region("sa-east-1"));
    }

    [Fact]
    public void No_region_anywhere_is_an_error_that_says_where_to_set_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Environment().Region(null));

        Assert.Contains("PersonalizeEventsClientOptions.Region, AWS_REGION or AWS_DEFAULT_REGION", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_endpoint_comes_from_options_then_the_service_variable_then_the_global_one_then_the_region()
    {
        var environment = Environment(("AWS_ENDPOINT_URL_PERSONALIZE_EVENTS", "http://127.0.0.1:4566"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:9999"));

        Assert.Equal(new Uri("http://localhost:1234"), environment.Endpoint(new Uri("http://localhost:1234"), "us-east-1"));
        Assert.Equal(new Uri("http://127.0.0.1:4566"), environment.Endpoint(null, "us-east-1"));
        Assert.Equal(new Uri("http://127.0.0.1:9999"), Environment(("AWS_ENDPOINT_URL", "http://127.0.0.1:9999")).Endpoint(null, "us-east-1"));
        Assert.Equal(new Uri("https://personalize-events.us-east-1.amazonaws.com"), Environment().Endpoint(null, "us-east-1"));
        Assert.Equal(new Uri("https://personalize-events.cn-north-1.amazonaws.com.cn"), Environment().Endpoint(null, "cn-north-1"));
    }

    [Fact]
    public void Configured_endpoint_variables_can_be_ignored()
    {
        var environment = Environment(("AWS_ENDPOINT_URL_PERSONALIZE_EVENTS", "http://127.0.0.1:4566"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));

        Assert.Equal(new Uri("https://personalize-events.us-east-1.amazonaws.com"), environment.Endpoint(null, "us-east-1"));
    }

    [Fact]
    public void Events_go_to_the_events_path_under_the_endpoint()
    {
        using var client = new PersonalizeEventsClient(
            new PersonalizeEventsClientOptions { EndpointUrl = new Uri("http://127.0.0.1:4566/personalize/") },
            Environment(("AWS_REGION", "us-west-2")));

        Assert.Equal(new Uri("http://127.0.0.1:4566/personalize/events"), client.EventsUri);
        Assert.Equal("us-west-2", client.Region);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30 * 24 * 3600)]
    public void A_timeout_out_of_range_is_refused_by_name(int seconds)
    {
        var options = new PersonalizeEventsClientOptions { Region = "us-west-2", Timeout = TimeSpan.FromSeconds(seconds) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PersonalizeEventsClient(options, Environment()));

        Assert.Contains("PersonalizeEventsClientOptions.Timeout", error.Message, StringComparison.Ordinal);
    }
}
