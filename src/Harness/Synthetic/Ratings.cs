namespace LeakSpec.Synthetic;

/// <summary>The simulated votes on one item: mean and standard deviation on the dataset's scale, ACR histogram.</summary>
internal sealed record Ratings(double Mean, double Sd, int[] Counts)
{
    /// <summary>Each rater sees the noise-free quality plus their own Gaussian error, and votes on the scale.</summary>
    public static Ratings Simulate(Random rng, double unitQuality, int raters, double raterSd, RatingScale scale)
    {
        var votes = new double[raters];
        var counts = new int[5];
        for (var i = 0; i < raters; i++)
        {
            var v = scale.FromUnit(unitQuality + (raterSd * rng.Normal()));
            if (scale.Acr)
            {
                var vote = Math.Clamp((int)Math.Round(v, MidpointRounding.AwayFromZero), 1, 5);
                counts[vote - 1]++;
                votes[i] = vote;
            }
            else
            {
                votes[i] = Math.Clamp(v, scale.Min, scale.Max);
            }
        }

        var mean = votes.Average();
        var sd = Math.Sqrt(votes.Sum(v => (v - mean) * (v - mean)) / (raters - 1));
        return new Ratings(mean, sd, counts);
    }
}
