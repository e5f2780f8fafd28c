namespace LeakSpec.Regression;

/// <summary>Sequence ordering and padding for the LSTM: sorted by length, zero-padded at the end.</summary>
internal static class LstmBatching
{
    /// <summary>
    /// The training order of every epoch, as <c>trainlstm.m</c> and MATLAB build it: the table sorted by length,
    /// longest first (<c>sortrows(…, 'sizes', 'descend')</c>, ties in input order), then for 'once' one seeded
    /// permutation of that sorted list. The same array serves every epoch.
    /// </summary>
    public static int[] TrainingOrder(IReadOnlyList<double[][]> sequences, LstmShuffle shuffle, int seed)
    {
        var sorted = Enumerable.Range(0, sequences.Count).OrderByDescending(i => sequences[i].Length).ThenBy(i => i).ToArray();
        if (shuffle == LstmShuffle.Never)
        {
            return sorted;
        }

        var rng = new Random(seed);
        for (var i = sorted.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (sorted[i], sorted[j]) = (sorted[j], sorted[i]);
        }

        return sorted;
    }

    /// <summary>
    /// One epoch's mini-batches over <paramref name="order"/>: consecutive chunks of <paramref name="batchSize"/>; when
    /// <paramref name="discardPartial"/> and at least one batch is full, the incomplete last chunk is left out, as
    /// MATLAB's trainNetwork leaves it.
    /// </summary>
    public static IEnumerable<int[]> Batches(int[] order, int batchSize, bool discardPartial)
    {
        var usable = discardPartial && order.Length >= batchSize ? order.Length - (order.Length % batchSize) : order.Length;
        return order.Take(usable).Chunk(batchSize);
    }

    /// <summary>Indices ordered by sequence length (ties keep input order), the order MATLAB's "sort by length" recipe uses.</summary>
    public static int[] SortedByLength(IReadOnlyList<double[][]> sequences) =>
        Enumerable.Range(0, sequences.Count).OrderBy(i => sequences[i].Length).ThenBy(i => i).ToArray();

    /// <summary>Flattens a batch into N×T×F floats (T = the longest), zeros after each sequence's end, and its lengths.</summary>
    public static (float[] Data, long[] Shape, long[] Lengths) Pad(IReadOnlyList<double[][]> batch, int width)
    {
        var t = batch.Max(s => s.Length);
        var data = new float[batch.Count * t * width];
        var lengths = new long[batch.Count];
        for (var n = 0; n < batch.Count; n++)
        {
            lengths[n] = batch[n].Length;
            for (var step = 0; step < batch[n].Length; step++)
            {
                var row = batch[n][step];
                var offset = ((n * t) + step) * width;
                for (var f = 0; f < width; f++)
                {
                    data[offset + f] = (float)row[f];
                }
            }
        }

        return (data, [batch.Count, t, width], lengths);
    }

    public static void Check(IReadOnlyList<double[][]> sequences, int width, string what)
    {
        for (var i = 0; i < sequences.Count; i++)
        {
            if (sequences[i].Length == 0)
            {
                throw new ArgumentException($"{what}: sequence {i} is empty; every video needs at least one frame.");
            }

            var bad = Array.FindIndex(sequences[i], r => r.Length != width);
            if (bad >= 0)
            {
                throw new ArgumentException($"{what}: sequence {i}, step {bad} has {sequences[i][bad].Length} features, expected {width} (LstmConfig.InputSize).");
            }
        }
    }
}
