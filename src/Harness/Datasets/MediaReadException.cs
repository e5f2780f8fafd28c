namespace LeakSpec.Datasets;

/// <summary>An image or video cannot be read: missing, empty, undecodable, larger than allowed, or ffmpeg failed.</summary>
public sealed class MediaReadException : DatasetException
{
    public MediaReadException(string filePath, string message, Exception? inner = null)
        : base(Locate(filePath, null, message), filePath, null, inner)
    {
    }
}
