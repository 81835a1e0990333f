namespace Synthesis.Cli.Tests.Fixtures;

/// <summary>
/// A full disk under one `synthesis` process, really: in a private mount namespace (`unshare`; with a user namespace
/// when not root) a tmpfs is mounted over the folder, the folder's files are copied onto it, a filler file takes all
/// its space but <c>free</c> bytes, and the command runs there; afterwards the files it left are copied back to the
/// real folder. Nothing is mounted on the machine, and the mount vanishes with the process however it ends.
/// </summary>
public static class SmallDisk
{
    /// <summary>Exit code of the script when it cannot mount (no mount namespace for this user).</summary>
    private const int CannotMount = 97;

    private const string Script = """
        set -e
        dir="$1"; free="$2"; shift 2
        stash="$(mktemp -d)"
        cp -a "$dir/." "$stash/"
        size=$(( $(du -sk "$stash" | cut -f1) + 16384 ))
        mount -t tmpfs -o "size=${size}k" tmpfs "$dir" || exit 97
        cp -a "$stash/." "$dir/"
        dd if=/dev/zero of="$dir/.filler" bs=4096 2>/dev/null || true
        truncate -s "-$free" "$dir/.filler"
        set +e
        "$@"
        code=$?
        set -e
        rm -f "$dir/.filler"
        find "$stash" -mindepth 1 -delete
        cp -a "$dir/." "$stash/"
        umount "$dir"
        find "$dir" -mindepth 1 -delete
        cp -a "$stash/." "$dir/"
        rm -rf "$stash"
        exit $code
        """;

    /// <summary>Runs `synthesis <paramref name="args"/>` with <paramref name="folder"/> on a disk that has <paramref name="free"/> bytes left (a multiple of 4,096).</summary>
    public static async Task<ChildOutcome> Run(string folder, long free, params string[] args)
    {
        string[] unshare = Environment.IsPrivilegedProcess ? ["unshare", "--mount", "--propagation", "private"] : ["unshare", "--user", "--map-root-user", "--mount"];
        var outcome = await CliChild.Run(args, killOnLine: null, launcher: [.. unshare, "sh", "-c", Script, "small-disk", folder, free.ToString()]);
        if (outcome.ExitCode == CannotMount || outcome.ErrorLines.Any(line => line.StartsWith("unshare:", StringComparison.Ordinal)))
            throw new InvalidOperationException("the full-disk tests need a private mount namespace (`unshare --mount` as root, " +
                                                $"`unshare --user --map-root-user --mount` otherwise), which this machine refused: {outcome.Error}");
        return outcome;
    }
}
