namespace LeakSpec.Regression;

/// <summary>Sequence ordering and padding for the LSTM: sorted by length, zero-padded at the end.</summary>
internal static class LstmBatching
{
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
