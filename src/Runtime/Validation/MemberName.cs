using System.Globalization;

namespace SchemaGen.Validation;

/// <summary>
/// The path of a request member (<c>eventList[2].impression[0]</c>), put together only when an error needs it,
/// so checking a valid request builds no strings.
/// </summary>
internal readonly struct MemberName
{
    private readonly string _list;
    private readonly string _name;
    private readonly int _eventIndex;
    private readonly int _itemIndex;

    private MemberName(string list, string name, int eventIndex, int itemIndex)
    {
        _list = list;
        _name = name;
        _eventIndex = eventIndex;
        _itemIndex = itemIndex;
    }

    /// <summary>A top-level member, such as <c>trackingId</c>.</summary>
    public static implicit operator MemberName(string name) => new(string.Empty, name, -1, -1);

    /// <summary>A member of event <paramref name="eventIndex"/>; <paramref name="suffix"/> starts with '.' or is empty.</summary>
    public static MemberName OfEvent(int eventIndex, string suffix, int itemIndex = -1) => new("eventList", suffix, eventIndex, itemIndex);

    /// <summary>A member of record <paramref name="index"/> of the request's list <paramref name="list"/> (<c>items</c>, …).</summary>
    public static MemberName OfRecord(string list, int index, string suffix, int itemIndex = -1) => new(list, suffix, index, itemIndex);

    public override string ToString()
    {
        if (_eventIndex < 0)
        {
            return _name;
        }

        var path = _list + "[" + _eventIndex.ToString(CultureInfo.InvariantCulture) + "]" + _name;
        return _itemIndex < 0 ? path : path + "[" + _itemIndex.ToString(CultureInfo.InvariantCulture) + "]";
    }
}

/// <summary>The members of one event of the list.</summary>
internal readonly struct EventPath
{
    private readonly int _index;

    public EventPath(int index) => _index = index;

    public MemberName Member(string suffix) => MemberName.OfEvent(_index, suffix);

    public MemberName Impression(int itemIndex) => MemberName.OfEvent(_index, ".impression", itemIndex);
}
