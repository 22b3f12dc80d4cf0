using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using SchemaGen.Serialization;
using SchemaGen.Validation;

namespace SchemaGen;

/// <summary>
/// A request of the Amazon Personalize Events API (personalize-events): <see cref="PutEventsRequest"/>,
/// <see cref="PutItemsRequest"/>, <see cref="PutUsersRequest"/>, <see cref="PutActionsRequest"/> or
/// <see cref="PutActionInteractionsRequest"/>, each member for member its shape in the service model. Its body is
/// written only after every limit of the model has been checked.
/// </summary>
public abstract class PersonalizeEventsRequest
{
    private protected PersonalizeEventsRequest()
    {
    }

    /// <summary>The operation the request is for: <c>PutEvents</c>, <c>PutItems</c>, ….</summary>
    public abstract string Operation { get; }

    /// <summary>Every limit of the service model this request breaks; empty when it can be sent.</summary>
    public abstract IReadOnlyList<ValidationError> Validate();

    /// <summary>Throws a <see cref="RequestValidationException"/> naming every broken limit.</summary>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw CreateException(errors);
        }
    }

    /// <summary>
    /// Writes the request body, as the service expects it, after <see cref="EnsureValid"/>, as the next value of
    /// <paramref name="writer"/>. The body is SchemaGen's wire text whatever the writer's options: compact, and
    /// escaped only where JSON requires, so what the service receives is what was counted against its limits.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        EnsureValid();
        using var body = new PooledBufferWriter();
        WriteBody(body);
        writer.WriteRawValue(body.WrittenSpan, skipInputValidation: true);
        writer.Flush();
    }

    /// <summary>Writes the UTF-8 request body into <paramref name="output"/>, after <see cref="EnsureValid"/>.</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        EnsureValid();
        WriteBody(output);
    }

    /// <summary>The request body as a string, after <see cref="EnsureValid"/>.</summary>
    public string ToJson()
    {
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer);
        return buffer.ToUtf8String();
    }

    /// <summary>The operation's path under the endpoint (restJson1): <c>/events</c>, <c>/items</c>, ….</summary>
    internal abstract string RequestPath { get; }

    /// <summary>A value of the request that the service's messages must not repeat in full (the tracking id); empty for none.</summary>
    internal virtual string MaskedInMessages => string.Empty;

    /// <summary>The exception <see cref="EnsureValid"/> throws.</summary>
    private protected virtual RequestValidationException CreateException(IReadOnlyList<ValidationError> errors) => new(Operation, errors);

    /// <summary>Writes the body, already validated.</summary>
    private protected abstract void WriteBody(IBufferWriter<byte> output);
}
