// Phrases learners write, picked by the seeded PRNG so each case reads differently but the same on every run.
export const goals = [
  "Plan how to delegate the weekly rota", "Prepare for the team leader interview", "Handle a difficult conversation with a colleague",
  "Prioritise the backlog before quarter end", "Build confidence presenting to senior managers", "Agree a return-to-work routine",
  "Improve time management on shift", "Give feedback to a long-serving team member", "Set up one-to-ones with new starters",
];
export const options = ["Three options listed and weighed", "Ask for a mentor; shadow a peer; book the course", "Try a daily stand-up or a shared board",
  "Draft the email now, or raise it at the review", "Block two mornings a week for planning"];
export const actions = ["Draft the rota by Friday", "Book a practice interview for next week", "Hold the conversation by the 20th",
  "Send the summary to the manager", "Trial the board for two weeks"];
export const feedback = ["Helpful to name the real issue", "Good questions, felt listened to", "Clearer on my options now", "Challenging in a good way",
  "Ready to act", "Useful, would like more time", "Confident about next steps"];
export const questioning = ["I used open questions and let silences work.", "Mostly open questions; one leading question slipped in.",
  "Scaling questions helped the client rate progress.", "I asked what success would look like before options."];
export const listening = ["I summarised before moving on.", "I noticed I interrupted once and stopped.", "Reflected back the client's words about pressure.",
  "Paraphrasing kept us on the client's agenda."];
export const improve = ["Leave more silence after a question.", "Contract the time at the start.", "Check the goal again before actions.",
  "Ask fewer closed questions."];
export const outcomes = ["Work on silence and fewer closed questions", "Contract more clearly at the start of each session",
  "Use GROW more flexibly; revisit the goal mid-session", "Record the options the client rejects as well"];
