// libtorch's random generator is process-wide: tests that seed it must not interleave, or a "same seed" run
// sees another test's draws (the resume test failed that way once in CI).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
