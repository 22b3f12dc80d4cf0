using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>SG2xxx (training configuration) and SG3xxx (event construction): a positive and a negative case each.</summary>
public sealed class UsageAnalyzerTests
{
    private const string Schemas = """
        using System;
        using SchemaGen;

        [InteractionsSchema(EventTypes = new[] { "like", "rating" })]
        public partial class MovieRating
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
            public float? EventValue { get; set; }
            [Categorical] public string? Genre { get; set; }
        }

        [InteractionsSchema(EventTypes = new[] { "watch" })]
        public partial class Watch
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }

        [InteractionsSchema]
        public partial record View(string UserId, string ItemId, long Timestamp);

        public partial class Account
        {
        }

        // Analyzer tests do not run the generator; these stand in for the SchemaInfo members it adds.
        partial class MovieRating { public static InteractionsSchemaInfo SchemaInfo => null!; }
        partial class Watch { public static InteractionsSchemaInfo SchemaInfo => null!; }
        """;

    private static readonly string[] Shapes = [Schemas, Scenarios.PersonalizeSdkShape, Scenarios.AwsSdkShape];

    private static Task Training(string body) => AnalyzerVerifier<TrainingConfigAnalyzer>.VerifyAsync(Wrap(body), additionalSources: Shapes);

    private static Task Events(string body) => AnalyzerVerifier<EventConstructionAnalyzer>.VerifyAsync(Wrap(body), additionalSources: Shapes);

    private static string Wrap(string body) => """
        using System;
        using System.Collections.Generic;
        using Amazon.Personalize.Model;
        using SchemaGen;

        public static class Code
        {
            public static object Run()
            {
        """ + body + """

            }
        }
        """;

    [Fact]
    public Task SG2001_sdk_request_with_a_nested_threshold_and_no_event_type() => Training("""
        return new {|SG2001:CreateSolutionRequest|} { Name = "s", SolutionConfig = new SolutionConfig { EventValueThreshold = "0.5" } };
        """);

    [Fact]
    public Task SG2001_sdk_request_with_a_nested_member_initializer() => Training("""
        return new {|SG2001:CreateSolutionRequest|} { SolutionConfig = { EventValueThreshold = "0.5" } };
        """);

    [Fact]
    public Task SG2001_sdk_request_built_by_assignments() => Training("""
        var request = new {|SG2001:CreateSolutionRequest|}();
        request.SolutionConfig = new SolutionConfig();
        request.SolutionConfig.EventValueThreshold = "0.5";
        return request;
        """);

    [Fact]
    public Task SG2001_sdk_request_with_a_config_from_a_local() => Training("""
        var config = new SolutionConfig { EventValueThreshold = "0.5" };
        return new {|SG2001:CreateSolutionRequest|} { SolutionConfig = config };
        """);

    [Fact]
    public Task SG2001_not_reported_when_the_event_type_is_assigned_later() => Training("""
        var request = new CreateSolutionRequest { SolutionConfig = new SolutionConfig { EventValueThreshold = "0.5" } };
        request.EventType = "rating";
        return request;
        """);

    [Fact]
    public Task SG2001_not_reported_without_a_threshold() => Training("""
        return new CreateSolutionRequest { Name = "s", SolutionConfig = new SolutionConfig() };
        """);

    [Fact]
    public Task SG2001_schemagen_training_config() => Training("""
        return new {|SG2001:SolutionTrainingConfig|}(MovieRating.SchemaInfo) { EventValueThreshold = "3" };
        """);

    [Fact]
    public Task SG2001_schemagen_training_config_with_both() => Training("""
        return new SolutionTrainingConfig(MovieRating.SchemaInfo) { EventType = "rating", EventValueThreshold = "3" };
        """);

    [Fact]
    public Task SG2002_threshold_that_is_not_a_number() => Training("""
        return new CreateSolutionRequest { EventType = "rating", SolutionConfig = new SolutionConfig { EventValueThreshold = {|SG2002:"0,5"|} } };
        """);

    [Fact]
    public Task SG2002_numbers_in_invariant_notation_are_fine() => Training("""
        return new CreateSolutionRequest { EventType = "rating", SolutionConfig = new SolutionConfig { EventValueThreshold = "-1.5e2" } };
        """);

    [Fact]
    public Task SG2003_threshold_for_a_schema_without_event_value() => Training("""
        return new SolutionTrainingConfig(Watch.SchemaInfo) { EventType = "watch", EventValueThreshold = {|SG2003:"0.5"|} };
        """);

    [Fact]
    public Task SG2004_misspelled_event_type_for_a_schema() => Training("""
        return new SolutionTrainingConfig(MovieRating.SchemaInfo) { EventType = {|SG2004:"raitng"|}, EventValueThreshold = "3" };
        """);

    [Fact]
    public Task SG2004_sdk_event_type_that_no_schema_declares() => Training("""
        return new CreateSolutionRequest { EventType = {|SG2004:"purchase"|} };
        """);

    [Fact]
    public Task SG2004_declared_event_types_are_fine() => Training("""
        var a = new CreateSolutionRequest { EventType = "watch" };
        return new SolutionTrainingConfig(MovieRating.SchemaInfo) { EventType = "like" };
        """);

    [Fact]
    public Task SG3001_schema_instance_without_required_fields() => Events("""
        return new {|SG3001:MovieRating|} { UserId = "u1", ItemId = "i1" };
        """);

    [Fact]
    public Task SG3001_not_reported_when_set_by_initializer_constructor_or_later_assignment() => Events("""
        var a = new MovieRating { UserId = "u1", ItemId = "i1", Timestamp = 1 };
        var b = new View("u1", "i1", 1);
        var c = new Watch();
        c.UserId = "u1";
        c.ItemId = "i1";
        c.Timestamp = 1;
        return new object[] { a, b, c, new Account() };
        """);

    [Fact]
    public Task SG3001_sdk_event_and_request_without_required_members() => Events("""
        var e = new {|SG3001:Amazon.PersonalizeEvents.Model.Event|} { EventType = "like" };
        return new {|SG3001:Amazon.PersonalizeEvents.Model.PutEventsRequest|} { TrackingId = "t", EventList = new List<Amazon.PersonalizeEvents.Model.Event> { e } };
        """);

    [Fact]
    public Task SG3001_sdk_event_and_request_with_required_members() => Events("""
        var e = new Amazon.PersonalizeEvents.Model.Event { EventType = "like", SentAt = DateTime.UtcNow };
        return new Amazon.PersonalizeEvents.Model.PutEventsRequest { TrackingId = "t", SessionId = "s", EventList = new List<Amazon.PersonalizeEvents.Model.Event> { e } };
        """);

    [Fact]
    public Task SG3002_properties_that_are_not_a_json_object() => Events("""
        return new Amazon.PersonalizeEvents.Model.Event { EventType = "like", SentAt = DateTime.UtcNow, Properties = {|SG3002:"genre=drama"|} };
        """);

    [Fact]
    public Task SG3002_forbidden_and_unknown_keys() => Events("""
        var e = new Amazon.PersonalizeEvents.Model.Event { EventType = "like", SentAt = DateTime.UtcNow };
        e.Properties = {|SG3002:{|SG3002:"{\"userId\": \"u1\", \"genres\": \"drama\"}"|}|};
        return e;
        """);

    [Fact]
    public Task SG3002_schema_keys_are_fine() => Events("""
        return new Amazon.PersonalizeEvents.Model.Event { EventType = "like", SentAt = DateTime.UtcNow, Properties = "{\"genre\": \"drama\"}" };
        """);
}
