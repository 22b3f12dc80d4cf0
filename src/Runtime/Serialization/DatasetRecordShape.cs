using System.Text;

namespace SchemaGen.Serialization;

/// <summary>
/// What differs between PutItems, PutUsers and PutActions, whose requests are otherwise one shape (service model):
/// the operation, the dataset type its <c>datasetArn</c> must name, the list's and the id's member names, and the
/// <c>properties</c> limit.
/// </summary>
internal sealed class DatasetRecordShape
{
    public static readonly DatasetRecordShape Items = new("PutItems", "ITEMS", "items", "itemId", PersonalizeLimits.MaxItemPropertiesLength);

    public static readonly DatasetRecordShape Users = new("PutUsers", "USERS", "users", "userId", PersonalizeLimits.MaxUserPropertiesLength);

    public static readonly DatasetRecordShape Actions = new("PutActions", "ACTIONS", "actions", "actionId", PersonalizeLimits.MaxActionPropertiesLength);

    private DatasetRecordShape(string operation, string datasetType, string listName, string idName, int maxPropertiesLength)
    {
        Operation = operation;
        DatasetType = datasetType;
        ListName = listName;
        IdName = idName;
        MaxPropertiesLength = maxPropertiesLength;
        ListOpening = Encoding.UTF8.GetBytes(",\"" + listName + "\":[");
        RecordOpening = Encoding.UTF8.GetBytes("{\"" + idName + "\":");
    }

    public string Operation { get; }

    /// <summary>The dataset type the ARN ends with: <c>ITEMS</c>, <c>USERS</c> or <c>ACTIONS</c>.</summary>
    public string DatasetType { get; }

    public string ListName { get; }

    public string IdName { get; }

    public int MaxPropertiesLength { get; }

    /// <summary><c>,"items":[</c>, prepared once.</summary>
    public byte[] ListOpening { get; }

    /// <summary><c>{"itemId":</c>, prepared once.</summary>
    public byte[] RecordOpening { get; }
}
