using LeakSpec.Datasets;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Training;

/// <summary>The loader that decodes batches ahead of training: the same images in the same order, errors surfaced, no hang.</summary>
[Trait("Category", "Fast")]
public sealed class BatchLoaderTests
{
    [Fact]
    public void Planned_batches_come_back_in_order_with_each_item_loaded_ahead()
    {
        // Given ten items and an epoch of batches, with slow loads
        var loads = new int[10];
        var items = Items(10, i =>
        {
            Interlocked.Increment(ref loads[i]);
            Thread.Sleep(5);
        });
        int[][] batches = [[3, 1, 4], [1, 5, 9], [2, 6]];

        // When the batches are taken in the planned order
        using var loader = new BatchLoader(items, batches, workers: 3, depth: 1, CancellationToken.None);
        var taken = batches.Select(loader.Take).ToArray();

        // Then each batch holds its items' images in batch order, each load happened once per appearance
        for (var b = 0; b < batches.Length; b++)
        {
            taken[b].Select(img => img.Pixels[0]).Should().Equal(batches[b].Select(i => (byte)i));
        }

        loads[1].Should().Be(2);
        loads[0].Should().Be(0);
    }

    [Fact]
    public void A_batch_out_of_plan_is_loaded_in_place()
    {
        using var loader = new BatchLoader(Items(4), [[0, 1]], workers: 2, depth: 2, CancellationToken.None);

        loader.Take([2, 3]).Select(img => img.Pixels[0]).Should().Equal((byte)2, (byte)3);
    }

    [Fact]
    public void A_load_error_reaches_the_training_thread()
    {
        var items = Items(4, i =>
        {
            if (i == 2)
            {
                throw new MediaReadException("/data/bad.png", "not an image");
            }
        });
        using var loader = new BatchLoader(items, [[0, 1], [2, 3]], workers: 2, depth: 1, CancellationToken.None);

        loader.Take([0, 1]);
        var act = () => loader.Take([2, 3]);

        act.Should().Throw<Exception>().Where(e => e.ToString().Contains("/data/bad.png"));
    }

    [Fact]
    public async Task Disposing_mid_epoch_stops_the_producer()
    {
        // Given a loader of 100 batches whose queue is full after the first
        var loader = new BatchLoader(Items(4), [.. Enumerable.Repeat(new[] { 0, 1 }, 100)], workers: 1, depth: 1, CancellationToken.None);
        loader.Take([0, 1]);

        // When the epoch ends early, Then disposal returns (it does not wait on a full queue)
        var dispose = Task.Run(loader.Dispose);
        (await Task.WhenAny(dispose, Task.Delay(TimeSpan.FromSeconds(10)))).Should().BeSameAs(dispose);
    }

    private static LabeledImage[] Items(int n, Action<int>? onLoad = null) =>
        [.. Enumerable.Range(0, n).Select(i => new LabeledImage($"item{i}", () =>
        {
            onLoad?.Invoke(i);
            return new RgbImage(1, 1, [(byte)i, 0, 0]);
        }, i))];
}
