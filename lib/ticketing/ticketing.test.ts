import { describe, expect, it } from "vitest";
import { azureDescription, azureTags, toAzureDevOpsCsv } from "./azure-devops";
import { JIRA_STATUS, jiraDescription, jiraText, toJiraCsv } from "./jira";
import type { TicketSource } from "./source";
import { parseCsv as rows } from "@/lib/testing/parse-csv";

const step: TicketSource = {
  id: "cm1abc",
  title: "Enforce phishing-resistant MFA",
  objective: "Require FIDO2 for admins.",
  tasks: [
    { text: "Order keys", done: true },
    { text: "Enrol admins", done: false },
  ],
  stage: "advanced",
  status: "in_progress",
  dueDate: "2027-03-31",
  ownerEmail: "pm@example.com",
  assessmentName: "FY27",
  pillarId: "identity",
  pillarName: "Identity",
  questionId: "IDN-03",
  link: "https://ztr.example.com/next-steps?item=cm1abc",
};


describe("Jira CSV", () => {
  it("names its columns as Jira's fields, Labels repeated one value a cell", () => {
    const [header, row] = rows(toJiraCsv([{ ...step, tasks: [], objective: "Do it." }]));
    expect(header).toEqual(["Summary", "Issue Type", "Description", "Assignee", "Status", "Resolution", "Due Date", "Labels", "Labels", "Labels", "Labels"]);
    expect(row).toEqual([
      "Enforce phishing-resistant MFA",
      "Task",
      expect.stringContaining("Do it."),
      "pm@example.com",
      "In Progress",
      "",
      "2027-03-31",
      "ztr-cm1abc",
      "zero-trust",
      "ztr-pillar-identity",
      "",
    ]);
  });

  it("maps every status to a default Jira status, blocked as a label and won't do as a resolution", () => {
    expect(JIRA_STATUS).toEqual({ not_started: "To Do", in_progress: "In Progress", blocked: "In Progress", done: "Done", wont_do: "Done" });
    const csv = toJiraCsv([{ ...step, status: "blocked" }, { ...step, status: "wont_do" }, { ...step, status: "done" }]);
    expect(csv).toContain('"In Progress","","2027-03-31","ztr-cm1abc","zero-trust","ztr-pillar-identity","blocked"');
    expect(csv).toContain(`"Done","Won't Do"`);
    expect(csv).toContain(`"Done","Done"`);
  });

  it("describes the objective, the checklist and a link back", () => {
    expect(jiraDescription(step)).toBe(
      [
        "Require FIDO2 for admins.",
        "",
        "*Tasks*",
        "* [x] Order keys",
        "* [ ] Enrol admins",
        "",
        "Assessment: FY27 · Pillar: Identity · Question IDN\\-03 · Target stage: Advanced",
        "[Open in Zero Trust Readiness|https://ztr.example.com/next-steps?item=cm1abc]",
      ].join("\n"),
    );
  });

  it("escapes Jira markup in the text members wrote, so a name cannot become a link, a macro or an image", () => {
    const description = jiraDescription({
      ...step,
      assessmentName: "[x|https://phish.example]",
      objective: "{html}<b>hi</b>{html} !https://phish.example/i.png!",
      tasks: [{ text: "*bold* _it_ [link|https://phish.example] \\[still|text]", done: false }],
    });
    expect(description).toContain("Assessment: \\[x\\|https://phish.example\\] · ");
    expect(description.split("\n")[0]).toBe("\\{html\\}<b>hi</b>\\{html\\} \\!https://phish.example/i.png\\!");
    expect(description).toContain("* [ ] \\*bold\\* \\_it\\_ \\[link\\|https://phish.example\\] &#92;\\[still\\|text\\]");
    // The link back's is the one pipe left unescaped: no other labelled link.
    expect(description.replaceAll("\\|", "").split("|")).toHaveLength(2);
  });

  it("escapes each character Jira's renderer treats as markup, and nothing else", () => {
    expect(jiraText("-#*_+?^~|%{}[]()!@")).toBe("\\-\\#\\*\\_\\+\\?\\^\\~\\|\\%\\{\\}\\[\\]\\(\\)\\!\\@");
    expect(jiraText("a\\b")).toBe("a&#92;b");
    expect(jiraText("Plain text, 42. ✓")).toBe("Plain text, 42. ✓");
  });

  it("quotes separators and neutralises formulas through lib/csv", () => {
    const csv = toJiraCsv([{ ...step, title: '=HYPERLINK("http://evil","x"), more', ownerEmail: null }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x""), more","Task"`);
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  });

  it("cuts a long summary to Jira's 255 characters", () => {
    const [, row] = rows(toJiraCsv([{ ...step, title: "a".repeat(400) }]));
    expect(row![0]).toHaveLength(255);
  });
});

describe("Azure DevOps CSV", () => {
  it("names its columns as Azure Boards' fields, tags separated by semicolons", () => {
    const [header, row] = rows(toAzureDevOpsCsv([step]));
    expect(header).toEqual(["Work Item Type", "Title", "Description", "Assigned To", "Tags"]);
    expect(row).toEqual([
      "Task",
      "Enforce phishing-resistant MFA",
      azureDescription(step),
      "pm@example.com",
      "ztr-cm1abc; zero-trust; ztr-pillar-identity; ztr-status-in-progress; ztr-due-2027-03-31",
    ]);
  });

  it("tags every status", () => {
    expect(azureTags({ ...step, status: "wont_do", dueDate: null, pillarId: null })).toBe("ztr-cm1abc; zero-trust; ztr-status-wont-do");
    expect(azureTags({ ...step, status: "not_started" })).toContain("ztr-status-not-started");
  });

  it("writes the description as escaped HTML with the checklist and a link back", () => {
    const html = azureDescription({ ...step, objective: "Use <script>alert(1)</script> & more", tasks: [{ text: '<b>"x"</b>', done: false }] });
    expect(html).toBe(
      '<p>Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p><p><b>Tasks</b></p><ul><li>☐ &lt;b&gt;&quot;x&quot;&lt;/b&gt;</li></ul>' +
        "<p>Assessment: FY27 · Pillar: Identity · Question IDN-03 · Target stage: Advanced · Status: In progress · Due: 2027-03-31</p>" +
        '<p><a href="https://ztr.example.com/next-steps?item=cm1abc">Open in Zero Trust Readiness</a></p>',
    );
  });

  it("escapes single quotes too, with the app's one escapeHtml", () => {
    expect(azureDescription({ ...step, objective: "it's <i>" })).toMatch(/^<p>it&#39;s &lt;i&gt;<\/p>/);
  });

  it("neutralises a formula in the title", () => {
    expect(toAzureDevOpsCsv([{ ...step, title: "@SUM(A1)" }])).toContain(`"Task","'@SUM(A1)"`);
  });
});
