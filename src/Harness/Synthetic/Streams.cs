namespace LeakSpec.Synthetic;

/// <summary>Named random streams, so that adding a draw to one concern does not shift the draws of another.</summary>
internal static class Streams
{
    public const int Content = 1;
    public const int Style = 2;
    public const int Item = 3;
    public const int Layout = 4;
    public const int Raters = 5;
    public const int Ids = 6;
    public const int Frames = 7;
}
