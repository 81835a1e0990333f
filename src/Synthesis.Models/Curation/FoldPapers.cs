using Synthesis.Data.Curation.Rules;
using Synthesis.Data.Reactions;
using Synthesis.Data.Statistics;

namespace Synthesis.Models.Curation;

/// <summary>
/// The papers (normalised DOIs) a fold scores (<c>papers.txt</c>) and those its members stopped early on
/// (<c>validation-papers.txt</c>), written beside its members, so that another copy of the same dataset (the
/// seeded-error copy) can be scored by the members that never saw those papers, with the same literature.
/// </summary>
public static class FoldPapers
{
    public const string ScoredFile = "papers.txt";
    public const string ValidationFile = "validation-papers.txt";

    /// <summary>One fold's folder with the papers it scores and those its members stopped early on.</summary>
    public sealed record Entry(string Folder, HashSet<string> Scored, HashSet<string> Validation);

    public static void Write(string foldFolder, IEnumerable<Reaction> scored, IEnumerable<Reaction> validation)
    {
        Directory.CreateDirectory(foldFolder);
        WriteList(Path.Combine(foldFolder, ValidationFile), validation);
        WriteList(Path.Combine(foldFolder, ScoredFile), scored);
    }

    /// <summary>Every fold of a run that kept its paper lists, in fold order.</summary>
    public static IReadOnlyList<Entry> Read(string workDirectory) =>
        Directory.Exists(workDirectory)
            ? Directory.GetDirectories(workDirectory, "fold-*").Order(StringComparer.Ordinal)
                .Where(f => File.Exists(Path.Combine(f, ScoredFile)) && File.Exists(Path.Combine(f, ValidationFile)))
                .Select(f => new Entry(f, ReadList(Path.Combine(f, ScoredFile)), ReadList(Path.Combine(f, ValidationFile)))).ToList()
            : [];

    public static string Paper(Reaction reaction) => DoiVariants.Normalise(reaction.Doi);

    private static void WriteList(string path, IEnumerable<Reaction> reactions)
    {
        var papers = reactions.Select(Paper).Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal);
        AtomicFile.Write(path, temporary => File.WriteAllLines(temporary, papers));
    }

    private static HashSet<string> ReadList(string path) => File.ReadLines(path).ToHashSet(StringComparer.Ordinal);
}
