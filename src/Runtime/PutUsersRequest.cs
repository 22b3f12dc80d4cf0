using System.Collections.Generic;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// One PutUsers call, member for member the service model's <c>PutUsersRequest</c> shape: up to 10 users of the
/// USERS dataset <see cref="DatasetRecordsRequest{TRecord}.DatasetArn"/> names.
/// </summary>
public sealed class PutUsersRequest : DatasetRecordsRequest<User>
{
    /// <param name="datasetArn">The ARN of the USERS dataset (<c>arn:aws:personalize:…:dataset/&lt;dataset group&gt;/USERS</c>).</param>
    /// <param name="users">1 to 10 users.</param>
    public PutUsersRequest(string datasetArn, IReadOnlyList<User> users)
        : base(DatasetRecordShape.Users, datasetArn, users, nameof(users))
    {
    }

    /// <summary><c>users</c>.</summary>
    public IReadOnlyList<User> Users => Records;

    /// <summary>The requests that carry <paramref name="users"/>, in order, at most 10 each.</summary>
    public static IReadOnlyList<PutUsersRequest> Batch(string datasetArn, IReadOnlyList<User> users) =>
        RecordBatches.Split(users, batch => new PutUsersRequest(datasetArn, batch));
}
