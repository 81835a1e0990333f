using Synthesis.Data.Storage;
using Synthesis.Server.Options;

namespace Synthesis.Server.Startup;

/// <summary>Opens the process's one reaction database and imports the dataset into it when it is empty.</summary>
public static class ReactionStore
{
    // PENDING (Data layer): open LiteDbReactionRepository through the Data project's per-file registry
    // (one LiteDatabase per file per process) at options.Database and, when CurrentVersion() is null,
    // import options.Dataset with the Data project's importer. Wire it here once they land.
    public static IReactionRepository Open(SynthesisOptions options, ILogger log) =>
        throw new InvalidOperationException($"the LiteDB reaction repository is not wired yet (database {options.Database}, dataset {options.Dataset})");
}
