using System.ComponentModel;
using System.Linq;
using System.Reflection;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>What users see of the runtime: its own types, with the plumbing that only generated code calls hidden.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly System.Type[] PublicTypes = typeof(PersonalizeLimits).Assembly.GetExportedTypes();

    [Fact]
    public void Plumbing_called_only_by_generated_code_is_hidden_from_IntelliSense()
    {
        var plumbing = PublicTypes
            .Where(type => type.Namespace == "SchemaGen.Serialization" && type != typeof(Serialization.InteractionFormatException))
            .Append(typeof(PutEventsBatcher))
            .ToArray();

        Assert.NotEmpty(plumbing);
        Assert.All(plumbing, type => Assert.Equal(EditorBrowsableState.Never, type.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
    }

    [Fact]
    public void Types_users_work_with_stay_visible()
    {
        var visible = new[] { typeof(InteractionEvent), typeof(PutEventsRequest), typeof(PersonalizeLimits), typeof(SolutionTrainingConfig), typeof(Serialization.InteractionFormatException) };

        Assert.All(visible, type => Assert.Null(type.GetCustomAttribute<EditorBrowsableAttribute>()));
    }
}
