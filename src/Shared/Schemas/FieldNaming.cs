using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The naming rules: C# property name → Avro field name (<c>NumRatings</c> → <c>NUM_RATINGS</c>) and Avro field
/// name → PutEvents <c>properties</c> key (<c>NUM_RATINGS</c> → <c>numRatings</c>). See <c>docs/mapping.md</c>.
/// </summary>
internal static class FieldNaming
{
    // Names repeat across a project's schemas (UserId, ItemId, Location, …) and every schema is read again on every
    // edit, so each conversion is kept — up to a bound, beyond which names are converted again each time.
    private const int MaxKeptPerConversion = 4096;

    private static readonly NameCache FieldNames = new(ConvertToFieldName);
    private static readonly NameCache PropertiesKeys = new(ConvertToPropertiesKey);

    /// <summary>
    /// Converts a PascalCase (or camelCase) property name to UPPER_SNAKE_CASE. A word starts at an upper-case
    /// letter that follows a lower-case letter or digit, or that ends a run of capitals followed by a
    /// lower-case letter; digits stay with the word before them. <c>DeviceOS</c> → <c>DEVICE_OS</c>,
    /// <c>GenreL2</c> → <c>GENRE_L2</c>, <c>HTTPStatus</c> → <c>HTTP_STATUS</c>.
    /// </summary>
    public static string ToFieldName(string propertyName) => FieldNames.Get(propertyName);

    private static string ConvertToFieldName(string propertyName)
    {
        var builder = new StringBuilder(propertyName.Length + 8);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var current = propertyName[i];
            if (i > 0 && char.IsUpper(current) && builder[builder.Length - 1] != '_')
            {
                var previous = propertyName[i - 1];
                var next = i + 1 < propertyName.Length ? propertyName[i + 1] : '\0';
                var startsWord = char.IsLower(previous)
                    || char.IsDigit(previous)
                    || (char.IsUpper(previous) && char.IsLower(next));
                if (startsWord)
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(current));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Converts a field name to its PutEvents <c>properties</c> key: drop each <c>_</c>, upper-case the character
    /// after one unless the key is still empty (leading underscores are just dropped), lower-case the rest
    /// (<c>NUM_RATINGS</c> → <c>numRatings</c>, <c>GENRE_L2</c> → <c>genreL2</c>, <c>_LEAD_X</c> → <c>leadX</c>).
    /// </summary>
    public static string ToPropertiesKey(string fieldName) => PropertiesKeys.Get(fieldName);

    private static string ConvertToPropertiesKey(string fieldName)
    {
        var builder = new StringBuilder(fieldName.Length);
        var upperNext = false;
        foreach (var character in fieldName)
        {
            if (character == '_')
            {
                upperNext = builder.Length > 0;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(character) : char.ToLowerInvariant(character));
            upperNext = false;
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="fieldName"/> matches <c>[A-Za-z_][A-Za-z0-9_]*</c> within the length limit.</summary>
    public static bool IsValidFieldName(string fieldName)
    {
        if (fieldName.Length == 0 || fieldName.Length > SchemaLimits.MaxFieldNameLength)
        {
            return false;
        }

        for (var i = 0; i < fieldName.Length; i++)
        {
            var character = fieldName[i];
            var valid = character == '_'
                || (character >= 'A' && character <= 'Z')
                || (character >= 'a' && character <= 'z')
                || (i > 0 && character >= '0' && character <= '9');
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Field names as Personalize tells them apart: it rejects <c>GENRES_FIELD_1</c> beside <c>GENRESFIELD1</c>, so
    /// underscores are skipped, and case is ignored to be safe. Compared in place, with no key string per name.
    /// </summary>
    public static IEqualityComparer<string> Collisions { get; } = new CollisionComparer();

    /// <summary>Whether two field names are one to Personalize (see <see cref="Collisions"/>).</summary>
    public static bool Collide(string x, string y)
    {
        int i = 0, j = 0;
        while (true)
        {
            i = SkipUnderscores(x, i);
            j = SkipUnderscores(y, j);
            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (char.ToUpperInvariant(x[i++]) != char.ToUpperInvariant(y[j++]))
            {
                return false;
            }
        }
    }

    private static int SkipUnderscores(string name, int index)
    {
        while (index < name.Length && name[index] == '_')
        {
            index++;
        }

        return index;
    }

    private sealed class CollisionComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Collide(x, y);

        public int GetHashCode(string name)
        {
            var hash = 17;
            foreach (var character in name)
            {
                if (character != '_')
                {
                    hash = unchecked((hash * 31) + char.ToUpperInvariant(character));
                }
            }

            return hash;
        }
    }

    /// <summary>One conversion's results, kept by the name converted.</summary>
    private sealed class NameCache
    {
        private readonly ConcurrentDictionary<string, string> _converted = new(System.StringComparer.Ordinal);
        private readonly System.Func<string, string> _convert;
        private int _count;

        public NameCache(System.Func<string, string> convert) => _convert = convert;

        public string Get(string name)
        {
            if (_converted.TryGetValue(name, out var converted))
            {
                return converted;
            }

            converted = _convert(name);
            if (Volatile.Read(ref _count) < MaxKeptPerConversion && _converted.TryAdd(name, converted))
            {
                Interlocked.Increment(ref _count);
            }

            return converted;
        }
    }
}
