using CoachingDocs.Bench;

// dotnet run -c Release --project bench/CoachingDocs.Bench -- generate [catalogue-folder]
// dotnet run -c Release --project bench/CoachingDocs.Bench -- check [--out DIR]
// dotnet run -c Release --project bench/CoachingDocs.Bench -- cohort [learners] | cohort-check [learners]
// dotnet run -c Release --project bench/CoachingDocs.Bench -- accuracy [--cases | --ratchet]
return args switch
{
    ["generate", .. var rest] => GenerationBenchmark.Run(rest.FirstOrDefault()),
    ["check", .. var rest] => CheckBenchmark.Run(rest),
    ["cohort", .. var rest] => CohortBenchmark.Run(rest),
    ["cohort-check", .. var rest] => CohortBenchmark.RunCheck(rest),
    ["accuracy", .. var rest] => AccuracyBenchmark.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CoachingDocs.Bench generate [catalogue-folder]   (default: the repository's templates/catalogue)");
    Console.Error.WriteLine("       CoachingDocs.Bench check [--out DIR]");
    Console.Error.WriteLine("       CoachingDocs.Bench cohort [learners] [catalogue-folder]");
    Console.Error.WriteLine("       CoachingDocs.Bench cohort-check [learners] [catalogue-folder]");
    Console.Error.WriteLine("       CoachingDocs.Bench accuracy [--cases | --ratchet]   (the corpus of other programs' documents: N/M exact, per field)");
    return 2;
}
