namespace LeakSpec.Experiments;

/// <summary>A replication that cannot start as asked (unknown case, missing data, no pipeline): the message says what to change.</summary>
public sealed class ReplicationException : Exception
{
    public ReplicationException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
