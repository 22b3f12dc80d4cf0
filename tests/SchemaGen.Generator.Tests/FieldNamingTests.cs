using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;
using Xunit;

namespace SchemaGen.Generator.Tests;

public sealed class FieldNamingTests
{
    [Theory]
    [InlineData("NumRatings", "NUM_RATINGS")]
    [InlineData("DeviceOS", "DEVICE_OS")]
    [InlineData("GenreL2", "GENRE_L2")]
    [InlineData("HTTPStatus", "HTTP_STATUS")]
    [InlineData("Level2Score", "LEVEL2_SCORE")]
    [InlineData("Genre2", "GENRE2")]
    [InlineData("Location", "LOCATION")]
    [InlineData("numberOfVideosWatched", "NUMBER_OF_VIDEOS_WATCHED")]
    [InlineData("Already_Snake", "ALREADY_SNAKE")]
    [InlineData("X", "X")]
    public void Property_names_become_upper_snake_case(string propertyName, string fieldName) =>
        Assert.Equal(fieldName, FieldNaming.ToFieldName(propertyName));

    [Theory]
    [InlineData("NUM_RATINGS", "numRatings")]
    [InlineData("NUMBER_OF_RATINGS", "numberOfRatings")]
    [InlineData("NUMBER_OF_VIDEOS_WATCHED", "numberOfVideosWatched")]
    [InlineData("NUMBER_OF_ACTIONS", "numberOfActions")]
    [InlineData("VALUE", "value")]
    [InlineData("GENRE_L2", "genreL2")]
    [InlineData("_PRIVATE", "private")]
    [InlineData("_LEAD_X", "leadX")]
    [InlineData("A__B", "aB")]
    public void Field_names_become_camel_case_properties_keys(string fieldName, string key) =>
        Assert.Equal(key, FieldNaming.ToPropertiesKey(fieldName));

    /// <summary>
    /// Conversions are kept between calls up to a bound; past it, and for a name asked again, the answer is the same.
    /// </summary>
    [Fact]
    public void Converts_every_name_the_same_way_before_and_after_the_kept_conversions_fill_up()
    {
        const int Names = 6000;
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < Names; i++)
            {
                var propertyName = "Kept" + i + "Name";
                Assert.Equal("KEPT" + i + "_NAME", FieldNaming.ToFieldName(propertyName));
                Assert.Equal("kept" + i + "Name", FieldNaming.ToPropertiesKey("KEPT" + i + "_NAME"));
            }
        }
    }

    [Theory]
    [InlineData("USER_ID", true)]
    [InlineData("_x1", true)]
    [InlineData("1ABC", false)]
    [InlineData("HAS-DASH", false)]
    [InlineData("HAS SPACE", false)]
    [InlineData("ÄRGER", false)]
    [InlineData("", false)]
    public void Field_names_follow_the_column_name_pattern(string fieldName, bool valid) =>
        Assert.Equal(valid, FieldNaming.IsValidFieldName(fieldName));

    [Fact]
    public void Field_names_are_limited_to_150_characters()
    {
        Assert.True(FieldNaming.IsValidFieldName(new string('A', SchemaLimits.MaxFieldNameLength)));
        Assert.False(FieldNaming.IsValidFieldName(new string('A', SchemaLimits.MaxFieldNameLength + 1)));
    }

    [Theory]
    [InlineData("GENRES_FIELD_1", "GENRESFIELD1", true)]
    [InlineData("Genre", "GENRE", true)]
    [InlineData("_GENRE_", "GENRE", true)]
    [InlineData("G_E_N_R_E", "__genre", true)]
    [InlineData("GENRE_1", "GENRE_2", false)]
    [InlineData("GENRE", "GENRES", false)]
    [InlineData("GENRE_", "GENRE_S", false)]
    [InlineData("_", "__", true)]
    [InlineData("A", "", false)]
    public void Field_names_collide_when_equal_without_underscores_ignoring_case(string first, string second, bool collide)
    {
        Assert.Equal(collide, FieldNaming.Collisions.Equals(first, second));
        Assert.Equal(collide, FieldNaming.Collisions.Equals(second, first));
        if (collide)
        {
            Assert.Equal(FieldNaming.Collisions.GetHashCode(first), FieldNaming.Collisions.GetHashCode(second));
        }
    }

    [Theory]
    [InlineData("sessionId", true)]
    [InlineData("SESSIONID", true)]
    [InlineData("visitId", false)]
    public void Forbidden_properties_keys_are_matched_ignoring_case(string key, bool forbidden) =>
        Assert.Equal(forbidden, ReservedFields.IsForbiddenPropertiesKey(key));
}
