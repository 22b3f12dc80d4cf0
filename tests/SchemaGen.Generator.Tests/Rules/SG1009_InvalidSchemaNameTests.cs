using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1009 (<c>Parsing/Rules/SG1009_InvalidSchemaName.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1009_InvalidSchemaNameTests
{
    [Theory]
    [InlineData("-starts-with-dash")]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public Task SG1009_invalid_schema_names(string name) => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [{|SG1009:InteractionsSchema(Name = "{{name}}")|}]
        public partial class Click
        {
            {{RequiredFields}}
        }
        """);

    [Theory]
    [InlineData("a")]
    [InlineData("movie-clicks_v2")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public Task Valid_schema_names_are_accepted(string name) => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + $$"""
        [InteractionsSchema(Name = "{{name}}")]
        public partial class Click
        {
            {{RequiredFields}}
        }
        """);
}
