namespace SchemaGen;

/// <summary>The Amazon Personalize dataset type a schema describes; its Avro record carries the same name.</summary>
public enum PersonalizeDatasetType
{
    /// <summary>Interactions between users and items, streamed with PutEvents.</summary>
    Interactions,

    /// <summary>Item metadata, streamed with PutItems.</summary>
    Items,

    /// <summary>User metadata, streamed with PutUsers.</summary>
    Users,

    /// <summary>Action metadata (custom dataset groups), streamed with PutActions.</summary>
    Actions,

    /// <summary>Interactions between users and actions (custom dataset groups), streamed with PutActionInteractions.</summary>
    ActionInteractions,
}
