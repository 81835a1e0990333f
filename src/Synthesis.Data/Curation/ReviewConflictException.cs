namespace Synthesis.Data.Curation;

/// <summary>The flag moved on since the curator read it: nothing was written; read it again and resend.</summary>
public sealed class ReviewConflictException : Exception
{
    public ReviewConflictException(string flagId, int current, int expected)
        : base($"flag {flagId} is at revision {current}, the review was based on revision {expected}: read the flag again and resend the review")
    {
    }

    /// <summary>A conflict reported by a server, in its words.</summary>
    public ReviewConflictException(string message) : base(message)
    {
    }
}
