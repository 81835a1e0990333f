namespace Synthesis.Server.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class RealModelCollection : ICollectionFixture<RealModelServer>
{
    public const string Name = "real model";
}

[CollectionDefinition(Name)]
public sealed class FakeModelCollection : ICollectionFixture<FakeModelServer>
{
    public const string Name = "fake model";
}

[CollectionDefinition(Name)]
public sealed class CurationCollection : ICollectionFixture<CurationServer>
{
    public const string Name = "curation";
}
