using CoachingDocs.Bench;

// dotnet run -c Release --project bench/CoachingDocs.Bench -- generate [catalogue-folder]
return args switch
{
    ["generate", .. var rest] => GenerationBenchmark.Run(rest.FirstOrDefault()),
    ["cohort", .. var rest] => CohortBenchmark.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CoachingDocs.Bench generate [catalogue-folder]   (default: the repository's templates/catalogue)");
    Console.Error.WriteLine("       CoachingDocs.Bench cohort [learners] [catalogue-folder]");
    return 2;
}
