namespace SchemaGen.Benchmarks;

/// <summary>How the corpus's schema classes are written: the styles users write, and an even mix of them.</summary>
public enum DeclarationStyle
{
    /// <summary><c>using SchemaGen;</c>, <c>[Categorical]</c>, keyword-typed <c>{ get; set; }</c> properties.</summary>
    Plain,

    /// <summary>The README's <c>MovieRating</c>: <c>required</c>/<c>init</c>, a <c>DateTimeOffset</c>, an enum, declared event types.</summary>
    Readme,

    /// <summary><c>[global::SchemaGen.InteractionsSchema]</c>, <c>[global::SchemaGen.Categorical]</c>, initializers.</summary>
    Qualified,

    /// <summary>The three styles in turn, class by class.</summary>
    Mixed,
}
