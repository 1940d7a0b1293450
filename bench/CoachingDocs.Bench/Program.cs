using CoachingDocs.Bench;

// dotnet run -c Release --project bench/CoachingDocs.Bench -- generate [catalogue-folder]
// dotnet run -c Release --project bench/CoachingDocs.Bench -- check [--out DIR]
return args switch
{
    ["generate", .. var rest] => GenerationBenchmark.Run(rest.FirstOrDefault()),
    ["check", .. var rest] => CheckBenchmark.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CoachingDocs.Bench generate [catalogue-folder]   (default: the repository's templates/catalogue)");
    Console.Error.WriteLine("       CoachingDocs.Bench check [--out DIR]");
    return 2;
}
