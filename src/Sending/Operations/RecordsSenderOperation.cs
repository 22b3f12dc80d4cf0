using System;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>
/// An operation sent through an <see cref="IPersonalizeEventsSender"/> whose failures go to an
/// <c>Action&lt;RecordsFailure&gt;</c>: every operation but PutEvents, which keeps its own sender and failure type.
/// </summary>
internal abstract class RecordsSenderOperation<TRecord> : RecordOperation<TRecord, string>
{
    private readonly IPersonalizeEventsSender _sender;
    private readonly Action<RecordsFailure>? _onFailure;

    private protected RecordsSenderOperation(IPersonalizeEventsSender sender, Action<RecordsFailure>? onFailure)
    {
        _sender = sender;
        _onFailure = onFailure;
    }

    public sealed override Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken) =>
        _sender.SendAsync(request, cancellationToken);

    public sealed override bool TryReportFailure(PersonalizeEventsRequest request, Exception exception, bool outcomeUnknown)
    {
        if (_onFailure is null)
        {
            return false;
        }

        _onFailure(new RecordsFailure(request, exception, outcomeUnknown));
        return true;
    }
}
