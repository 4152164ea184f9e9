import type { QuestionV2 } from "../../types";
import { N } from "./quantities";

export const automationQuestions: QuestionV2[] = [
  {
    id: "AUT-02",
    pillar: "automation",
    title: "Automated containment and response",
    prompt: "When a device, account or workload is flagged as compromised, what happens, who acts and how fast?",
    why: "Ransomware and account takeover spread in minutes; containment that waits for a human to read an alert and raise a ticket with another team often comes too late.",
    levels: {
      traditional: "Containment needs a ticket to another team and no playbooks are written.",
      initial: "Analysts contain devices and accounts themselves from the console, following written playbooks.",
      advanced: `High-confidence detections are contained automatically within ${N.containment}.`,
      optimal: "Automated containment spans every pillar around the clock and each run is reviewed to tune it.",
    },
    weight: 3,
    mappings: { cisa: [{ pillar: "enterprise", function: "Automation & Orchestration" }], nist: [5, 6], dod: "Automation & Orchestration" },
    nextSteps: {
      traditional: {
        action: "Give the security team the rights to isolate devices and disable accounts and revoke sessions from their own consoles, and write playbooks for ransomware, account compromise and malware on a device.",
        effort: "S",
        impact: 4,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: `Build automated playbooks that isolate the device, revoke sessions or disable the account on high-confidence detections, write down per playbook which actions need an analyst's approval, and tune them until ${N.coverageAdvanced} of such detections are contained within ${N.containment}.`,
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Extend automated actions to network, cloud workload and e-mail controls, run them around the clock without a waiting analyst, and review every automated containment so that false positives change a detection or a playbook.",
        effort: "L",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Isolating a device or disabling an account requires a ticket to a team outside security operations.",
          "No written containment playbooks exist.",
        ],
        initial: [
          "Security analysts can isolate a device, disable an account and revoke its sessions from their own consoles, without another team.",
          "Written playbooks cover at least ransomware, account compromise and malware on a device.",
        ],
        advanced: [
          "Automated playbooks isolate the device, revoke sessions or disable the account on high-confidence detections without waiting for an analyst.",
          `At least ${N.coverageAdvanced} of high-confidence detections over the last quarter were contained within ${N.containment}.`,
          "Each playbook states which actions run unattended and which need an analyst's approval.",
        ],
        optimal: [
          "Automated containment actions exist for identity, endpoint, network, cloud workload and e-mail controls.",
          `${N.coverageOptimal} of high-confidence detections are contained within ${N.containment}, nights and weekends included, with documented exceptions.`,
          "Every automated containment is reviewed afterwards, and each false positive leads to a recorded change to a detection or a playbook.",
        ],
      },
      evidence: {
        traditional: "Incident tickets showing hand-offs to other teams for isolation or account disablement.",
        initial: "Analyst role permissions in the EDR and identity consoles; the written playbooks.",
        advanced: "SOAR or XDR automation rules and run history; time-to-contain report for the last quarter; approval settings per playbook.",
        optimal: "Automation catalogue by control; time-to-contain report including out-of-hours incidents; post-containment reviews and the resulting rule changes.",
      },
      verify: "SOAR or XDR automation console (playbooks, triggers, run history with timestamps), incident records comparing detection and containment times, and an interview with the SOC lead on approvals and reviews.",
      naAllowed: false,
      importance: "critical",
      group: "security-operations",
      prerequisites: [
        { level: "initial", question: "DEV-04", atLeast: "initial" },
        { level: "advanced", question: "AUT-07", atLeast: "initial" },
      ],
      microsoft: { pillar: "Security Operations", scenarios: ["prevent-breach-damage", "modernize-posture"], objective: "secops.2" },
      dod: {
        initial: [{ capability: "6.7", level: "target" }],
        advanced: [{ capability: "6.5", level: "target" }],
        optimal: [{ capability: "6.5", level: "advanced" }],
      },
    },
  },
  {
    id: "AUT-06",
    pillar: "automation",
    title: "Cross-pillar policy decision and orchestration",
    prompt: "Do access decisions across the enterprise come from one policy that uses identity, device, network and data signals together, and is that policy enforced everywhere?",
    why: "When each firewall, VPN, identity provider and application keeps its own rules, the same user gets different answers in different places and a compromise seen by one tool changes nothing elsewhere. A common policy decision makes every signal count at every enforcement point.",
    levels: {
      traditional: "Each access control keeps its own rules and uses no other tool's signals.",
      initial: "Decision and enforcement points are inventoried and one enterprise access policy names the signals to use.",
      advanced: `A central, versioned policy decides access for at least ${N.coverageAdvanced} of applications from combined signals.`,
      optimal: "A risk change anywhere changes enforcement everywhere within minutes, and policy changes are simulated first.",
    },
    weight: 2,
    mappings: { cisa: [{ pillar: "enterprise", function: "Automation & Orchestration" }], nist: [3, 4, 6], dod: "Automation & Orchestration" },
    nextSteps: {
      traditional: {
        action: "List every policy decision and enforcement point (identity provider, remote access, proxies, firewalls, data controls) with the signals each uses, and write one enterprise access policy naming the signals decisions must use.",
        effort: "S",
        impact: 3,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Bring access decisions for the main applications and remote access under one policy engine, or engines fed from one policy source, combine identity, device, network and data signals in them, and manage the policies as versioned, approved definitions.",
        effort: "L",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Share risk events between the identity, device, network and data controls so that enforcement changes everywhere on its own, log every decision with its signals centrally, and simulate policy changes against recorded decisions before release.",
        effort: "L",
        impact: 4,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Firewalls, remote access, the identity provider and applications each keep their own access rules, written and changed separately.",
          "No enforcement point uses a signal produced by another pillar's tools.",
        ],
        initial: [
          "An inventory lists the policy decision and enforcement points across identity, devices, network, applications and data, with the signals each one uses.",
          "One approved enterprise access policy states which identity, device, network and data-sensitivity signals access decisions must take into account.",
        ],
        advanced: [
          `A central policy engine, or engines fed from one policy source, decides access for at least ${N.coverageAdvanced} of enterprise applications and remote access.`,
          "Each decision evaluates user risk, device compliance, network context and resource sensitivity together.",
          "Policies are kept as versioned definitions and changed through an approval, not edited separately in each tool.",
        ],
        optimal: [
          `A risk change in one pillar (a compromised device, a risky user, a sensitive-data alert) changes enforcement in the others within ${N.urgentRevocation}, with no manual step.`,
          "Every policy decision is logged centrally with the signals it used.",
          "Policy changes are simulated against recorded decisions before release, and the result is kept with the change.",
        ],
      },
      evidence: {
        traditional: "Rule exports from separate tools; interviews.",
        initial: "Inventory of decision and enforcement points with signals; the approved enterprise access policy.",
        advanced: "Policy engine coverage of applications and remote access; a sample policy combining the four signal types; policy repository history with approvals.",
        optimal: "A test or incident timeline showing a device or user risk change enforced across tools; central decision log; policy simulation report attached to a change.",
      },
      verify: "Policy engine consoles (identity provider conditional access, secure access service edge or ZTNA, data protection), the policy repository and its change history, and a live test: raise a test device's risk and time the change in access at two other enforcement points.",
      naAllowed: true,
      importance: "standard",
      group: "orchestration",
      prerequisites: [
        { level: "advanced", question: "IDN-05", atLeast: "initial" },
        { level: "advanced", question: "DEV-02", atLeast: "initial" },
      ],
      microsoft: { pillar: "Identity", scenarios: ["modernize-posture", "remote-hybrid-work"], objective: "identity.6" },
      dod: {
        initial: [{ capability: "6.1", level: "target" }],
        advanced: [{ capability: "6.1", level: "target" }],
        optimal: [{ capability: "6.1", level: "advanced" }, { capability: "7.6", level: "advanced" }],
      },
    },
  },
  {
    id: "AUT-07",
    pillar: "automation",
    title: "Security tool integration and API-driven workflows",
    prompt: "Do the security tools share signals and actions through APIs, and are the workflows that connect them versioned and tested?",
    why: "Tools that cannot exchange signals leave analysts copying indicators between consoles, and untested glue scripts fail silently when an API or credential changes. Integrations built and run like software keep automation trustworthy.",
    levels: {
      traditional: "Each tool is run from its own console and data moves between them by hand.",
      initial: "The core tools are connected through APIs and every integration has an owner.",
      advanced: "Most tools exchange signals through documented APIs, and workflows are versioned, reviewed and tested.",
      optimal: "Workflows pass automated tests, broken integrations alert, and purchases must meet an integration standard.",
    },
    weight: 2,
    mappings: { cisa: [{ pillar: "enterprise", function: "Automation & Orchestration" }], nist: [5, 7], dod: "Automation & Orchestration" },
    nextSteps: {
      traditional: {
        action: "Connect the identity provider, EDR and e-mail security to the SIEM or SOAR so that actions can be taken on them through APIs, and record each integration with its owner and credential.",
        effort: "M",
        impact: 4,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: `Integrate security tools until at least ${N.coverageAdvanced} exchange signals and accept actions through documented APIs or standard formats, move automation workflows into version control with review, and test each workflow before release.`,
        effort: "M",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Run workflow tests automatically in a pipeline, alert owners when an integration fails, and write an integration standard that every new security purchase is checked against.",
        effort: "M",
        impact: 2,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Security tools are operated only through their own consoles, with no exchange of data between them.",
          "Indicators, device names and account names are copied between tools by hand.",
        ],
        initial: [
          "The identity provider, EDR and e-mail security accept actions (isolate, revoke, purge) through APIs from the SIEM or SOAR.",
          "A list records each integration between security tools with its owner and the credential it uses.",
        ],
        advanced: [
          `At least ${N.coverageAdvanced} of security tools exchange signals and accept actions through documented APIs or standard formats (such as STIX/TAXII, CEF or OpenID Shared Signals).`,
          "Automation workflows and playbooks are kept in version control and changed only through review.",
          "Each workflow change is tested in a test environment or with test data before release.",
        ],
        optimal: [
          "Workflow changes pass automated tests in a pipeline before deployment.",
          "A failed integration (broken API call, expired credential, stopped feed) raises an alert to its owner.",
          "A written integration standard names the APIs and formats a security tool must support, and purchases are checked against it.",
        ],
      },
      evidence: {
        traditional: "Interviews; analyst procedures that copy data between consoles.",
        initial: "SOAR or SIEM connector list with action permissions; integration register with owners and credentials.",
        advanced: "Integration map of security tools and their interfaces; workflow repository with review history; test records.",
        optimal: "Pipeline runs with workflow tests; integration health alert rules and a sample alert; the integration standard and a procurement checklist that applied it.",
      },
      verify: "SOAR or SIEM connector and integration health pages, the workflow repository (history, reviews, pipeline tests), the integration register, and a recent security purchase file.",
      naAllowed: true,
      importance: "standard",
      group: "orchestration",
      prerequisites: [],
      microsoft: { pillar: "Security Operations", scenarios: ["modernize-posture", "prevent-breach-damage"], objective: "secops.2" },
      dod: {
        initial: [{ capability: "6.6", level: "target" }],
        advanced: [{ capability: "6.6", level: "target" }, { capability: "6.2", level: "target" }],
        optimal: [{ capability: "6.2", level: "advanced" }, { capability: "6.6", level: "target" }],
      },
    },
  },
  {
    id: "AUT-08",
    pillar: "automation",
    title: "Incident-response plans and exercises",
    prompt: "Is there an incident-response plan that people know, and how often is it exercised and improved?",
    why: "Decisions taken for the first time during a real incident, on who may shut a system down, who tells the regulator, who speaks to the press, cost hours. Plans that are exercised and improved turn those decisions into routine.",
    levels: {
      traditional: "Incident handling depends on whoever is available and nothing is written down.",
      initial: "An approved plan names roles, escalation and notification duties, and has been tabletop-tested.",
      advanced: "Plans are exercised on a fixed rhythm with executives, and lessons become owned actions.",
      optimal: "Exercises include technical simulations with third parties, and lessons are closed on time.",
    },
    weight: 2,
    mappings: { cisa: [{ pillar: "enterprise", function: "Automation & Orchestration" }], nist: [], dod: "Automation & Orchestration" },
    nextSteps: {
      traditional: {
        action: "Write and approve an incident-response plan with roles, decision-makers, escalation paths, out-of-band contacts and notification duties, and walk through it in a tabletop exercise.",
        effort: "S",
        impact: 5,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: `Exercise the plan and the main incident playbooks at least ${N.exercise}, with executive decision-makers taking part at least ${N.yearly}, and close each exercise and real incident with a lessons-learned report whose actions have owners and due dates.`,
        effort: "M",
        impact: 3,
        achieves: ["advanced-1", "advanced-2"],
      },
      advanced: {
        action: "Add technical simulations with the SOC, IT operations and key suppliers, draw scenarios from threat intelligence and past incidents, and track lessons-learned actions to closure against their due dates.",
        effort: "M",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "No approved incident-response plan exists, or the plan names roles or people that no longer exist.",
          "Roles, escalation paths and contacts for an incident are not written down.",
        ],
        initial: [
          "An approved incident-response plan names roles, decision-makers, escalation paths and out-of-band contacts.",
          "The plan lists the regulatory and contractual notification deadlines and who notifies.",
          "The plan has been walked through in at least one tabletop exercise since its last revision.",
        ],
        advanced: [
          `The plan and the main incident playbooks are exercised at least ${N.exercise}, with executive decision-makers taking part at least ${N.yearly}.`,
          "Every exercise and major incident ends with a lessons-learned report whose actions each have an owner and a due date.",
        ],
        optimal: [
          "Exercises include technical simulations (purple-team or live recovery) involving the SOC, IT operations and key third parties such as the managed security provider or cloud provider.",
          "Exercise scenarios are chosen from current threat intelligence and past incidents, and the choice is recorded.",
          `At least ${N.coverageAdvanced} of lessons-learned actions are closed by their due date.`,
        ],
      },
      evidence: {
        traditional: "Interviews; an outdated or missing plan.",
        initial: "Approved plan with version and approval date; notification matrix; tabletop exercise record.",
        advanced: "Exercise calendar and reports with attendee lists; lessons-learned reports with owned, dated actions.",
        optimal: "Technical exercise reports naming third-party participants; scenario selection notes; action tracker with closure dates.",
      },
      verify: "Incident-response plan and its approval record, the exercise calendar, reports and attendance lists for the last year, the lessons-learned action tracker, and an interview with the incident manager and an executive who took part.",
      naAllowed: false,
      importance: "critical",
      group: "security-operations",
      prerequisites: [],
      microsoft: { pillar: "Security Operations", scenarios: ["prevent-breach-damage", "regulatory-compliance"], objective: "secops.2" },
      dod: {
        initial: [{ capability: "6.7", level: "target" }],
        advanced: [{ capability: "6.7", level: "target" }],
        optimal: [{ capability: "6.7", level: "advanced" }],
      },
    },
  },
];
