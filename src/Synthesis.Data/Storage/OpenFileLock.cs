using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Synthesis.Data.Storage;

/// <summary>
/// Linux open-file-description locks (fcntl F_OFD_SETLK) on one byte of a file. Unlike FileStream.Lock — classic
/// POSIX locks, which belong to the process, never conflict within it, and vanish when the process closes any other
/// handle to the file — an OFD lock belongs to one open handle: a second handle conflicts even in the same process,
/// closing another handle leaves it alone, and the kernel drops it when the holder dies (kill -9 included).
/// </summary>
internal static partial class OpenFileLock
{
    private const int F_OFD_SETLK = 37;
    private const short F_WRLCK = 1;
    private const short F_UNLCK = 2;
    private const int EAGAIN = 11;
    private const int EACCES = 13;

    /// <summary>Takes a write lock on the byte at <paramref name="offset"/>; false when another handle holds it.</summary>
    public static bool TryLock(SafeFileHandle file, long offset) => Set(file, F_WRLCK, offset);

    public static void Unlock(SafeFileHandle file, long offset) => Set(file, F_UNLCK, offset);

    private static bool Set(SafeFileHandle file, short type, long offset)
    {
        var region = new Region { Type = type, Whence = 0, Start = offset, Length = 1 };
        if (Fcntl(file, F_OFD_SETLK, ref region) == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        if (errno is EAGAIN or EACCES) return false;
        throw new IOException($"cannot lock the database owner file: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})");
    }

    /// <summary>struct flock on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Region
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int Pid;
    }

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(SafeFileHandle file, int command, ref Region region);
}
