// Layouts: what a learner's file looks like, built from one case's data as a document model (backends.mjs writes it).
// Each layout also says what it evidences (catalogue sections "kind#section" and "ac:x.y" for text under an AC heading),
// from the same data it writes; truth.mjs turns that into the findings. Nothing here reads a generated file.
const active = (c) => c.sessions.filter((s) => !s.cancelled);
const clientSessions = (c, ref) => c.sessions.filter((s) => s.client === ref);
const T = (rows, headerRows = 0, extra = {}) => ({ kind: "table", rows, headerRows, ...extra });
const H = (level, text) => ({ kind: "h", level, text });
const P = (text) => ({ kind: "p", text });

const AC_TEXT = {
  "1.1": "Produce a plan for effective coaching to take place for 6 hours (unit 301) or 12 hours (unit 302)",
  "1.2": "Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being coached",
  "1.3": "Agree an appropriate and confidential contract with individual(s) and other stakeholders",
  "2.1": "Use diagnostic or assessment tools to effectively coach within an organisational context",
  "2.2": "Use a recognised model of coaching during the coaching process which support the individual(s) to achieve their goals",
  "2.3": "Demonstrate the knowledge, skills and behaviours of an effective and ethical coach, including communication techniques of questioning and listening",
  "2.4": "Record an auditable coaching process from initial contact to completion",
  "3.1": "Reflect on each session and identify key learning to support continuous professional development",
};

