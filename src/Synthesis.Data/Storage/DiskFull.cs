namespace Synthesis.Data.Storage;

/// <summary>
/// A write that failed for want of space: the disk (ENOSPC) or the user's quota (EDQUOT) is full. .NET reports
/// both as an <see cref="IOException"/> whose message names the file and whose HResult is the errno on Unix
/// (ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows). LiteDB closes its engine after such a failure and throws
/// the same exception from every later call, so a clean-up or rollback fails the same way; the first failure is
/// the one to report, with what it cost and what to do.
/// </summary>
public static class DiskFull
{
    private const int NoSpace = 28; // ENOSPC
    private const int QuotaExceeded = 122; // EDQUOT (Linux)
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>Whether <paramref name="error"/>, or an exception it wraps, is a full disk or quota.</summary>
    public static bool Caused(Exception error) => Chain(error).Any(IsFull);

    /// <summary>
    /// The original message (it names the file), then that the disk is full, what was lost and the remedy, e.g.
    /// "No space left on device : '/data/synthesis-log.db': the disk is full; the review was not saved. Free space on that disk and try again."
    /// </summary>
    public static IOException Explain(Exception error, string consequence, string remedy) =>
        new($"{Original(error).Message}: the disk is full; {consequence}. Free space on that disk and {remedy}.", error);

    /// <summary>The innermost full-disk exception: the one the operating system raised, naming the file.</summary>
    private static Exception Original(Exception error) => Chain(error).LastOrDefault(IsFull) ?? error;

    private static bool IsFull(Exception e) => e is IOException { HResult: NoSpace or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull };

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException) yield return e;
    }
}
