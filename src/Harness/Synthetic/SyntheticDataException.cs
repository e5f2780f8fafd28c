namespace LeakSpec.Synthetic;

/// <summary>A synthetic dataset cannot be written (target not empty, ffmpeg missing or failing, …).</summary>
public sealed class SyntheticDataException : Exception
{
    public SyntheticDataException(string message)
        : base(message)
    {
    }

    public SyntheticDataException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