export const layouts = {
  // ILM 8585 handbook Appendix 5, Coaching Diary - Units 301/302: "AC1.1 ... – Client 1" headings (no space after AC).
  appendix5Diary: {
    rendersFeedback: () => true,
    blocks(c) {
      const b = [H(1, `Coaching Diary – Unit ${c.unit}`)];
      b.push(T([["Name of Coach", c.coach], ["Client Ref/ID", c.clients.map((x) => x.ref).join(", ")],
        ["Start Date of Activity", c.sessions[0]?.dateText ?? ""], ["Total number of hours completed", c.statedText ?? ""]]));
      b.push(T([["Signature of Coach", c.coach, "Date", c.signedText ?? ""], ["Signature of Coachee", "(anonymised)", "Date", c.signedText ?? ""]]));
      for (const client of c.clients) {
        if (client.profile) {
          b.push(H(2, `AC1.1 ${AC_TEXT["1.1"]} – ${client.ref}`));
          b.push(T([["Brief profile of the client", client.profile], ["What are the anticipated benefits of coaching for this client?", client.benefits ?? ""],
            ["Where will you meet for the sessions?", client.venue ?? ""], ["What makes this venue suitable?", "Private and away from the team"],
            [`Planned duration of the sessions: ${client.plannedDuration ?? "1 hour"}`, `Number of Sessions: ${clientSessions(c, client.ref).length}`]]));
        }
        if (client.goals) {
          b.push(H(2, `AC 1.2 ${AC_TEXT["1.2"]} – ${client.ref}`));
          b.push(T([["What are the client’s goals or outcomes, relevant to their context?", client.goals]]));
        }
        if (client.contract) {
          b.push(H(2, `AC1.3 ${AC_TEXT["1.3"]} – ${client.ref}`));
          b.push(H(3, "The Coaching Contract"));
          b.push(P("In signing this agreement, all parties agree:"));
          b.push({ kind: "list", items: ["To be honest and committed to the contracted activity", "To maintain confidentiality regarding discussions",
            `To review the coaching contract after ${client.contract.review} sessions and have a ‘no fault’ ending if the relationship does not suit either party`] });
          b.push(T([["Signature of Coach", c.coach, "Date", client.contract.signed], ["Signature of Client", client.ref, "Date", client.contract.signed],
            ["Signature of Stakeholder(s)", client.contract.stakeholder, "Date", client.contract.signed]]));
        }
      }
      if (c.diagnostics) {
        b.push(H(2, `AC 2.1 ${AC_TEXT["2.1"]}`));
        b.push(T([["Client ref/ID", c.clients[0].ref], ["Name of diagnostic used", c.diagnostics.name]]));
        b.push(T([["Client’s learning style", c.diagnostics.style], ["Other diagnostic tools if used & results", c.diagnostics.result]]));
        if (c.swot) b.push(P("Client’s SWOT"), T([["Strengths: " + c.swot.s, "Weaknesses / areas for development: " + c.swot.w], ["Opportunities: " + c.swot.o, "Threats / barriers: " + c.swot.t]]));
      }
      if (c.sessions.length) {
        b.push(H(2, `AC 2.2 ${AC_TEXT["2.2"]}`), H(2, `AC 2.3 ${AC_TEXT["2.3"]}`), H(2, `AC 2.4 ${AC_TEXT["2.4"]}`));
        for (const s of active(c)) {
          b.push(T([["Client Ref/ID", s.client, "Session No.", String(s.number)], ["Date of Session", s.dateText, "Duration", s.dur]]));
          b.push(T([["Review of client’s progress from last session (if applicable)", s.review ?? ""], ["Goal for today’s meeting", s.goal ?? ""],
            ["Reality/current situation", s.reality ?? ""], ["Options generated to achieve goal", s.options ?? ""], ["Chosen option & target date", s.action ?? ""],
            ["Willingness of client to complete action", s.action ? "High" : ""], ["Feedback you gave to the client", s.feedback ? "Clear progress on the goal" : ""],
            ["Feedback from coachee on the coaching session", s.feedback ?? ""], ["Date and venue of next session", s.next ?? ""]]));
        }
      }
      return b;
    },
    evidence(c) {
      const e = diaryEvidence(c);
      if (c.clients.some((x) => x.profile)) e.push("ac:1.1");
      if (c.clients.some((x) => x.goals)) e.push("ac:1.2");
      if (c.clients.some((x) => x.contract)) e.push("ac:1.3", "coaching-diary#contract");
      if (c.diagnostics) e.push("ac:2.1");
      if (active(c).length) e.push("ac:2.2", "ac:2.3", "ac:2.4");
      return e;
    },
  },

  // Appendix 5 Reflective Log: per client, two sessions side by side ("Session date ____" columns).
  appendix5Reflective: {
    rendersReflections: () => true,
    blocks(c) {
      const b = [H(1, "Reflective Log – Units 301/302"), H(2, `AC 3.1 ${AC_TEXT["3.1"]}`)];
      for (const client of c.clients) {
        const mine = active(c).filter((s) => s.client === client.ref && s.reflection);
        for (let k = 0; k < mine.length; k += 2) {
          const pair = mine.slice(k, k + 2);
          b.push(T([["Client Ref/ID", client.ref, "Name of Coach", c.coach]]));
          b.push(T([["", ...pair.map((s) => `Session date ${s.dateText}`)],
            ["How well did you use questioning in the session? Please give examples", ...pair.map((s) => s.reflection.questioning)],
            ["How well did you use listening in the session? Please give examples", ...pair.map((s) => s.reflection.listening)],
            ["What was the impact of the feedback given to the client at this session?", ...pair.map(() => "The client took the feedback on board")],
            ["How could you improve your coaching for the next session?", ...pair.map((s) => s.reflection.improve)]], 1));
        }
      }
      return b;
    },
    // The seed's questions: questioning and listening (whatHappened), the feedback (reflection), the improvement (actions).
    evidence: (c) => (active(c).some((s) => s.reflection) ? ["reflective-log#whatHappened", "reflective-log#reflection", "reflective-log#actions", "ac:3.1"] : []),
  },

  // A reflective log kept as headings "Session n – Client – date" with a paragraph each, and a key-learning line.
  headedReflections: {
    rendersReflections: () => true,
    blocks(c) {
      const b = [H(1, "Reflective log")];
      for (const s of active(c).filter((x) => x.reflection)) {
        b.push(H(2, `Session ${s.number} – ${s.client} – ${s.dateText}`));
        b.push(P(`Reflection: ${s.reflection.questioning} ${s.reflection.listening}`));
        b.push(P(`Key learning: ${s.reflection.improve}`));
      }
      return b;
    },
    evidence: (c) => (active(c).some((s) => s.reflection) ? ["reflective-log#reflection", "reflective-log#entry"] : []),
  },

  supervisionOutcomes: {
    rendersSupervision: () => true,
    blocks(c) {
      const b = [];
      for (const [i, v] of c.supervision.entries()) {
        b.push(H(1, "Outcomes of Supervision"));
        b.push(T([["Name of coach", c.coach], ["Name of supervisor", v.supervisor ?? "M. Okafor"], ["Date of supervision", v.dateText], ["Duration", v.dur],
          ["Summarise below the outcomes of a supervision session with your tutor", v.outcomes], ["Actions agreed", v.actions ?? ""]]));
        if (i < c.supervision.length - 1) b.push({ kind: "break" });
      }
      return b;
    },
    evidence: (c) => (c.supervision.length ? ["supervision-record#outcomes", ...(c.supervision.some((v) => v.actions) ? ["supervision-record#actions"] : [])] : []),
  },

  // A centre's long session log: one table, header row repeated on every page (and typed again every 12 rows, as
  // people paste it), a "Duration (hrs)" column of bare numbers, then a client summary table repeating the hours.
  longLog: {
    rendersSupervision: () => true,
    rendersFeedback: () => true,
    blocks(c) {
      const header = ["Date", "Client", "Duration (hrs)", "Focus of session", "Feedback from client"];
      const rows = [header];
      active(c).forEach((s, i) => {
        if (i > 0 && i % 12 === 0) rows.push(header);
        rows.push([s.dateText, s.client, s.dur, s.goal ?? "", s.feedback ?? ""]);
      });
      const b = [H(1, `Coaching log – ${c.unit}`), P(`Coach: ${c.coach}`), T(rows, 1)];
      b.push(H(2, "Summary by client"));
      b.push(T([["Client", "Sessions", "Hours"], ...c.clients.map((x) => [x.ref, String(clientSessions(c, x.ref).filter((s) => !s.cancelled).length),
        trimH(clientSessions(c, x.ref).filter((s) => !s.cancelled).reduce((n, s) => n + s.minutes, 0))])], 1));
      if (c.supervision.length) b.push(H(2, "Supervision"), T([["Date", "Duration", "Outcomes"], ...c.supervision.map((v) => [v.dateText, v.dur, v.outcomes])], 1));
      return b;
    },
    evidence: (c) => [...records(c), ...(active(c).some((s) => s.goal) ? ["coaching-diary#sessionGoal"] : []), ...(active(c).some((s) => s.feedback) ? ["coaching-diary#sessionFeedback"] : []),
      ...(c.supervision.length ? ["supervision-record#outcomes"] : [])],
  },

  // A log continued after a page break in a second table, its header repeated, ending with a "Total" row.
  continuationLog: {
    rendersSupervision: () => true,
    blocks(c) {
      const header = ["Session", "Date", "Client", "Duration", "Goal"];
      const all = active(c);
      const half = Math.ceil(all.length / 2);
      const row = (s) => [String(s.number), s.dateText, s.client, s.dur, s.goal ?? ""];
      const b = [H(1, "Record of coaching sessions"), P(`Coach: ${c.coach}    Unit: ${c.unit}`), T([header, ...all.slice(0, half).map(row)], 1)];
      b.push({ kind: "break" });
      b.push(P("Record of coaching sessions (continued)"));
      b.push(T([header, ...all.slice(half).map(row), ["Total", "", "", c.statedText ?? "", ""]], 1));
      if (c.supervision.length) b.push(H(2, "Supervision sessions"), T([["Date", "Duration", "Outcomes"], ...c.supervision.map((v) => [v.dateText, v.dur, v.outcomes])], 1));
      return b;
    },
    evidence: (c) => [...records(c), ...(active(c).some((s) => s.goal) ? ["coaching-diary#sessionGoal"] : []), ...(c.supervision.length ? ["supervision-record#outcomes"] : [])],
  },

  // A log with start and finish times and no duration column (the duration is the difference).
  timesLog: {
    rendersSupervision: () => true,
    rendersFeedback: () => true,
    blocks(c) {
      return [H(1, "Coaching sessions"), P(`Coach: ${c.coach}`),
        T([["Date", "Client", "Start", "Finish", "Client feedback"], ...active(c).map((s) => [s.dateText, s.client, s.start, s.end, s.feedback ?? ""])], 1),
        ...(c.supervision.length ? [H(2, "Supervision"), T([["Date", "Start", "Finish", "Outcomes"], ...c.supervision.map((v) => [v.dateText, "16:00", clock(16 * 60 + v.minutes), v.outcomes])], 1)] : [])];
    },
    evidence: (c) => [...records(c), ...(active(c).some((s) => s.feedback) ? ["coaching-diary#sessionFeedback"] : []), ...(c.supervision.length ? ["supervision-record#outcomes"] : [])],
  },

  // Legacy L3 D3.03 Coaching Diary: the coach is the "Learner Name", the coachees are "Learner 1/2", dates dd/mm/yy,
  // durations often a bare number of hours; each session has a heading and a table; one discussion with the supervisor.
  legacyD303: {
    rendersSupervision: () => true,
    blocks(c) {
      const b = [H(1, "Coaching Diary: D3.03 Undertaking supervised coaching in the workplace"),
        T([["Learner Registration No:", c.registration ?? "R0000000", "Learner Name:", c.coach]])];
      b.push(H(2, "Learning needs and learning styles of those to be coached"));
      b.push(T([["Learner", "Learning needs", "Learning style / preference"], ...c.clients.map((x) => [x.ref, x.profile ?? "", x.style ?? "Activist"])], 1));
      if (c.clients.some((x) => x.venue)) {
        b.push(H(2, "Plan for the coaching sessions"));
        b.push(T([["Learner", "Number of sessions planned", "Venue", "Times"], ...c.clients.map((x) => [x.ref, String(clientSessions(c, x.ref).length), x.venue ?? "", x.plannedDuration ?? "2 hours each"])], 1));
      }
      b.push(H(2, "Agreed learning goals"));
      b.push(T([["Learner", "Learning goals agreed"], ...c.clients.map((x) => [x.ref, x.goals ?? ""])], 1));
      for (const s of active(c)) {
        b.push(H(3, `Session ${s.number} – ${s.client} – ${s.dateText}`));
        b.push(T([["Learner", s.client], ["Date", s.dateText], ["Duration (hours)", s.dur], ["Learning goals for this session", s.goal ?? ""],
          ["Summary of coaching activity", s.options ?? ""], ["Learner’s progress and achievement", s.action ?? ""]]));
      }
      for (const v of c.supervision) {
        b.push(H(2, "Discussion with supervisor"));
        b.push(T([["Date", v.dateText], ["Duration", v.dur], ["Outcomes of the discussion", v.outcomes]]));
      }
      if (c.overallReflection) b.push(H(2, "Reflections on the effectiveness of coaching activity"), P(c.overallReflection));
      return b;
    },
    evidence: (c) => [...records(c), ...(c.clients.some((x) => x.profile) ? ["coaching-diary#diagnostics"] : []), ...(active(c).some((s) => s.goal) ? ["coaching-diary#sessionGoal"] : []),
      // The agreed learning goals are the client's goals (D3.03 AC 1.2 in the unit's task), not a plan of the sessions (1.3).
      ...(c.clients.some((x) => x.venue) ? ["coaching-diary#clientPlan"] : []), ...(c.clients.some((x) => x.goals) ? ["coaching-diary#clientGoals"] : []),
      ...(c.supervision.length ? ["supervision-record#outcomes"] : []), ...(c.overallReflection ? ["reflective-log#reflection"] : [])],
  },

  // Free-format diary: one heading a session ("Session 3 — 14/05/2025 — 75 minutes — Client B") and labelled lines.
  freeText: {
    rendersSupervision: () => true,
    rendersFeedback: () => true, rendersReflections: (f) => !f?.noReflections,
    blocks(c, f) {
      const b = [H(0, "Coaching Diary"), P(`Coach: ${c.coach}. Unit ${c.unit}.`)];
      if (c.exceptional) b.push(P(c.exceptional));
      for (const s of active(c)) {
        b.push(H(2, `Session ${s.number} — ${s.dateText} — ${s.dur} — ${s.client}`));
        if (s.goal) b.push(P(`Goal: ${s.goal}`));
        if (s.reflection && !f?.noReflections) b.push(P(`Reflection: ${s.reflection.questioning}`));
        if (s.feedback) b.push(P(`Client feedback: ${s.feedback}`));
      }
      c.supervision.forEach((v, i) => b.push(H(2, `Supervision ${i + 1} — ${v.dateText} — ${v.dur}`), P(`Outcomes: ${v.outcomes}`)));
      if (c.statedText) b.push(T([["Total hours", c.statedText]]));
      return b;
    },
    evidence: (c, f) => [...records(c), ...(active(c).some((s) => s.goal) ? ["coaching-diary#sessionGoal"] : []), ...(active(c).some((s) => s.feedback) ? ["coaching-diary#sessionFeedback"] : []),
      ...(active(c).some((s) => s.reflection) && !f?.noReflections ? ["reflective-log#reflection"] : []), ...(c.supervision.length ? ["supervision-record#outcomes"] : [])],
  },

  // One diary header per client, each with its own stated total ("Total hours for this client: 7.5"), then its sessions.
  perClientDiary: {
    rendersFeedback: () => true,
    blocks(c) {
      const b = [H(1, `Coaching diary – ${c.coach}`)];
      for (const client of c.clients) {
        const mine = clientSessions(c, client.ref).filter((s) => !s.cancelled);
        b.push(H(2, `Coaching record: ${client.ref}`));
        b.push(T([["Client Ref/ID", client.ref], ["Start Date of Activity", mine[0]?.dateText ?? ""], ["Total number of hours completed", client.statedText ?? ""]]));
        b.push(T([["Session No.", "Date of Session", "Duration", "Goal for today’s meeting", "Feedback from coachee on the coaching session"],
          ...mine.map((s) => [String(s.number), s.dateText, s.dur, s.goal ?? "", s.feedback ?? ""])], 1));
      }
      if (c.exceptional) b.push(H(2, "Notes"), P(c.exceptional));
      return b;
    },
    evidence: (c) => [...records(c), ...(active(c).some((s) => s.goal) ? ["coaching-diary#sessionGoal"] : []), ...(active(c).some((s) => s.feedback) ? ["coaching-diary#sessionFeedback"] : [])],
  },

  // Markdown diary for pandoc: a pipe table of sessions with a cancelled row and a Total row, then reflection headings.
  pipeTableDiary: {
    rendersSupervision: () => true,
    rendersFeedback: () => true, rendersReflections: (f) => !f?.noReflections,
    blocks(c, f) {
      const b = [H(1, `Coaching diary (${c.unit})`), P(`Coach: ${c.coach}`)];
      if (c.exceptional) b.push(P(c.exceptional));
      b.push(H(2, "Sessions"));
      b.push(T([["No.", "Date", "Client", "Duration", "Goal", "Client feedback"],
        ...c.sessions.map((s) => (s.cancelled ? [String(s.number), s.dateText, s.client, "–", "Cancelled by client, rebooked", ""]
          : [String(s.number), s.dateText, s.client, s.dur, s.goal ?? "", s.feedback ?? ""])),
        ["Total", "", "", c.statedText ?? "", "", ""]], 1));
      if (c.supervision.length) b.push(H(2, "Supervision"), T([["Date", "Duration", "Outcomes"], ...c.supervision.map((v) => [v.dateText, v.dur, v.outcomes])], 1));
      const reflected = f?.noReflections ? [] : active(c).filter((s) => s.reflection);
      if (reflected.length) {
        b.push(H(2, "Reflections"));
        for (const s of reflected) b.push(H(3, `Session ${s.number} – ${s.client} – ${s.dateText}`), P(`${s.reflection.questioning} ${s.reflection.listening}`), P(`Key learning: ${s.reflection.improve}`));
      }
      return b;
    },
    evidence: (c, f) => [...records(c), ...(active(c).some((s) => s.goal) ? ["coaching-diary#sessionGoal"] : []), ...(active(c).some((s) => s.feedback) ? ["coaching-diary#sessionFeedback"] : []),
      ...(active(c).some((s) => s.reflection) && !f?.noReflections ? ["reflective-log#reflection", "reflective-log#entry"] : []), ...(c.supervision.length ? ["supervision-record#outcomes"] : [])],
  },

  // A written assignment (D3.01/D3.02, 8585-300, 8580-500, L5-500): "AC x.y <text>" headings with the learner's answer.
  assignment: {
    blocks(c) {
      const b = [H(0, `Assignment – ${c.unit}`), T([["Learner name", c.coach], ["Unit", c.unit], ["Word count", String(c.assignment.words)]])];
      for (const [ref, text] of Object.entries(c.assignment.answers)) b.push(H(2, `AC ${ref} ${c.acText[ref]}`), P(text));
      return b;
    },
    evidence: (c) => Object.keys(c.assignment.answers).map((r) => "ac:" + r),
  },

  // A portfolio evidence matrix the learner filled with claims: never evidence on its own (issue 8).
  evidenceMatrix: {
    blocks(c) {
      return [H(1, `Portfolio Evidence Matrix – ${c.unit}`), T([["Assessment criteria", "Portfolio evidence titles", "Reference"],
        ...Object.keys(c.acText).map((r) => [`AC ${r} ${c.acText[r]}`, "Coaching diary", `p.${2 + Number(r.replace(".", "")) % 7}`])], 1)];
    },
    evidence: () => [],
  },

  // Legacy mark sheet (Appendix to the L3 award): section rows "/70 marks (min 35)" with the mark awarded, then the total.
  legacyMarkSheet: {
    blocks(c) {
      const rows = [["Section", "Strengths", "Areas for improvement", "Mark"]];
      c.markSheet.sections.forEach((s, i) => rows.push([s.title, "Clear and well organised", "More detail on outcomes",
        c.marks.sections[i] == null ? `/${s.maxMarks} marks (min ${s.minMarks})` : `${c.marks.sections[i]}/${s.maxMarks} marks (min ${s.minMarks})`]));
      rows.push(["Total marks", "", "", c.marks.statedTotal == null ? "" : String(c.marks.statedTotal)]);
      return [H(1, `Mark sheet: ${c.markSheet.title}`), T([["Learner Registration No:", "R2231", "Learner Name:", c.coach]]), T(rows, 1),
        P("Pass rule: Total 50+ overall (of 100), AND the minimum in each section")];
    },
    evidence: () => [],
  },

  // A CPD / development plan as learners write it: SWOT, objectives with target dates, review dates.
  developmentPlan: {
    blocks(c) {
      const p = c.plan;
      const b = [H(1, "Personal Development Plan"), T([["Name of Coach", c.coach], ["Date", p.startText]])];
      if (p.swot) b.push(H(2, "SWOT analysis"), T([["Strengths", "Weaknesses"], [p.swot.s, p.swot.w], ["Opportunities", "Threats"], [p.swot.o, p.swot.t]], 1));
      b.push(H(2, "Objectives"));
      b.push(T([["Development objective", "How I will achieve it", "Support needed", "Target date", "Measure of success"],
        ...p.objectives.map((o) => [o.area, o.method, o.support, o.dateText, o.measure])], 1));
      if (p.reviews.length) b.push(H(2, "Reviews"), T([["Review date", "Progress"], ...p.reviews.map((r) => [r.dateText, r.notes])], 1));
      return b;
    },
    evidence: (c) => [...(c.plan.swot ? ["development-plan#swot"] : []), ...(c.plan.objectives.length ? ["development-plan#objectives"] : []),
      ...(c.plan.reviews.length ? ["development-plan#reviews"] : [])],
  },

  // ILM "Feedback to coach from individual being coached": one form a session, 15 attributes rated 1-10.
  feedbackForms: {
    blocks(c) {
      const b = [];
      const forms = active(c).filter((s) => s.feedbackForm);
      forms.forEach((s, i) => {
        b.push(H(1, "Feedback to Coach from Individual being Coached"));
        b.push(T([["Client Ref/ID", s.client], ["Name of Coach", c.coach], ["Date of session", s.dateText]]));
        b.push(T([["Attribute", "Rating (1-10)"], ...FEEDBACK_ATTRIBUTES.map((a, k) => [a, String(6 + ((k + s.number) % 5))])], 1));
        b.push(T([["Please describe your overall experience of coaching with your coach and to what extent you achieved your goals", s.formComment ?? "Very useful; I have a plan now"]]));
        if (i < forms.length - 1) b.push({ kind: "break" });
      });
      return b;
    },
    evidence: (c) => (active(c).some((s) => s.feedbackForm) ? ["client-feedback#ratings"] : []),
  },

  observation: {
    blocks(c) {
      const o = c.observation;
      return [H(1, "Observation feedback"), T([["Name of coach", c.coach], ["Observer", o.observer], ["Date of observation", o.dateText],
        ["Observer comments", o.comments], ["Strengths", o.strengths], ["Areas for development", o.development]])];
    },
    evidence: () => ["observation-feedback#observation", "observation-feedback#strengths", "observation-feedback#developmentAreas"],
  },
};

