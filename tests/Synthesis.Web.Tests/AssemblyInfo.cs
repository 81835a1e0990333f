// One browser and one server at a time: CI has 2 cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
