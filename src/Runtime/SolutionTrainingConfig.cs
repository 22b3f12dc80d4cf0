using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using SchemaGen.Serialization;
using SchemaGen.Validation;

namespace SchemaGen;

/// <summary>
/// The training members of a <c>CreateSolution</c> call for one schema: <c>eventType</c> (which events to train
/// on) and <c>solutionConfig.eventValueThreshold</c> (the lowest event value to use). SchemaGen's analyzers check
/// it at compile time (SG2001–SG2004); <see cref="Validate"/> checks the same rules at run time.
/// </summary>
public sealed class SolutionTrainingConfig
{
    /// <summary>personalize: <c>EventType</c> and <c>EventValueThreshold</c> are strings of at most 256 characters.</summary>
    private const int MaxLength = PersonalizeLimits.MaxIdLength;

    /// <param name="schema">The schema trained on, such as <c>MovieRating.SchemaInfo</c>.</param>
    public SolutionTrainingConfig(InteractionsSchemaInfo schema) =>
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));

    /// <summary>The schema trained on.</summary>
    public InteractionsSchemaInfo Schema { get; }

    /// <summary><c>eventType</c>: train on events of this type only; all events when null.</summary>
    public string? EventType { get; set; }

    /// <summary><c>solutionConfig.eventValueThreshold</c>: train on events whose value is at least this number.</summary>
    public string? EventValueThreshold { get; set; }

    /// <summary>Every problem with this configuration; empty when it can be used.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        if (EventType is not null)
        {
            if (EventType.Length > MaxLength)
            {
                errors.Add(new ValidationError("eventType", "is " + EventType.Length.ToString(CultureInfo.InvariantCulture) + " characters long; the limit is " + MaxLength.ToString(CultureInfo.InvariantCulture) + " characters"));
            }

            if (Schema.EventTypes.Count > 0 && !Contains(Schema.EventTypes, EventType))
            {
                errors.Add(new ValidationError("eventType", "'" + EventType + "' is not one of the event types schema '" + Schema.Name + "' declares (" + string.Join(", ", Schema.EventTypes) + ")"));
            }
        }

        if (EventValueThreshold is not null)
        {
            if (EventValueThreshold.Length > MaxLength || !double.TryParse(EventValueThreshold, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                errors.Add(new ValidationError("solutionConfig.eventValueThreshold", "'" + EventValueThreshold + "' is not a number"));
            }

            if (!Contains(Schema.FieldNames, "EVENT_VALUE"))
            {
                errors.Add(new ValidationError("solutionConfig.eventValueThreshold", "schema '" + Schema.Name + "' has no EVENT_VALUE field to compare with the threshold"));
            }

            if (EventType is null)
            {
                errors.Add(new ValidationError("eventType", "is not set, but eventValueThreshold is; the threshold is meant for the events of one type"));
            }
        }

        return errors;
    }

    /// <summary>Writes <c>eventType</c> and <c>solutionConfig</c> into the CreateSolution object being written.</summary>
    /// <exception cref="TrainingConfigValidationException">The configuration breaks a rule of <see cref="Validate"/>.</exception>
    public void WriteMembers(Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new TrainingConfigValidationException(errors);
        }

        if (EventType is not null)
        {
            writer.WriteString("eventType", EventType);
        }

        if (EventValueThreshold is not null)
        {
            writer.WritePropertyName("solutionConfig");
            writer.WriteStartObject();
            writer.WriteString("eventValueThreshold", EventValueThreshold);
            writer.WriteEndObject();
        }
    }

    /// <summary>The members as a JSON object, such as <c>{"eventType":"watch","solutionConfig":{"eventValueThreshold":"0.5"}}</c>.</summary>
    public string ToJson()
    {
        using var buffer = new PooledBufferWriter(256);
        using (var writer = new Utf8JsonWriter(buffer, JsonDefaults.WriterOptions))
        {
            writer.WriteStartObject();
            WriteMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.ToUtf8String();
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
