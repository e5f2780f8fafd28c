namespace LeakSpec.Runtime;

/// <summary>A native library LeakSpec needs (libtorch, libsvm, ffmpeg) cannot be found, loaded or repaired; the message says what was tried.</summary>
public sealed class NativeLibraryException : Exception
{
    public NativeLibraryException(string message)
        : base(message)
    {
    }

    public NativeLibraryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
