using System;

namespace SchemaGen;

/// <summary>
/// How an <see cref="ItemRecorder{T}"/>, <see cref="UserRecorder{T}"/> or <see cref="ActionRecorder{T}"/> batches,
/// paces and retries. Only <see cref="DatasetArn"/> must be set.
/// </summary>
public sealed class DatasetRecorderOptions : RecorderOptions
{
    /// <summary>
    /// Creates the options with the defaults; <see cref="RecorderOptions.MaxRequestsPerSecond"/> is 10, the service's
    /// quota for PutItems, PutUsers and PutActions per dataset group.
    /// </summary>
    public DatasetRecorderOptions()
        : base(PersonalizeQuotas.PutDatasetRecordsPerSecond)
    {
    }

    /// <summary>The ARN of the dataset the records go to, of the recorder's dataset type. Required.</summary>
    public string DatasetArn { get; set; } = string.Empty;

    /// <summary>
    /// Called once for each request that finally failed, with its records. Unset: the failure is logged at error
    /// level to <see cref="RecorderOptions.Logger"/>, or written to standard error when there is no logger.
    /// </summary>
    public Action<RecordsFailure>? OnFailure { get; set; }

    private protected override (string Name, string Value) Destination => (nameof(DatasetArn), DatasetArn);
}
