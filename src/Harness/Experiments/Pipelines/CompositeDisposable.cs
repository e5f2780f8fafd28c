namespace LeakSpec.Experiments.Pipelines;

/// <summary>Disposes several owned objects in order, once.</summary>
internal sealed class CompositeDisposable(params IDisposable[] owned) : IDisposable
{
    private bool disposed;

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var d in owned)
        {
            d.Dispose();
        }
    }
}
