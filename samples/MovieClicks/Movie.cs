using SchemaGen;

namespace MovieClicks;

/// <summary>The items the seed's events are about, with the metadata recommendations are trained on.</summary>
[ItemsSchema(Name = "movies")]
public partial class Movie
{
    public required string ItemId { get; init; }

    [Categorical]
    public string[] Genres { get; init; } = [];

    public int? ReleaseYear { get; init; }
}
