using CoachingDocs.Core.Generation;

namespace CoachingDocs.Core.Tests.Generation;

internal static class Learners
{
    public static LearnerDetails Sample(int? sessions = null, params string[] clients) => new()
    {
        Name = "Aoife O'Brien & Co <test>",
        RegistrationNumber = "REG-0042",
        CentreName = "Northern Coaching Centre",
        CentreNumber = "C12345",
        AssessorName = "Sam Assessor",
        ClientRefs = clients.Length == 0 ? ["CL-01"] : clients,
        PlannedSessions = sessions,
        StartDate = new DateOnly(2025, 3, 1),
        EndDate = new DateOnly(2025, 9, 30),
    };
}
