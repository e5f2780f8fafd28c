using System.Collections.Concurrent;
using LeakSpec.Datasets;

namespace LeakSpec.Training;

/// <summary>
/// Decodes the images of an epoch's batches ahead of the training thread, with parallel workers and a bounded queue,
/// so the device does not wait on the host for a real dataset's JPEG decodes or frame reads. Only loading moves off
/// the thread: crops and flips stay with the training thread's generator, in sample order, so a seed still fixes
/// every crop and the results are those of loading in place.
/// </summary>
internal sealed class BatchLoader : IDisposable
{
    private readonly Func<int, RgbImage> load;
    private readonly IReadOnlyList<int[]> batches;
    private readonly BlockingCollection<RgbImage[]> ready;
    private readonly CancellationTokenSource stop;
    private readonly Task producer;
    private int taken;

    /// <param name="depth">Batches decoded ahead at most: bounds host memory to depth × batch size images.</param>
    public BatchLoader(IReadOnlyList<LabeledImage> items, IReadOnlyList<int[]> batches, int workers, int depth, CancellationToken ct)
        : this(i => items[i].Load(), batches, workers, depth, ct)
    {
    }

    /// <param name="load">Decodes item i (called from the workers, so it must be thread-safe).</param>
    public BatchLoader(Func<int, RgbImage> load, IReadOnlyList<int[]> batches, int workers, int depth, CancellationToken ct)
    {
        this.load = load;
        this.batches = batches;
        ready = new BlockingCollection<RgbImage[]>(Math.Max(1, depth));
        stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = stop.Token;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers), CancellationToken = token };
        producer = Task.Run(
            () =>
            {
                try
                {
                    foreach (var batch in batches)
                    {
                        var images = new RgbImage[batch.Length];
                        Parallel.For(0, batch.Length, options, k => images[k] = load(batch[k]));
                        ready.Add(images, token);
                    }
                }
                finally
                {
                    ready.CompleteAdding();
                }
            },
            token);
    }

    /// <summary>Workers for the machine at hand: one core stays with the training thread.</summary>
    public static int DefaultWorkers => Math.Clamp(Environment.ProcessorCount - 1, 1, 8);

    /// <summary>
    /// The decoded images of <paramref name="batch"/>: the next prepared batch when it is the one asked for, else (the
    /// loop left the planned order) loaded in place.
    /// </summary>
    public RgbImage[] Take(int[] batch)
    {
        if (taken < batches.Count && batches[taken].AsSpan().SequenceEqual(batch))
        {
            taken++;
            try
            {
                return ready.Take(stop.Token);
            }
            catch (InvalidOperationException) when (producer.IsFaulted)
            {
                // The producer stopped on a load error: rethrow that error, not the empty queue's.
                producer.GetAwaiter().GetResult();
                throw;
            }
        }

        return [.. batch.Select(load)];
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            producer.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled on purpose (the epoch ended early, or the run was cancelled), or a load error that Take has
            // already thrown or that belongs to a batch nobody asked for.
        }

        ready.Dispose();
        stop.Dispose();
    }
}
