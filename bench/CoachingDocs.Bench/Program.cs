using CoachingDocs.Bench;

// dotnet run -c Release --project bench/CoachingDocs.Bench -- generate [catalogue-folder]
return args switch
{
    ["generate", .. var rest] => GenerationBenchmark.Run(rest.FirstOrDefault()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CoachingDocs.Bench generate [catalogue-folder]   (default: the repository's templates/catalogue)");
    return 2;
}
