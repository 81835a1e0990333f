using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Web.Tests.Fixtures;

/// <summary>
/// The real server over the dataset sample with the shipped model (models/reaction/grouped-10), whose answers
/// are the ones a chemist sees; loading it and embedding the sample takes a few seconds.
/// </summary>
public sealed class ShippedModelServer : ServerFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> Prepare() =>
        [new("Synthesis:ModelDirectory", Path.Combine(PythonClient.RepositoryRoot, "models", "reaction", "grouped-10"))];
}