const FEEDBACK_ATTRIBUTES = ["Builds rapport", "Is non-judgemental", "Shows listening skills", "Uses questioning skills to help me self-reflect",
  "Has a structured approach to sessions", "Is friendly", "Helps me set my goals", "Shows empathy", "Shows respect", "Is supportive",
  "Maintains confidentiality", "Has patience", "Gives feedback when appropriate", "Accepts feedback", "Helps me achieve my goals"];

function clock(min) { return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`; }

function trimH(min) { return String(Math.round((min / 60) * 100) / 100); }

// A diary that writes the sessions held writes session records (coaching-diary#sessionRecord), whatever its columns.
function records(c) { return active(c).length ? ["coaching-diary#sessionRecord"] : []; }

function diaryEvidence(c) {
  const e = [];
  const a = active(c);
  // The client's plan and goals agreed at the start are two sections of our template (clientPlan, clientGoals);
  // a session's goal is the session record's (sessionGoal).
  if (c.clients.some((x) => x.profile)) e.push("coaching-diary#clientPlan");
  if (c.clients.some((x) => x.goals)) e.push("coaching-diary#clientGoals");
  e.push(...records(c));
  if (a.some((s) => s.goal)) e.push("coaching-diary#sessionGoal");
  if (c.diagnostics) e.push("coaching-diary#diagnostics");
  if (c.swot) e.push("coaching-diary#swot");
  if (a.some((s) => s.options)) e.push("coaching-diary#sessionOptions");
  if (a.some((s) => s.action)) e.push("coaching-diary#sessionActions");
  if (a.some((s) => s.feedback)) e.push("coaching-diary#sessionFeedback");
  return e;
}
