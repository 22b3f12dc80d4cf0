using System;
using System.Threading.Tasks;
using SchemaGen;

namespace MovieClicks;

/// <summary>Records the movies' metadata through an <see cref="ItemRecorder{T}"/>.</summary>
internal static class ItemSending
{
    public static async Task SendAsync(PersonalizeEventsClient client, string itemsDatasetArn, params Movie[] movies)
    {
        var failed = 0;
        await using (var recorder = new ItemRecorder<Movie>(client, new DatasetRecorderOptions
        {
            DatasetArn = itemsDatasetArn,
            OnFailure = failure =>
            {
                var items = ((PutItemsRequest)failure.Request).Items.Count;
                failed += items;
                Console.WriteLine($"not accepted: {items} items: {failure.Exception.Message}");
            },
        }))
        {
            foreach (var movie in movies)
            {
                await recorder.RecordAsync(movie);
                Console.WriteLine($"recorded item {movie.ItemId}: {movie.ToItem().Properties}");
            }
        }

        Console.WriteLine($"PutItems: {movies.Length - failed} items accepted, {failed} not accepted");
    }
}
