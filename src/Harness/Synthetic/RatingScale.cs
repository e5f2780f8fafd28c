namespace LeakSpec.Synthetic;

/// <summary>How raters vote on a dataset: a continuous slider (TID2013, LIVE) or 5-point ACR (KADID, KonIQ, KoNViD).</summary>
internal sealed record RatingScale(double Min, double Max, bool Acr)
{
    public static readonly RatingScale Tid = new(0, 9, false);
    public static readonly RatingScale Live = new(0, 100, false);
    public static readonly RatingScale Acr5 = new(1, 5, true);

    public double FromUnit(double unit) => Min + (unit * (Max - Min));
}
