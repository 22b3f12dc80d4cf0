using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>SG1005 (<c>Parsing/Rules/SG1005_DuplicateFieldName.cs</c>): where it is reported, and where it is not.</summary>
public sealed class SG1005_DuplicateFieldNameTests
{
    [Fact]
    public Task SG1005_field_names_that_collide_without_underscores() => AnalyzerVerifier<SchemaDefinitionAnalyzer>.VerifyAsync(Usings + """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            [SchemaField("GENRES_FIELD_1")] public string? GenresA { get; set; }
            [SchemaField("GENRESFIELD1")] public string? {|SG1005:GenresB|} { get; set; }
            [SchemaField("USERID")] public string? {|SG1005:Alias|} { get; set; }
        }
        """);
}
