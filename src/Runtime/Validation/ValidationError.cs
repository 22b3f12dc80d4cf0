namespace SchemaGen.Validation;

/// <summary>One broken limit: which member (a path such as <c>eventList[2].itemId</c>) and what is wrong with it.</summary>
public sealed class ValidationError
{
    /// <summary>Creates an error.</summary>
    public ValidationError(string member, string message)
    {
        Member = member;
        Message = message;
    }

    /// <summary>The member's path in the request, with model member names.</summary>
    public string Member { get; }

    /// <summary>What is wrong: the value's length or count and the limit, or the rule.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Member + ": " + Message;
}
